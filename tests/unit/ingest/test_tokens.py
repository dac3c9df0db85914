"""Lines → tokens: each line's kind and the markers split off it."""

from desktop.ingest.tokens import (
    Tok,
    body_word_start,
    detect_layout,
    reported_speech,
    tokenize,
)

LINES = [
    "[领导关注]",
    "区委召开会议",
    "本报讯 5月12日，会议举行。",
    "撰稿 俞超",
    "(下转第2版)",
    "导读",
    "刊2版►",
    "第01版：要闻 2024-01-13",
    "嘉定报",
]


def test_each_line_gets_its_kind():
    tokens = tokenize(LINES, mastheads=frozenset({"嘉定报"}))
    assert [t.kind for t in tokens] == [
        Tok.SECTION, Tok.TEXT, Tok.TEXT, Tok.BYLINE, Tok.JUMP, Tok.TOC_HEAD, Tok.TOC_PAGE,
        Tok.PAGE_HEADER, Tok.PAGE_HEADER,
    ]  # fmt: skip


def test_markers_are_split_off_a_text_line_and_kept():
    section, _, dated, byline, jump, *_ = tokenize(LINES)
    assert section.label == "领导关注"
    assert dated.text == "5月12日，会议举行。" and dated.lead == [("dateline", "本报讯")]
    assert byline.credit is not None and byline.credit.authors == ["俞超"]
    assert jump.page == "2"


def test_blank_lines_make_no_tokens_and_large_lines_are_marked():
    tokens = tokenize(["标题", "", "正文。"], large=[True, False, False])
    assert [t.large for t in tokens] == [True, False]


def test_lines_a_paragraph_each_are_not_wrapped():
    assert not detect_layout(tokenize(LINES)).wrapped


def test_speech_and_body_words_are_recognised():
    assert reported_speech("他说，这是好事")
    assert body_word_start("近日，会议举行")
    assert not body_word_start("区委召开会议")
