"""Searching from the window: the results listed, the tree narrowed to every match, the first
result opened with its hits marked; a bad query said in the panel."""

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDockWidget, QLineEdit

from desktop.ui.controllers.changes import Changes
from desktop.ui.controllers.searching import SearchingController
from desktop.ui.controllers.tagging import TaggingController
from desktop.ui.language_tools import LanguageTools
from desktop.ui.models.search_results import SearchResultsModel
from desktop.ui.models.tags import SuggestionModel, TagListModel
from desktop.ui.search_runner import SearchRunner
from desktop.ui.views.search_panel import SearchPanel
from desktop.ui.views.tag_panel import TagPanel

# The tree of a test before this one, torn down after its models, may still have a queued
# selection in flight when this test's event loop runs (a test harness matter: the window owns
# its tree and models and destroys them together).
pytestmark = pytest.mark.qt_log_ignore("QItemSelectionModel: Selecting when no model")


def _searching(services, reading, host):
    language = LanguageTools(services.ctx.segmenter, host)
    all_tags, article_tags, suggestions = (
        TagListModel(show_counts=True), TagListModel(show_counts=False), SuggestionModel(),
    )  # fmt: skip
    tagging = TaggingController(
        services, Changes(services, QUndoStack(host), reading, host), reading, language,
        TagPanel(article_tags, all_tags, suggestions), all_tags, article_tags, suggestions, host,
    )  # fmt: skip
    runner = SearchRunner(services.ctx.db, language, host)
    results = SearchResultsModel(host)
    panel = SearchPanel(results)
    dock = QDockWidget("results", host)
    searching = SearchingController(
        services, reading, tagging, runner, QLineEdit(host), panel, dock, results, host
    )
    runner.finished.connect(searching.show)
    runner.failed.connect(searching.failed)
    return searching, runner


def test_a_search_lists_narrows_and_opens_the_first_result(services, reading, host, qtbot):
    searching, runner = _searching(services, reading, host)
    searching.field.setText("网格")
    with qtbot.waitSignal(runner.finished, timeout=30_000):
        searching.run()
    hits = searching.results.rows()
    assert hits and set(reading.visible_article_ids()) == set(searching.last_results.article_ids)
    assert reading.current.article.id == hits[0].article_id
    assert "找到" in searching.panel.summary.text()
    runner.cancel()
    runner.wait()


def test_a_search_within_a_tag_opens_its_first_hit_among_the_tagged_articles(
    services, reading, host, qtbot
):
    searching, runner = _searching(services, reading, host)
    searching.field.setText("网格")
    with qtbot.waitSignal(runner.finished, timeout=30_000):
        searching.run()
    hits = [h.article_id for h in searching.results.rows()]
    assert len(hits) >= 2
    reading.narrow("tags", {hits[1]})  # the tree shows only a tag's article: the second hit
    searching.field.setText("网格 ")  # the same words, searched again
    with qtbot.waitSignal(runner.finished, timeout=30_000):
        searching.run()
    assert reading.current.article.id == hits[1]  # not the first hit, hidden by the tag
    assert reading.visible_article_ids() == [hits[1]]  # both narrowings kept
    assert searching.field.text() == "网格 "
    runner.cancel()
    runner.wait()


def test_a_search_run_to_keep_the_open_article_leaves_it_open(services, reading, host, qtbot):
    searching, runner = _searching(services, reading, host)
    searching.field.setText("网格")
    with qtbot.waitSignal(runner.finished, timeout=30_000):
        searching.run()
    hits = [h.article_id for h in searching.results.rows()]
    reading.select_article(hits[-1])
    with qtbot.waitSignal(runner.finished, timeout=30_000):
        searching.run(open_first=False)
    assert reading.current.article.id == hits[-1]
    runner.cancel()
    runner.wait()


def test_a_query_too_long_is_said_in_the_panel(services, reading, host, qtbot):
    searching, runner = _searching(services, reading, host)
    searching.field.setText("网" * 1001)
    with qtbot.waitSignal(runner.failed, timeout=30_000):
        searching.run()
    assert "1,000" in searching.panel.summary.text() or "1000" in searching.panel.summary.text()
    runner.wait()
