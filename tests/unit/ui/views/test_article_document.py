"""An article laid out: headline lines, where it appeared, the body block by block, the end."""

from desktop.services.articles import get_article
from desktop.services.search import search
from desktop.ui.app import make_application
from desktop.ui.settings import ReadingStyle
from desktop.ui.theme import THEMES
from desktop.ui.views.article_document import (
    NEXT_ARTICLE_LINK,
    Typesetter,
    article_document,
    message_document,
    meta_line,
)


def _view(db, segmenter, words):
    hit = search(db, segmenter, words).hits[0]
    return get_article(db, hit.article_id)


def _typesetter(**style):
    make_application()
    return Typesetter(THEMES["light"], ReadingStyle(**style))


def test_the_body_blocks_map_document_positions_to_the_articles_text(db, segmenter):
    view = _view(db, segmenter, "风清气正")
    laid_out = article_document(view, _typesetter(), "下一篇的标题", None)
    text = view.article.text
    assert [b.text for b in laid_out.blocks] == [b["text"] for b in view.article.block_list]
    for block in laid_out.blocks:
        assert text[block.offset : block.offset + len(block.text)] == block.text
        assert laid_out.document.findBlock(block.position).text() == block.text
    position, headline = laid_out.headline
    assert laid_out.document.findBlock(position).text() == headline
    assert "下一篇：下一篇的标题" in laid_out.document.toPlainText()
    assert NEXT_ARTICLE_LINK in laid_out.document.toHtml()


def test_text_that_looks_like_markup_stays_text(db, segmenter):
    view = _view(db, segmenter, "风清气正")
    view.article.title = "<b>粗体</b>&amp;"
    document = article_document(view, _typesetter(), None, None).document
    assert "<b>粗体</b>&amp;" in document.toPlainText()


def test_the_meta_line_says_paper_date_and_authors(db, segmenter):
    view = _view(db, segmenter, "风清气正")
    line = meta_line(view)
    assert line.startswith(f"{view.paper} · {view.date}")


def test_sizes_follow_the_text_size():
    small, large = _typesetter(font_size=12).em(), _typesetter(font_size=24).em()
    assert 1.8 < large / small < 2.2
    block = _typesetter(font_size=12).block(indent_em=2)
    assert abs(block.textIndent() - 2 * small) < 0.01


def test_a_message_is_a_page_of_its_own():
    assert message_document("从左侧选择", _typesetter(), None).toPlainText() == "从左侧选择"


def test_a_brief_in_a_section_of_briefs_is_labelled_once(db):
    from desktop.services.articles import list_articles

    views = (get_article(db, r.id) for r in list_articles(db))
    brief = next(v for v in views if v.article.kind == "brief" and v.article.section == "简讯")
    lines = article_document(brief, _typesetter(), None, None).document.toPlainText().split("\n")
    assert lines[0] == "简讯" and "【简讯】" not in lines  # not 【简讯】 over 简讯
