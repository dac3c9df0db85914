"""Hostile and pathological input: parsed without error, in bounded time, with nothing lost.

The inputs at volume (a megabyte, 100,000 lines, 10,000 articles) are slow tests; a small
copy of each shape runs in the fast suite."""

import pytest

from desktop.ingest import parse_bytes, parse_text
from tests.helpers.lossless import lost_characters

CASES = {
    "html and script": "<b>加粗</b><script>alert('嘉定')</script>\n\n<img src=x onerror=alert(1)>",
    "markdown": "# 标题\n\n**重点** [链接](http://x) `代码`\n\n> 引用",
    "bidi overrides": "\u202e嘉定报\u202c \u2066区委\u2069 \u200b零宽",
    "control characters": "嘉定\x00区\x07委\x1b[31m书记",
    "lone surrogates": "嘉定\ud800区\udfff委",
    "a 1 MB line": "嘉定区委书记陆方舟出席会议，" * 75_000,
    "100,000 tiny paragraphs": "\n\n".join("嘉定。" for _ in range(100_000)),
    "100,000 heading-like lines": "\n".join("嘉定区委书记" for _ in range(100_000)),
    "10,000 articles": "\n\n".join(
        f"标题第{i}篇\n\n本报讯 5月12日，会议举行。\n\n撰稿 俞超" for i in range(10_000)
    ),
    "a 10 KB line": "嘉定区委书记陆方舟出席会议，" * 750,
    "1,000 tiny paragraphs": "\n\n".join("嘉定。" for _ in range(1_000)),
    "1,000 heading-like lines": "\n".join("嘉定区委书记" for _ in range(1_000)),
    "100 articles": "\n\n".join(
        f"标题第{i}篇\n\n本报讯 5月12日，会议举行。\n\n撰稿 俞超" for i in range(100)
    ),
}
AT_VOLUME = {
    "a 1 MB line",
    "100,000 tiny paragraphs",
    "100,000 heading-like lines",
    "10,000 articles",
}


@pytest.mark.parametrize(
    "name",
    [pytest.param(n, marks=pytest.mark.slow) if n in AT_VOLUME else n for n in CASES],
)
def test_hostile_text_parses_and_loses_nothing(name):
    text = CASES[name]
    issue = parse_text(text)
    assert issue.articles
    assert not lost_characters(text, issue)


def test_a_hundred_articles_are_all_found():
    issue = parse_text(CASES["100 articles"])
    assert len(issue.articles) == 100
    assert issue.articles[-1].title == "标题第99篇" and issue.articles[-1].authors == ["俞超"]


@pytest.mark.slow
def test_many_articles_are_all_found():
    issue = parse_text(CASES["10,000 articles"])
    assert len(issue.articles) == 10_000
    assert issue.articles[-1].title == "标题第9999篇" and issue.articles[-1].authors == ["俞超"]


def test_markup_stays_text_in_the_parse():
    issue = parse_text(CASES["html and script"])
    text = "".join(b.text for a in issue.articles for b in a.blocks) + "".join(
        a.title or "" for a in issue.articles
    )
    assert "<script>alert('嘉定')</script>" in text


def test_nul_bytes_in_a_file_are_refused_as_binary():
    with pytest.raises(Exception, match="binary"):
        parse_bytes("嘉定\x00区委".encode() * 100, "odd.txt")
