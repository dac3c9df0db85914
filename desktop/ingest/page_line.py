"""A whole page saved as one line → its printed lines.

Some 数字报 copies and database exports keep a page on one line, its lines set apart only by a
space or a full-width indent (`金山报 2024年9月20日 第一版:要闻 金山嘴渔村开渔节启幕 记者 陈思文/文
9月19日，…。 本届开渔节…`). The line is cut at every gap outside brackets; the pieces that
together make one marker line (a page header, a byline, a contributor or staff line) are put
back together, longest first, and so are the two balanced phrases of a headline line
(`渔船满载而归 渔市人气兴旺`).
"""

from __future__ import annotations

import re

from desktop.ingest import markers
from desktop.ingest.text import cjk_count, ends_sentence

# A page on one line is long and has several paragraphs ended by a sentence and then a gap.
_MIN_PAGE = 300
_MIN_PARAGRAPH_GAPS = 3
_MAX_DIGIT_GAPS = 0.3  # share of the gaps beside a digit (`2024年9月20日 星期五`, `图 9月19日`)
_PARAGRAPH_GAP = re.compile(r"[。！？!?][”’」』）)]?[ \u3000]+\S")
_GAP = re.compile(r"[ \u3000]+")
_OPENERS, _CLOSERS = "（(【[《“‘「『〔", "）)】]》”’」』〕"
_MAX_MARKER_PIECES = 8  # a page header or byline is never made of more pieces
_PHRASE = re.compile(r"^[\u4e00-\u9fff“”‘’]{3,10}$")


def is_page_line(line: str) -> bool:
    """A page on one line, not a long paragraph with stray spaces in it (`8 月 31 日`): those
    fall beside digits, a page's gaps mostly between lines of text."""
    if len(line) < _MIN_PAGE or len(_PARAGRAPH_GAP.findall(line)) < _MIN_PARAGRAPH_GAPS:
        return False
    gaps = list(_GAP.finditer(line))
    by_digits = sum(
        1 for m in gaps if line[m.start() - 1 : m.start()].isdigit() or line[m.end()].isdigit()
    )
    return by_digits <= _MAX_DIGIT_GAPS * len(gaps)


def _pieces(line: str) -> list[str]:
    """The line cut at its gaps, except inside brackets: `本报讯（记者 沈卓）` stays whole."""
    pieces: list[str] = []
    depth, start, seen = 0, 0, 0
    for m in _GAP.finditer(line):
        for ch in line[seen : m.start()]:
            if ch in _OPENERS:
                depth += 1
            elif ch in _CLOSERS and depth > 0:
                depth -= 1
        seen = m.start()
        if depth == 0 and line[start : m.start()].strip():
            pieces.append(line[start : m.start()].strip())
            start = m.end()
    if line[start:].strip():
        pieces.append(line[start:].strip())
    return pieces


def _marker_line(text: str) -> bool:
    return bool(
        markers.page_header(text)
        or markers.byline(text)
        or markers.staff_line(text)
        or markers.contributor(text)
    )


def split_page_line(line: str) -> list[str]:
    """The printed lines of a page saved as one line (see the module's docstring)."""
    pieces = _pieces(line)
    out: list[str] = []
    i = 0
    while i < len(pieces):
        end = next(
            (
                j
                for j in range(min(len(pieces), i + _MAX_MARKER_PIECES), i + 1, -1)
                if _marker_line(" ".join(pieces[i:j]))
            ),
            None,
        )
        if end is not None:
            out.append(" ".join(pieces[i:end]))
            i = end
            continue
        piece = pieces[i]
        nxt = pieces[i + 1] if i + 1 < len(pieces) else ""
        if _balanced_pair(piece, nxt):
            out.append(f"{piece} {nxt}")
            i += 2
            continue
        out.append(piece)
        i += 1
    return out


def _balanced_pair(a: str, b: str) -> bool:
    """Two headline phrases of one length printed on one line: `渔船满载而归 渔市人气兴旺`."""
    return (
        bool(_PHRASE.match(a) and _PHRASE.match(b))
        and cjk_count(a) == cjk_count(b)
        and not ends_sentence(a)
    )
