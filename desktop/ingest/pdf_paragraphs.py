"""Blocks in reading order → a page's paragraphs as SourceLines, each with its page, size
and box.

Inside a block, the first-line indent and a line that stops short of the column's edge end a
paragraph; a paragraph that does not end in its block goes on in the next column's block.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from itertools import pairwise

from desktop.ingest.lines import SourceLine
from desktop.ingest.pdf_lines import PrintedLine, latin_words
from desktop.ingest.pdf_order import HEADLINE_SIZE, LineBlock

_SENTENCE_ENDS = set("。！？!?…")
_CLOSING = "”’」』）)"


@dataclass
class _Piece:
    """Consecutive lines of one paragraph within one block."""

    lines: list[PrintedLine]
    size: float
    opens: bool  # it surely starts its paragraph (indented, or after a short line)
    closes: bool  # it surely ends it (its last line stops short of the column's edge)
    left: float = 0.0  # its column's left edge


def _pieces(
    block: LineBlock, *, headline: bool, column: float, edges: dict[float, float]
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


def _column_edges(blocks: list[LineBlock], body: float) -> dict[float, float]:
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


def _column_width(blocks: list[LineBlock], body: float) -> float:
    """The width most blocks of body text have: what a full line of a column measures."""
    texts = [b for b in blocks if b.size == body and len(b.lines) > 1] or blocks
    widths = Counter(round(b.x1 - b.x0) for b in texts)
    return float(max(widths.items(), key=lambda kv: (kv[1], kv[0]))[0])


def page_paragraphs(blocks: list[LineBlock], page: int, body: float) -> list[SourceLine]:
    """The page's paragraphs: pieces in reading order, a piece that does not close joined
    with the next one that does not open (a paragraph going on in the next column)."""
    column = _column_width(blocks, body)
    edges = _column_edges(blocks, body)
    merged: list[list[_Piece]] = []
    for block in blocks:
        heading = block.size >= HEADLINE_SIZE * body
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
            words = text[-1:].isalpha() and latin_words(text, line.text)
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


def _piece_size(lines: list[PrintedLine]) -> float:
    weights: Counter[float] = Counter()
    for line in lines:
        weights[line.size] += len(line.chars)
    return weights.most_common(1)[0][0]
