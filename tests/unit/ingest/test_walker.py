"""The layout walker: where articles begin and end, and what each line is to its article."""

from desktop.ingest.tokens import detect_layout, tokenize
from desktop.ingest.walker import LayoutWalker


def _walk(lines):
    tokens = tokenize(lines)
    return LayoutWalker(tokens, detect_layout(tokens)).run()


def test_a_headline_body_and_byline_make_one_draft():
    (draft,) = _walk(["区委召开会议", "本报讯 5月12日，会议举行。", "撰稿 俞超"])
    assert draft.head == ["区委召开会议"]
    assert draft.article.paragraphs == ["5月12日，会议举行。"]
    assert draft.article.authors == ["俞超"]


def test_a_section_label_goes_to_the_articles_under_it():
    first, second = _walk(
        ["[简讯]", "区委召开会议", "本报讯 会议举行。", "第二篇标题", "本报讯 会议举行了。"]
    )
    assert first.article.section == second.article.section == "简讯"
    assert "[简讯]" in first.article.markers


def test_a_table_of_contents_becomes_a_teaser():
    drafts = _walk(["导读", "城市更新提速 刊2版►"])
    assert [d.article.kind for d in drafts] == ["teaser"]


def test_a_jump_line_says_where_the_article_goes_on():
    (draft,) = _walk(["区委召开会议", "本报讯 会议举行了。", "(下转第2版)"])
    assert draft.article.continued_to == "2"
