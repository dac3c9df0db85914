"""The open article: chosen in the tree, stepped through, read and starred, narrowed to."""

from desktop.services import annotations
from tests.unit.ui.controllers.conftest import first_article_ids


def test_opening_an_article_shows_it_marks_it_read_and_says_so(services, reading, qtbot):
    (first,) = first_article_ids(services.ctx.db, 1)
    with qtbot.waitSignal(reading.articleOpened) as opened:
        reading.select_article(first)
    assert opened.args[0].article.id == first == reading.current.article.id
    assert reading.reader.view.article.id == first
    assert annotations.article_state(services.ctx.db, first).read


def test_stepping_moves_through_the_articles_in_tree_order(services, reading):
    first, second = first_article_ids(services.ctx.db, 2)
    reading.select_article(first)
    reading.step_article(1)
    assert reading.current.article.id == second
    reading.step_article(-1)
    assert reading.current.article.id == first


def test_the_star_is_saved_and_announced_and_unread_is_kept(services, reading, qtbot):
    (first,) = first_article_ids(services.ctx.db, 1)
    reading.select_article(first)
    with qtbot.waitSignal(reading.starChanged) as star:
        reading.toggle_star()
    assert star.args == [True]
    assert annotations.article_state(services.ctx.db, first).starred
    reading.mark_unread()
    assert not annotations.article_state(services.ctx.db, first).read


def test_a_read_only_library_refuses_the_star_and_says_why(services, reading, qtbot):
    (first,) = first_article_ids(services.ctx.db, 1)
    reading.select_article(first)
    services.ctx.db.read_only = True
    with qtbot.waitSignal(reading.starChanged) as star:
        reading.toggle_star()
    assert star.args == [False]  # the button goes back to what is saved
    assert not annotations.article_state(services.ctx.db, first).starred
    assert "只读" in reading.tree.window().statusBar().currentMessage()


def test_narrowing_shows_only_the_articles_allowed_and_clearing_shows_all(services, reading):
    first, second = first_article_ids(services.ctx.db, 2)
    reading.narrow("test", {second})
    assert reading.visible_article_ids() == [second]
    reading.narrow("test", None)
    assert first in reading.visible_article_ids()


def test_the_search_words_are_marked_in_the_subtitle_too(services, reading):
    from desktop.services.articles import get_article, list_articles

    db = services.ctx.db
    views = (get_article(db, r.id) for r in list_articles(db))
    row = next(v.article for v in views if "青浦召开实施乡村振兴" in (v.article.subtitle or ""))
    reading.set_search_terms(("青浦",))
    reading.select_article(row.id)
    marked = {
        reading.reader.document().toPlainText()[s.cursor.selectionStart() : s.cursor.selectionEnd()]
        for s in reading.reader.extraSelections()
    }
    assert marked == {"青浦"}
    subtitle_at = reading.reader.document().toPlainText().index(row.subtitle)
    assert any(
        subtitle_at <= s.cursor.selectionStart() < subtitle_at + len(row.subtitle)
        for s in reading.reader.extraSelections()
    )


def test_a_narrowed_tree_opens_a_listed_article_and_the_status_bar_counts_what_it_lists(
    services, reading
):
    ids = first_article_ids(services.ctx.db, 6)
    reading.select_article(ids[0])
    kept = {ids[2], ids[4]}
    reading.narrow("tags", kept)
    assert reading.current.article.id == ids[2]  # the open one is not listed: the first that is
    assert "目录已筛选：显示 2 篇" in reading.counts.text()
    assert reading.position.text().endswith("第 1/2 篇")  # among the articles listed
    reading.narrow("tags", None)
    assert "筛选" not in reading.counts.text()
    assert reading.current.article.id == ids[2]  # widening keeps the open article
