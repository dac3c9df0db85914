"""Qt counts text positions in UTF-16 code units, Python in code points. A character outside
the BMP (𠮷) is two units in Qt and one in Python; every offset after it differs. The library
stores code points; these convert at the window's edge."""

from __future__ import annotations


def utf16_len(text: str) -> int:
    return sum(2 if ord(c) > 0xFFFF else 1 for c in text)


def to_utf16(text: str, offset: int) -> int:
    """A code-point offset into `text` as a UTF-16 offset."""
    return utf16_len(text[:offset])


def from_utf16(text: str, units: int) -> int:
    """A UTF-16 offset into `text` as a code-point offset (inside a pair: the pair's start)."""
    count = 0
    for index, c in enumerate(text):
        width = 2 if ord(c) > 0xFFFF else 1
        if count + width > units:
            return index
        count += width
    return len(text)
