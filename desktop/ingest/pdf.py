"""PDF pages with a text layer → SourceLines in reading order, each with its page, size and box.

Characters come from PDFium (pypdfium2) with their boxes and font sizes. They are grouped into
printed lines, the lines into blocks (a run of lines of one size in one column), and the blocks
are put in reading order with the rules of Breuel's layout analysis: a block comes before the
blocks under it that it overlaps horizontally (a headline spanning columns before the columns
under it), and before the blocks to its right unless something spans between them (the next
article's headline). Inside a block, the first-line indent and a line that stops short of the
column's edge end a paragraph: each paragraph piece becomes one SourceLine.

A box is (left, top, right, bottom) in PDF points from the page's top-left corner, the way Qt's
PDF module measures a page; a page is the 1-based page of the file.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from desktop.ingest.decode import IngestError
from desktop.ingest.lines import SourceLine

ENCODING = "pdf"  # what a ParsedIssue read from a PDF says its encoding was

_HEADLINE_SIZE = 1.15  # as the parser: a block this much larger than the body is a headline
_SENTENCE_ENDS = set("。！？!?…")
_CLOSING = "”’」』）)"
_UNREADABLE_SHARE = 0.3  # more unmapped characters than this: the text layer is not text


class ScannedPdfError(IngestError):
    pass


class DamagedPdfError(IngestError):
    pass


@dataclass(frozen=True)
class _Char:
    text: str
    x0: float  # the character's advance box, top-down coordinates
    top: float
    x1: float
    bottom: float
    size: float


@dataclass(frozen=True)
class _Line:
    """A printed line: its characters left to right, the size most of them have, its box and
    its text (measured once: the later steps ask for them many times)."""

    chars: list[_Char]
    size: float
    x0: float
    top: float
    x1: float
    bottom: float
    text: str


def _line(chars: list[_Char]) -> _Line:
    sizes = Counter(c.size for c in chars if not c.text.isspace()) or Counter(c.size for c in chars)
    size = sizes.most_common(1)[0][0]
    out: list[str] = [chars[0].text]
    for prev, ch in pairwise(chars):
        if not prev.text.isspace() and not ch.text.isspace():
            gap = ch.x0 - prev.x1
            if gap > 0.5 * size or (gap > 0.2 * size and _word(prev.text, ch.text)):
                out.append(" ")  # a space the PDF drew as a gap, not as a character
        out.append(ch.text)
    return _Line(
        chars,
        size,
        chars[0].x0,
        min(c.top for c in chars),
        chars[-1].x1,
        max(c.bottom for c in chars),
        "".join(out).strip(),
    )


@dataclass
class _Block:
    lines: list[_Line]
    size: float
    x0: float
    x1: float

    @classmethod
    def of(cls, line: _Line) -> _Block:
        return cls([line], line.size, line.x0, line.x1)

    def add(self, line: _Line) -> None:
        self.lines.append(line)
        self.x0, self.x1 = min(self.x0, line.x0), max(self.x1, line.x1)

    @property
    def top(self) -> float:
        return self.lines[0].top

    @property
    def bottom(self) -> float:
        return self.lines[-1].bottom


def _word(a: str, b: str) -> bool:
    return a[-1:].isascii() and a[-1:].isalnum() and b[:1].isascii() and b[:1].isalnum()


def read_pdf(data: bytes, name: str) -> list[SourceLine]:
    """The lines of every page of a PDF in reading order; IngestError if it has no text to read.

    All pages are read before anything is returned: a PDF with one scanned page is refused
    whole, so an issue is never imported in part.
    """
    doc = _open(data, name)
    pages = []
    try:
        for i in range(len(doc)):
            try:
                pages.append(_page_chars(doc[i]))
            except pdfium.PdfiumError:
                raise DamagedPdfError(
                    name,
                    f"page {i + 1} of the PDF is damaged and cannot be read.",
                    "Download or export the PDF again and import the new copy.",
                ) from None
    finally:
        doc.close()
    images = [i + 1 for i, (chars, img) in enumerate(pages) if not chars and img]
    unreadable = [i + 1 for i, (chars, _) in enumerate(pages) if chars is None]
    if unreadable:
        raise ScannedPdfError(
            name,
            f"the text on {_pages(unreadable)} cannot be read: its fonts do not say which "
            "characters they draw.",
            "Run text recognition (OCR) on the PDF first, or import the issue's text instead.",
        )
    if images:
        raise ScannedPdfError(
            name,
            f"{_pages(images)} {'is an image' if len(images) == 1 else 'are images'} "
            "(a scan) without a text layer.",
            "Run text recognition (OCR) on the PDF first, or import the issue's text instead.",
        )
    page_chars = [chars or [] for chars, _ in pages]
    if not any(page_chars):
        raise ScannedPdfError(
            name, "the PDF has no text on any page.", "Choose the PDF of the issue's pages."
        )
    body = _body_size(c for chars in page_chars for c in chars)
    out: list[SourceLine] = []
    for number, chars in enumerate(page_chars, start=1):
        out.extend(_page_lines(_reading_order(_blocks(_lines(chars)), body), number, body))
    return out


def _pages(numbers: Sequence[int]) -> str:
    if len(numbers) == 1:
        return f"page {numbers[0]}"
    return "pages " + ", ".join(str(n) for n in numbers)


def _open(data: bytes, name: str) -> pdfium.PdfDocument:
    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise DamagedPdfError(
                name,
                "the PDF is protected by a password.",
                "Open it with the password and save a copy without one, then import that copy.",
            ) from None
        raise DamagedPdfError(
            name,
            "the PDF is damaged and cannot be read (PDFium: "
            f"{str(exc).rsplit('PDFium: ', 1)[-1].rstrip(').')}).",
            "Download or export the PDF again and import the new copy.",
        ) from None
    if len(doc) == 0:
        doc.close()
        raise DamagedPdfError(
            name, "the PDF has no pages.", "Download or export the PDF again and import it."
        )
    return doc


def _page_chars(page: pdfium.PdfPage) -> tuple[list[_Char] | None, bool]:
    """The page's drawn characters (None if most have no Unicode meaning) and whether it
    holds an image."""
    height = page.get_height()
    textpage = page.get_textpage()
    chars: list[_Char] = []
    unmapped = 0
    # PDFium's C calls directly: the helpers' wrappers cost more than the calls, per character.
    raw, box = textpage.raw, pdfium_c.FS_RECTF()
    generated, unicode, loose_box, font_size = (
        pdfium_c.FPDFText_IsGenerated,
        pdfium_c.FPDFText_GetUnicode,
        pdfium_c.FPDFText_GetLooseCharBox,
        pdfium_c.FPDFText_GetFontSize,
    )
    try:
        for i in range(textpage.count_chars()):
            if generated(raw, i) == 1:
                continue  # line ends and spaces PDFium inferred: the layout says more
            code = unicode(raw, i)
            if code in (0, 0xFFFD, 0xFFFE) or 0xE000 <= code <= 0xF8FF:
                unmapped += 1
                continue
            text = chr(code)
            if unicodedata.category(text) in ("Cc", "Cf") or not loose_box(raw, i, box):
                continue
            size = font_size(raw, i)
            if size <= 0:
                size = box.top - box.bottom
            chars.append(
                _Char(
                    text, box.left, height - box.top, box.right, height - box.bottom, round(size, 1)
                )
            )
    finally:
        textpage.close()
    has_image = bool(next(iter(page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE])), None))
    page.close()
    if unmapped and unmapped > _UNREADABLE_SHARE * (unmapped + len(chars)):
        return None, has_image
    return chars, has_image


def _body_size(chars: Iterable[_Char]) -> float:
    counts = Counter(c.size for c in chars if not c.text.isspace())
    return counts.most_common(1)[0][0] if counts else 0.0


def _lines(chars: list[_Char]) -> list[_Line]:
    """Printed lines: characters on one baseline, cut at column gutters and where the type
    size changes."""
    rows: list[list[_Char]] = []
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
    lines: list[_Line] = []
    for r, row in enumerate(rows):
        current: list[_Char] = [row[0]]
        for k in range(1, len(row)):
            prev, ch = row[k - 1], row[k]
            if (r, k) in cuts or abs(ch.size - prev.size) > 0.2 * max(prev.size, ch.size):
                lines.append(_line(current))
                current = []
            current.append(ch)
        lines.append(_line(current))
    return [x for x in lines if x.text]


def _gutters(rows: list[list[_Char]]) -> set[tuple[int, int]]:
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


def _blocks(lines: list[_Line]) -> list[_Block]:
    """Runs of lines of one size, one under the other in one column."""
    blocks: list[_Block] = []
    growing: list[_Block] = []  # the blocks whose last line is near enough to take more
    for line in sorted(lines, key=lambda x: (x.top, x.x0)):
        # Lines come top-down and a block takes a line of its own size only: one whose last
        # line is far above this one is done.
        growing = [b for b in growing if line.top - b.bottom <= 1.3 * b.size]
        home = None
        for block in reversed(growing):
            last = block.lines[-1]
            gap = line.top - last.bottom
            if gap > 1.2 * line.size:
                continue
            if abs(line.size - block.size) > 0.05 * block.size or gap < -0.3 * line.size:
                continue
            overlap = min(line.x1, block.x1) - max(line.x0, block.x0)
            narrow = min(line.x1 - line.x0, block.x1 - block.x0)
            # A line under the column: overlapping it, or starting within an indent of it
            # (a paragraph's short last line under its indented first).
            if overlap > 0.5 * narrow or abs(line.x0 - block.x0) <= 2.5 * line.size:
                home = block
                break
        if home is None:
            home = _Block.of(line)
            blocks.append(home)
            growing.append(home)
        else:
            home.add(line)
    return blocks


def _spans(blocks: list[_Block], body: float) -> list[tuple[float, float]]:
    """The columns each block stands over: its own width, and for a headline the width of
    the row of columns that starts right under it (a centred headline is narrower than its
    story; a kicker over a title stands over what the title stands over)."""
    spans = [(b.x0, b.x1) for b in blocks]
    heading = [b.size >= _HEADLINE_SIZE * body for b in blocks]
    for i in sorted((i for i in range(len(blocks)) if heading[i]), key=lambda i: -blocks[i].bottom):
        head = blocks[i]
        below = [
            j
            for j, b in enumerate(blocks)
            if j != i and -0.5 * body <= b.top - head.bottom <= 2.5 * body
        ]
        direct = [j for j in below if min(head.x1, blocks[j].x1) > max(head.x0, blocks[j].x0)]
        if not direct:
            continue
        nearest = min(direct, key=lambda j: blocks[j].top)
        if heading[nearest]:  # a stack of headline lines stands over one story
            spans[i] = (min(head.x0, spans[nearest][0]), max(head.x1, spans[nearest][1]))
            continue
        row = [
            j
            for j in below
            if not heading[j] and abs(blocks[j].top - blocks[nearest].top) <= 0.5 * body
        ]
        x0, x1 = head.x0, head.x1
        grown = True
        while grown:  # take in the columns side by side under it, gutter by gutter
            grown = False
            for j in row:
                u0, u1 = spans[j]
                if u0 - 4 * body <= x1 and u1 + 4 * body >= x0 and (u0 < x0 or u1 > x1):
                    x0, x1 = min(x0, u0), max(x1, u1)
                    grown = True
        spans[i] = (x0, x1)
    return spans


def _reading_order(blocks: list[_Block], body: float) -> list[_Block]:
    """Blocks in reading order, by recursive cuts: across the page where no block (no
    headline's columns) crosses, top part first; else down the page where none crosses,
    left part first; what cannot be cut is read top to bottom."""
    spans = _spans(blocks, body)
    order: list[int] = []
    _cut(list(range(len(blocks))), blocks, spans, order)
    return [blocks[i] for i in order]


def _cut(ids: list[int], blocks: list[_Block], spans: list[tuple[float, float]], out: list[int]):
    if len(ids) <= 1:
        out.extend(ids)
        return
    across = _split(ids, lambda i: (blocks[i].top, blocks[i].bottom))
    parts = across if len(across) > 1 else _split(ids, lambda i: spans[i])
    if len(parts) == 1:
        out.extend(sorted(ids, key=lambda i: (blocks[i].top, blocks[i].x0)))
        return
    for part in parts:
        _cut(part, blocks, spans, out)


def _split(ids: list[int], extent) -> list[list[int]]:
    """`ids` in groups separated by an empty band of `extent` (an interval per block)."""
    ordered = sorted(ids, key=lambda i: extent(i)[0])
    parts: list[list[int]] = [[]]
    reach = None
    for i in ordered:
        start, end = extent(i)
        if reach is not None and start > reach:
            parts.append([])
        parts[-1].append(i)
        reach = end if reach is None else max(reach, end)
    return parts


@dataclass
class _Piece:
    """Consecutive lines of one paragraph within one block."""

    lines: list[_Line]
    size: float
    opens: bool  # it surely starts its paragraph (indented, or after a short line)
    closes: bool  # it surely ends it (its last line stops short of the column's edge)
    left: float = 0.0  # its column's left edge


def _pieces(
    block: _Block, *, headline: bool, column: float, edges: dict[float, float]
) -> list[_Piece]:
    """The paragraph pieces of a block; a headline block is one piece however it wraps.
    `column` is the page's usual column width, `edges` the left edges its columns start at
    with the width of the column there."""
    if headline:
        return [_Piece(block.lines, block.size, True, True)]
    left, right = block.x0, block.x1 if len(block.lines) > 1 else block.x0 + column
    indent = block.x0 - (block.x1 - column)
    # A block that starts an indent past a column's edge: all its lines start paragraphs.
    edge = next((e for e in edges if 1.5 * block.size <= block.x0 - e <= 2.5 * block.size), None)
    if column and len(block.lines) > 1 and 1.5 * block.size <= indent <= 2.5 * block.size:
        left = block.x1 - column  # its full lines end a column's width past an indent
    elif edge is not None:
        left, right = edge, max(right, edge + edges[edge])
    elif round(block.x0, 1) in edges:  # a known column: its full width says what is short
        right = max(right, block.x0 + edges[round(block.x0, 1)])
    out: list[_Piece] = []
    for i, line in enumerate(block.lines):
        indented = line.x0 > left + 0.8 * line.size  # first-line indent, or right-aligned
        if i == 0:
            out.append(_Piece([line], block.size, indented, False))
        elif indented or block.lines[i - 1].x1 < right - 1.5 * line.size:
            out[-1].closes = True
            out.append(_Piece([line], block.size, True, False))
        else:
            out[-1].lines.append(line)
    for piece in out:
        piece.left = left
    if len(block.lines) > 1:
        out[-1].closes = block.lines[-1].x1 < right - 1.5 * block.size
    else:  # one line says little about its column: a clearly short one, or a sentence's end
        line = block.lines[0]
        out[-1].closes = line.x1 < right - 4 * block.size or _ends_sentence(out[-1])
    return out


def _ends_sentence(piece: _Piece) -> bool:
    return piece.lines[-1].text.rstrip().rstrip(_CLOSING)[-1:] in _SENTENCE_ENDS


def _column_edges(blocks: list[_Block], body: float) -> dict[float, float]:
    """Where the page's columns start (the left edges of its blocks of body text) and how
    wide each is (the widest its blocks there run; a column's lines fill it)."""
    widths: dict[float, float] = {}
    for b in blocks:
        if len(b.lines) > 1 and b.size == body:
            edge = round(b.x0, 1)
            widths[edge] = max(widths.get(edge, 0.0), b.x1 - b.x0)
    # A block whose every line is indented starts an indent past its column's edge: no edge.
    return {
        e: w
        for e, w in widths.items()
        if not any(1.5 * body <= e - other <= 2.5 * body for other in widths)
    }


def _column_width(blocks: list[_Block], body: float) -> float:
    """The width most blocks of body text have: what a full line of a column measures."""
    texts = [b for b in blocks if b.size == body and len(b.lines) > 1] or blocks
    widths = Counter(round(b.x1 - b.x0) for b in texts)
    return float(max(widths.items(), key=lambda kv: (kv[1], kv[0]))[0])


def _page_lines(blocks: list[_Block], page: int, body: float) -> list[SourceLine]:
    """The page's paragraphs: pieces in reading order, a piece that does not close joined
    with the next one that does not open (a paragraph going on in the next column)."""
    column = _column_width(blocks, body)
    edges = _column_edges(blocks, body)
    merged: list[list[_Piece]] = []
    for block in blocks:
        heading = block.size >= _HEADLINE_SIZE * body
        for piece in _pieces(block, headline=heading, column=column, edges=edges):
            last = merged[-1][-1] if merged else None
            if (
                last is not None
                and not last.closes
                and not piece.opens
                and abs(last.size - piece.size) <= 0.05 * piece.size
                # The next column: past this one's last line and within a gutter of this
                # column's edge, no lower than its last line.
                and last.lines[-1].x1 - 0.5 * piece.size
                <= piece.lines[0].x0
                <= max(last.left + column, last.lines[-1].x1) + 3 * piece.size
                and piece.lines[0].top <= last.lines[-1].top + 0.5 * piece.size
                # One short line after a sentence's end is a line of its own (a byline).
                and not (piece.closes and len(piece.lines) == 1 and _ends_sentence(last))
            ):
                merged[-1].append(piece)
            else:
                merged.append([piece])
    out = []
    for group in merged:
        lines = [line for piece in group for line in piece.lines]
        text = lines[0].text
        for prev, line in pairwise(lines):
            # A space printed at the wrap stays (`记者 陈颖婷 | 通讯员`); Latin words at a line's
            # end and the next line's start are two words; digits are one number cut by a
            # narrow column (`7月1` / `7日`).
            spaced = prev.chars[-1].text.isspace() or line.chars[0].text.isspace()
            words = text[-1:].isalpha() and _word(text, line.text)
            text += (" " if spaced or words else "") + line.text
        # A paragraph that goes on in the next column gets the box around both parts.
        box = (
            round(min(x.x0 for x in lines), 1),
            round(min(x.top for x in lines), 1),
            round(max(x.x1 for x in lines), 1),
            round(max(x.bottom for x in lines), 1),
        )
        out.append(SourceLine(text, page, _piece_size(lines), box))
    return out


def _piece_size(lines: list[_Line]) -> float:
    weights: Counter[float] = Counter()
    for line in lines:
        weights[line.size] += len(line.chars)
    return weights.most_common(1)[0][0]
