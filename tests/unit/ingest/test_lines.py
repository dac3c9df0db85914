"""Source lines with layout facts (page, font size) and hard-wrapped text."""

from desktop.ingest import SourceLine, parse_lines, parse_text
from desktop.ingest.unwrap import NO_WRAP, detect_wrap, logical_lines
from tests.corpus.variants import hard_wrap
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


def test_a_hard_wrapped_headline_and_byline_are_one_line_each():
    title = "嘉定区全面从严治党警示教育大会举行，共同营造风清气正的政治生态"
    byline = "首席记者 魏卓龙 特聘首席记者 顾舜丽 通讯员 蒋一超"
    body = "本报讯 5月12日，嘉定区全面从严治党警示教育大会在区综合办公楼广厦厅举行。" * 3
    text = "\n".join([title, byline, body] * 3)
    for width in (20, 27, 33):
        joined, _ = logical_lines(hard_wrap(text, width).split("\n"))
        assert joined.count(title) == 3 and joined.count(byline.replace(" ", "")) == 0
        assert sum(1 for x in joined if x.startswith("本报讯")) == 3


def test_lines_of_many_widths_are_no_wrap():
    assert detect_wrap([12.0, 40.0, 33.5, 80.0, 15.0, 61.0, 27.0, 90.5]) is NO_WRAP


def test_unwrapping_loses_nothing():
    text = "一二三四五六七八九十一二三四五六七八九十\nABC\n" * 8
    issue = parse_text(text)
    assert not lost_characters(text, issue)
