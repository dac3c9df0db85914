"""Searching: the search box and the results dock. Searches run off the UI thread
(SearchRunner); the results narrow the tree, their hits are marked in the article, and all of
them can be tagged at once."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDockWidget, QInputDialog, QLineEdit

from desktop.services import tags
from desktop.services.errors import InvalidInput
from desktop.services.search import SearchResults
from desktop.store.errors import LibraryError
from desktop.ui.actions import ActionId
from desktop.ui.controllers.base import Controller, WindowServices
from desktop.ui.controllers.reading import ReadingController
from desktop.ui.controllers.tagging import TaggingController
from desktop.ui.error_text import input_error_text
from desktop.ui.models.search_results import SearchResultsModel
from desktop.ui.search_runner import SearchRunner
from desktop.ui.views.search_panel import SearchPanel

SEARCH_LIMIT = 200  # results listed in the window; the tree narrows to every match


class SearchingController(Controller):
    def __init__(
        self,
        services: WindowServices,
        reading: ReadingController,
        tagging: TaggingController,
        runner: SearchRunner,
        field: QLineEdit,
        panel: SearchPanel,
        dock: QDockWidget,
        results: SearchResultsModel,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(services, parent)
        self.reading, self.tagging = reading, tagging
        self.runner, self.field, self.panel, self.dock, self.results = (
            runner, field, panel, dock, results,
        )  # fmt: skip
        self.last_results: SearchResults | None = None
        self._searched = ""  # the words of the last search run
        self._open_first = True  # the search's first hit opens when it comes

    def action_slots(self):
        return {ActionId.FIND: self.focus}

    def focus(self) -> None:
        self.field.setFocus()
        self.field.selectAll()

    def refresh_choices(self) -> None:
        """The filters' lists of papers and tags."""
        papers = self.reading.tree_model.papers()
        self.panel.set_choices(papers, [t.name for t in tags.list_tags(self.db)])

    def on_text_edited(self, text: str) -> None:
        if text.strip():
            return
        # An empty box shows no results: "tag all results" must not tag an old search's.
        self.runner.cancel()
        self.last_results = None
        self._searched = ""
        self.results.set_rows([])
        self.panel.summary.setText("")
        self.reading.set_search_terms(())
        self.reading.narrow("search", None)
        self.dock.hide()  # nothing to list: the text gets the room back

    def let_go(self) -> None:
        """The tree shows everything again (another view needed an article the search hid)."""
        self.field.clear()

    def on_return(self) -> None:
        """Enter searches; Enter again on the same words steps to the next hit in the article
        (Shift+Enter: the previous one)."""
        results = self.last_results
        if results is not None and self.field.text() == self._searched:
            shift = QGuiApplication.keyboardModifiers() & Qt.KeyboardModifier.ShiftModifier
            self.reading.reader.step_hit(-1 if shift else 1)
            return
        self.run()

    def run(self, *, open_first: bool = True) -> None:
        """Search for the field's words with the panel's filters; the first hit the tree shows
        opens, unless `open_first` is False (a window built again keeps its open article)."""
        text = self.field.text()
        filters = self.panel.filters()
        if not text.strip() and filters.empty:
            return
        self._searched = text
        self._open_first = open_first
        self.runner.run(text, filters, SEARCH_LIMIT)

    def waiting(self) -> None:
        self.notifier.status(self.tr("正在载入分词词典，稍后开始搜索…"), 3000)

    def failed(self, error: object) -> None:
        if isinstance(error, InvalidInput):
            self.panel.summary.setText(input_error_text(error))
            self.dock.show()
            self.dock.raise_()
        elif isinstance(error, LibraryError):
            self.notifier.refusal(error)
        else:  # a bug: logged by the job already
            self.notifier.warn(self.tr("搜索"), self.tr("搜索没有完成，详情已写入日志。"))

    def show(self, results: SearchResults) -> None:
        self.last_results = results
        self.reading.search_terms = results.query.terms
        self.reading.narrow("search", set(results.article_ids))
        self.results.set_rows(results.hits)
        shown = len(results.hits)
        self.panel.summary.setText(
            self.tr("找到 %n 篇", "", results.total)
            + (self.tr("（显示前 %n 篇）", "", shown) if results.total > shown else "")
        )
        self.dock.show()
        self.dock.raise_()
        # The first hit among the articles the tree shows: one hidden by the tags' narrowing
        # would widen the tree again, and with it drop this search.
        allows = self.reading.tree_proxy.allows
        first = next((i for i, h in enumerate(results.hits) if allows(h.article_id)), None)
        if first is not None and self._open_first:
            self.panel.list.setCurrentIndex(self.results.index(first, 0))
            self.reading.select_article(results.hits[first].article_id)
        self.reading.refresh_marks()

    def tag_all(self) -> None:
        results = self.last_results
        if results is None or not results.article_ids:
            return
        name, ok = QInputDialog.getText(
            self.panel.window(),
            self.tr("为全部结果加标签"),
            self.tr("为这 %n 篇文章加上标签：", "", len(results.article_ids)),
        )
        if ok and name.strip():
            self.tagging.tag_articles(name, results.article_ids)
