"""The page beside the text, on the real window: the open article's printed page with its
region outlined, a click on another region opening that article, page by page, the way to the
other part of a story that jumps pages, and no page view for an issue imported as text."""

import pytest
from PySide6.QtCore import Qt

from desktop.services.articles import list_articles
from desktop.services.importing import import_paths
from desktop.services.issues import list_issues
from desktop.store.database import open_database
from desktop.ui.actions import ActionId
from tests.helpers.epaper import TITLE, page_one, page_two


@pytest.fixture
def epaper_dir(data_dir, segmenter, tmp_path):
    """The seeded library with a two-page e-paper issue imported from one PDF per page."""
    files = [tmp_path / "rmrb20240113_01.pdf", tmp_path / "rmrb20240113_02.pdf"]
    files[0].write_bytes(page_one())
    files[1].write_bytes(page_two())
    db = open_database(data_dir.library_file)
    try:
        import_paths(db, segmenter, files)
    finally:
        db.close()
    return data_dir


def _issue(window):
    (issue,) = [
        r for r in list_issues(window.db) if r.paper == "人民日报" and r.date == "2024-01-13"
    ]
    return issue


def _page_view(window, qtbot):
    controller = next(p for p in window.panels if p.NAME == "pageDock")
    window.action_set[ActionId.SHOW_PAGE].trigger()
    qtbot.waitUntil(lambda: controller.view.isVisible())
    return controller


def _wait_drawn(qtbot, controller, article_id, page):
    qtbot.waitUntil(
        lambda: (
            controller.drawn is not None
            and controller.drawn.want.article_id == article_id
            and controller.drawn.page == page
            and controller._job is None
        ),
        timeout=20_000,
    )


@pytest.mark.slow
def test_the_open_articles_page_is_shown_with_its_region_outlined(open_window, epaper_dir, qtbot):
    window = open_window(epaper_dir)
    issue = _issue(window)
    rows = list_articles(window.db, issue.id)
    story = next(r for r in rows if r.title == TITLE and r.kind != "continuation")
    # One issue in the tree, holding the articles of both pages.
    model = window.tree_model
    parents = {model.index_for_article(r.id).parent() for r in rows}
    assert len(parents) == 1
    (node,) = parents
    assert model.rowCount(node) == len(rows) == 4
    controller = _page_view(window, qtbot)
    window.reading.select_article(story.id)
    _wait_drawn(qtbot, controller, story.id, 1)
    canvas = controller.view.canvas
    assert canvas.current == story.id
    outlined = canvas.current_rect()
    assert outlined is not None and not outlined.isEmpty()
    assert controller.view.page_label.text() == "第1版（共2版）"
    assert controller.view.part.text() == "续见第 2 版 ›"

    # A click on the other story's region opens it in the reader.
    other = next(r for r in canvas.regions if r.article_id != story.id)
    box = canvas.rect_of(other.boxes[0])
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=box.center().toPoint())
    qtbot.waitUntil(lambda: window.reading.current.article.id == other.article_id)
    _wait_drawn(qtbot, controller, other.article_id, 1)

    # The jump: the story's other part, on page 2, one click away.
    window.reading.select_article(story.id)
    _wait_drawn(qtbot, controller, story.id, 1)
    qtbot.mouseClick(controller.view.part, Qt.MouseButton.LeftButton)
    rest = next(r for r in rows if r.kind == "continuation")
    qtbot.waitUntil(lambda: window.reading.current.article.id == rest.id)
    _wait_drawn(qtbot, controller, rest.id, 2)
    assert controller.view.part.text() == "‹ 上接第 1 版"
    assert "上接第1版" in window.reader.toPlainText()


@pytest.mark.slow
def test_pages_are_stepped_through_and_zoomed(open_window, epaper_dir, qtbot):
    window = open_window(epaper_dir)
    story = next(r for r in list_articles(window.db, _issue(window).id) if r.title == TITLE)
    controller = _page_view(window, qtbot)
    window.reading.select_article(story.id)
    _wait_drawn(qtbot, controller, story.id, 1)
    width = controller.view.canvas.width()
    qtbot.mouseClick(controller.view.next, Qt.MouseButton.LeftButton)
    _wait_drawn(qtbot, controller, story.id, 2)
    assert not controller.view.next.isEnabled() and controller.view.previous.isEnabled()
    assert controller.view.canvas.current_rect() is None  # the story's first part is on page 1
    qtbot.mouseClick(controller.view.larger, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.view.canvas.width() > width * 1.2, timeout=20_000)


def test_an_issue_imported_as_text_has_no_page_view(window, qtbot):
    controller = next(p for p in window.panels if p.NAME == "pageDock")
    window.reading.select_first_article()
    qtbot.waitUntil(lambda: window.reading.current is not None)
    action = window.action_set[ActionId.SHOW_PAGE]
    assert not action.isEnabled()
    assert "没有版面" in action.toolTip()
    assert controller.drawn is None
