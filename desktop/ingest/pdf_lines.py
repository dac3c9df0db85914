"""A PDF page's characters → its printed lines: characters on one baseline, cut at column
gutters and where the type size changes, with the spaces the PDF drew as gaps.

A box is (left, top, right, bottom) in PDF points from the page's top-left corner.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise


@dataclass(frozen=True)
class PdfChar:
    text: str
    x0: float  # the character's advance box, top-down coordinates
    top: float
    x1: float
    bottom: float
    size: float


@dataclass(frozen=True)
class PrintedLine:
    """A printed line: its characters left to right, the size most of them have, its box and
    its text (measured once: the later steps ask for them many times)."""

    chars: list[PdfChar]
    size: float
    x0: float
    top: float
    x1: float
    bottom: float
    text: str


def _line(chars: list[PdfChar]) -> PrintedLine:
    sizes = Counter(c.size for c in chars if not c.text.isspace()) or Counter(c.size for c in chars)
    size = sizes.most_common(1)[0][0]
    out: list[str] = [chars[0].text]
    for prev, ch in pairwise(chars):
        if not prev.text.isspace() and not ch.text.isspace():
            gap = ch.x0 - prev.x1
            if gap > 0.5 * size or (gap > 0.2 * size and latin_words(prev.text, ch.text)):
                out.append(" ")  # a space the PDF drew as a gap, not as a character
        out.append(ch.text)
    return PrintedLine(
        chars,
        size,
        chars[0].x0,
        min(c.top for c in chars),
        chars[-1].x1,
        max(c.bottom for c in chars),
        "".join(out).strip(),
    )


def latin_words(a: str, b: str) -> bool:
    return a[-1:].isascii() and a[-1:].isalnum() and b[:1].isascii() and b[:1].isalnum()


def body_size(chars: Iterable[PdfChar]) -> float:
    counts = Counter(c.size for c in chars if not c.text.isspace())
    return counts.most_common(1)[0][0] if counts else 0.0


def printed_lines(chars: list[PdfChar]) -> list[PrintedLine]:
    """Printed lines: characters on one baseline, cut at column gutters and where the type
    size changes."""
    rows: list[list[PdfChar]] = []
    anchor = 0.0
    for ch in sorted(chars, key=lambda c: ((c.top + c.bottom) / 2, c.x0)):
        mid = (ch.top + ch.bottom) / 2
        if rows and abs(mid - anchor) <= 0.3 * ch.size:
            rows[-1].append(ch)
        else:
            rows.append([ch])
            anchor = mid
    for row in rows:
        row.sort(key=lambda c: c.x0)
    cuts = _gutters(rows)
    lines: list[PrintedLine] = []
    for r, row in enumerate(rows):
        current: list[PdfChar] = [row[0]]
        for k in range(1, len(row)):
            prev, ch = row[k - 1], row[k]
            if (r, k) in cuts or abs(ch.size - prev.size) > 0.2 * max(prev.size, ch.size):
                lines.append(_line(current))
                current = []
            current.append(ch)
        lines.append(_line(current))
    return [x for x in lines if x.text]


def _gutters(rows: list[list[PdfChar]]) -> set[tuple[int, int]]:
    """(row, index) of the characters that start a new column. A gap of over 1.3 characters
    always does. A narrower one (an ideographic space is a character wide) does where a row
    above or below has a gap at the same place (no wider than a gutter and an indent), or,
    when it is wider than a character, where another row of the page has a gap that ends at
    the same place: the next column's left edge."""
    gaps: list[tuple[int, int, float, float, float, float]] = []  # row, k, x0, x1, mid, size
    for r, row in enumerate(rows):
        for k in range(1, len(row)):
            prev, ch = row[k - 1], row[k]
            size = max(prev.size, ch.size)
            if ch.x0 - prev.x1 > 0.6 * size:
                gaps.append((r, k, prev.x1, ch.x0, (ch.top + ch.bottom) / 2, size))
    ends = sorted(g[3] for g in gaps)
    cuts: set[tuple[int, int]] = set()
    gaps.sort(key=lambda g: g[4])
    for n, (r, k, x0, x1, mid, size) in enumerate(gaps):
        width = x1 - x0
        if width > 1.3 * size:  # wider than an ideographic space with letter-spacing
            cuts.add((r, k))
            continue
        if width > 1.15 * size:
            lo, hi = bisect_left(ends, x1 - 0.3 * size), bisect_right(ends, x1 + 0.3 * size)
            if hi - lo >= 2:  # another row has a gap that ends at this left edge
                cuts.add((r, k))
                continue
        for other in (*reversed(gaps[max(0, n - 40) : n]), *gaps[n + 1 : n + 41]):
            if other[0] == r or abs(other[4] - mid) > 4.5 * size:  # three lines up or down
                continue
            aligned = abs(other[3] - x1) < 0.3 * size
            overlap = min(x1, other[3]) - max(x0, other[2])
            if aligned or (overlap > 0.3 * size and other[3] - other[2] <= 4 * size):
                cuts.add((r, k))
                break
    return cuts
