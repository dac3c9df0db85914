"""Blocks → a page's paragraphs: a first-line indent starts one, each with its page, size
and box."""

from desktop.ingest.pdf_lines import printed_lines
from desktop.ingest.pdf_order import line_blocks, reading_order
from desktop.ingest.pdf_paragraphs import page_paragraphs
from tests.unit.ingest.test_pdf_lines import chars


def _paragraphs(page, number=1):
    return page_paragraphs(reading_order(line_blocks(printed_lines(page)), 10.0), number, 10.0)


def test_an_indented_line_starts_a_paragraph_and_full_lines_go_on():
    page = [
        *chars("一二三四五六七八", 20, 0),  # indented two characters
        *chars("九十一二三四五六七八", 0, 14),
        *chars("九十。", 0, 28),
        *chars("甲乙丙丁戊己庚辛", 20, 42),
        *chars("壬癸甲乙丙丁戊己庚辛", 0, 56),
        *chars("结束。", 0, 70),
    ]
    first, second = _paragraphs(page, number=3)
    assert first.text == "一二三四五六七八九十一二三四五六七八九十。"
    assert second.text.startswith("甲乙丙丁")
    assert first.page == 3 and first.size == 10.0
    assert first.bbox == (0.0, 0.0, 100.0, 38.0)


def test_a_headline_block_is_one_paragraph_however_it_wraps():
    page = [*chars("两行的", 0, 0, size=24.0), *chars("大标题", 0, 28, size=24.0)]
    page += chars("正文一行。", 0, 70)
    head, body = _paragraphs(page)
    assert (head.text, head.size) == ("两行的大标题", 24.0)
    assert body.text == "正文一行。"
