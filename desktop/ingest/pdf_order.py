"""Printed lines → blocks (a run of lines of one size in one column) in reading order.

The order follows Breuel's layout analysis: a block comes before the blocks under it that it
overlaps horizontally (a headline spanning columns before the columns under it), and before
the blocks to its right unless something spans between them (the next article's headline).
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.ingest.pdf_lines import PrintedLine

HEADLINE_SIZE = 1.15  # as the parser: a block this much larger than the body is a headline


@dataclass
class LineBlock:
    lines: list[PrintedLine]
    size: float
    x0: float
    x1: float

    @classmethod
    def of(cls, line: PrintedLine) -> LineBlock:
        return cls([line], line.size, line.x0, line.x1)

    def add(self, line: PrintedLine) -> None:
        self.lines.append(line)
        self.x0, self.x1 = min(self.x0, line.x0), max(self.x1, line.x1)

    @property
    def top(self) -> float:
        return self.lines[0].top

    @property
    def bottom(self) -> float:
        return self.lines[-1].bottom


def line_blocks(lines: list[PrintedLine]) -> list[LineBlock]:
    """Runs of lines of one size, one under the other in one column."""
    blocks: list[LineBlock] = []
    growing: list[LineBlock] = []  # the blocks whose last line is near enough to take more
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
            home = LineBlock.of(line)
            blocks.append(home)
            growing.append(home)
        else:
            home.add(line)
    return blocks


def _spans(blocks: list[LineBlock], body: float) -> list[tuple[float, float]]:
    """The columns each block stands over: its own width, and for a headline the width of
    the row of columns that starts right under it (a centred headline is narrower than its
    story; a kicker over a title stands over what the title stands over)."""
    spans = [(b.x0, b.x1) for b in blocks]
    heading = [b.size >= HEADLINE_SIZE * body for b in blocks]
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


def reading_order(blocks: list[LineBlock], body: float) -> list[LineBlock]:
    """Blocks in reading order, by recursive cuts: across the page where no block (no
    headline's columns) crosses, top part first; else down the page where none crosses,
    left part first; what cannot be cut is read top to bottom."""
    spans = _spans(blocks, body)
    order: list[int] = []
    _cut(list(range(len(blocks))), blocks, spans, order)
    return [blocks[i] for i in order]


def _cut(ids: list[int], blocks: list[LineBlock], spans: list[tuple[float, float]], out: list[int]):
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
