"""Printed lines → blocks in reading order: a headline before the columns under it, a
column before the next."""

from desktop.ingest.pdf_lines import printed_lines
from desktop.ingest.pdf_order import line_blocks, reading_order
from tests.unit.ingest.test_pdf_lines import chars


def _column(x: float, top: float, rows: int, name: str) -> list:
    return [c for r in range(rows) for c in chars(f"{name}{r}文字文字", x, top + r * 14)]


def test_lines_one_under_the_other_in_a_column_are_one_block():
    blocks = line_blocks(printed_lines(_column(0, 0, 3, "甲")))
    assert len(blocks) == 1 and len(blocks[0].lines) == 3


def test_a_headline_comes_before_the_columns_under_it_and_columns_left_to_right():
    page = [
        *chars("横跨两栏的标题", 0, 0, size=24.0),
        *_column(0, 40, 3, "左"),
        *_column(100, 40, 3, "右"),
    ]
    blocks = reading_order(line_blocks(printed_lines(page)), body=10.0)
    assert [b.lines[0].text[:1] for b in blocks] == ["横", "左", "右"]
