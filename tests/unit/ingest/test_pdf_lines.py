"""A page's characters → printed lines: rows, column gutters, spaces drawn as gaps."""

from desktop.ingest.pdf_lines import PdfChar, body_size, latin_words, printed_lines


def chars(text: str, x: float, top: float, size: float = 10.0) -> list[PdfChar]:
    """`text` set from `x` on one baseline, each character one em wide."""
    return [
        PdfChar(c, x + i * size, top, x + (i + 1) * size, top + size, size)
        for i, c in enumerate(text)
    ]


def test_characters_on_one_baseline_are_one_line_read_top_down():
    lines = printed_lines([*chars("第二行", 0, 20), *chars("第一行", 0, 0)])
    assert [line.text for line in lines] == ["第一行", "第二行"]
    assert (lines[0].x0, lines[0].x1, lines[0].size) == (0, 30, 10.0)


def test_a_gutter_wider_than_a_character_and_a_half_starts_a_new_column():
    row = [*chars("左栏文字", 0, 0), *chars("右栏文字", 60, 0)]
    assert [line.text for line in printed_lines(row)] == ["左栏文字", "右栏文字"]


def test_a_change_of_type_size_starts_a_new_line():
    row = [*chars("标题", 0, 0, size=20.0), *chars("正文", 40, 5, size=10.0)]
    assert [(line.text, line.size) for line in printed_lines(row)] == [
        ("标题", 20.0),
        ("正文", 10.0),
    ]


def test_a_gap_between_latin_words_is_a_space():
    row = [*chars("ab", 0, 0), *chars("cd", 23, 0)]
    assert [line.text for line in printed_lines(row)] == ["ab cd"]
    assert latin_words("ab", "cd") and not latin_words("中", "cd")


def test_the_body_size_is_the_size_most_characters_have():
    page = [*chars("标题", 0, 0, size=20.0), *chars("正文正文正文", 0, 30)]
    assert body_size(page) == 10.0
    assert body_size([]) == 0.0
