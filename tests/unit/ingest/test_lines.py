"""Source lines with layout facts (page, font size) → the parser's issue."""

from desktop.ingest import SourceLine, parse_lines, parse_text
from tests.helpers.lossless import lost_characters


def _parse(lines):
    return parse_lines(lines, source="x.pdf", sha256="", encoding="pdf")


def test_a_line_set_larger_than_the_body_is_a_headline_even_with_a_full_stop():
    lines = [
        SourceLine("数字经济再上新台阶。", page=1, size=22.0),
        SourceLine(
            "本报讯 5月12日，全区数字经济大会举行，会议总结了一年来的工作。", page=1, size=10.5
        ),
        SourceLine("会议要求，各部门要抓好落实，推动数字经济高质量发展。", page=1, size=10.5),
    ]
    (article,) = _parse(lines).articles
    assert article.title == "数字经济再上新台阶。"
    assert article.paragraphs[0].startswith("5月12日，全区数字经济大会举行")


def test_the_text_path_and_the_line_path_agree():
    text = "区委召开会议\n\n本报讯 5月12日，会议举行。\n\n撰稿 俞超"
    by_text = parse_text(text, sha256="s")
    by_lines = parse_lines(
        [SourceLine(x) for x in text.split("\n")], source="", sha256="s", encoding="utf-8"
    )
    assert by_text.articles == by_lines.articles


def test_unwrapping_loses_nothing():
    text = "一二三四五六七八九十一二三四五六七八九十\nABC\n" * 8
    issue = parse_text(text)
    assert not lost_characters(text, issue)
