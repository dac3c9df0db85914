"""The article builder: drafts opened and closed, paragraphs joined, credits and labels kept."""

from desktop.ingest.cohesion import Cohesion
from desktop.ingest.drafts import ArticleBuilder
from desktop.ingest.tokens import Layout, tokenize

NO_WRAP = Layout(False, 0.0)


def test_a_paragraphs_fragments_become_one_block_when_it_ends():
    builder = ArticleBuilder(NO_WRAP, Cohesion([]))
    draft = builder.new(["区委召开会议"])
    assert not draft.has_body
    first, second = tokenize(["5月12日，会议", "举行。"])
    builder.start_paragraph(first)
    builder.continue_paragraph(second, None)
    assert draft.has_body
    (article,) = [d.article for d in builder.finish()]
    assert article.paragraphs == ["5月12日，会议举行。"]


def test_a_byline_gives_the_article_its_author_and_keeps_what_was_printed():
    builder = ArticleBuilder(NO_WRAP, Cohesion([]))
    builder.new(["区委召开会议"])
    (byline,) = tokenize(["撰稿 俞超"])
    builder.apply_credit(byline)
    (draft,) = builder.finish()
    assert draft.article.authors == ["俞超"]
    assert draft.article.markers == ["撰稿 俞超"]


def test_headline_lines_without_a_body_still_make_an_article():
    builder = ArticleBuilder(NO_WRAP, Cohesion([]))
    builder.head = ["只有标题"]
    (draft,) = builder.finish()
    assert draft.head == ["只有标题"]


def test_a_label_with_nothing_under_it_stays_with_the_last_article():
    builder = ArticleBuilder(NO_WRAP, Cohesion([]))
    builder.new(["区委召开会议"])
    builder.close()
    builder.pending = ["[简讯]"]
    (draft,) = builder.finish()
    assert draft.article.markers == ["[简讯]"]


def test_a_teaser_keeps_its_printed_label_and_page():
    builder = ArticleBuilder(NO_WRAP, Cohesion([]))
    draft = builder.teaser(["导读", "城市更新提速"], ["刊2版►"], "2")
    assert draft.article.kind == "teaser" and draft.article.continued_to == "2"
    assert draft.article.section == "导读" and draft.head == ["城市更新提速"]
    assert draft.article.markers == ["导读", "刊2版►"]
