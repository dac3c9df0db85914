"""Reading: the open article, moving through the tree, read and starred state, the status
line, the tree's filter (tags and search narrow it), and correcting or deleting an issue."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QObject, Signal
from PySide6.QtWidgets import QAbstractSlider, QLabel, QTreeView

from desktop.services import annotations, library
from desktop.services.articles import ArticleView, article_by_key, get_article
from desktop.services.search import find_hits
from desktop.ui.actions import ActionId
from desktop.ui.controllers.base import Controller, WindowServices
from desktop.ui.models.article_filter import ArticleFilterProxy
from desktop.ui.models.issue_tree import IssueTreeModel, NodeKind, Role
from desktop.ui.views.reader import ReaderView

EXPAND_ALL_UP_TO = 400  # a narrowed tree opens every issue when it shows at most this many


class ReadingController(Controller):
    articleOpened = Signal(object)  # the ArticleView now open, or None
    narrowingCleared = Signal()  # the tag panel and the search let go of their filters
    starChanged = Signal(bool)  # whether the open article is starred (after a change or a move)

    def __init__(
        self,
        services: WindowServices,
        tree: QTreeView,
        tree_model: IssueTreeModel,
        tree_proxy: ArticleFilterProxy,
        reader: ReaderView,
        counts: QLabel,
        position: QLabel,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(services, parent)
        self.tree, self.tree_model, self.tree_proxy = tree, tree_model, tree_proxy
        self.reader, self.counts, self.position = reader, counts, position
        self.current: ArticleView | None = None
        self.search_terms: tuple[str, ...] = ()  # marked in the open article
        self._narrowing: dict[str, set[int] | None] = {}  # who narrows the tree → the ids it allows
        # The issues the user opened in the whole tree, opened again when a filter goes.
        self._expanded_issues: set[int] = set()
        tree.expanded.connect(lambda index: self._remember_expansion(index, True))
        tree.collapsed.connect(lambda index: self._remember_expansion(index, False))

    def action_slots(self):
        return {
            ActionId.NEXT_ARTICLE: lambda: self.step_article(1),
            ActionId.PREVIOUS_ARTICLE: lambda: self.step_article(-1),
            ActionId.NEXT_ISSUE: lambda: self.step_issue(1),
            ActionId.PREVIOUS_ISSUE: lambda: self.step_issue(-1),
            ActionId.STAR: self.toggle_star,
            ActionId.MARK_UNREAD: self.mark_unread,
        }

    # ---- writes are refused with a word when the library is read-only ----

    def writable(self) -> bool:
        if self.db.read_only:
            self.notifier.status(
                self.tr("文库以只读方式打开：可以阅读、搜索和导出，不能修改。"), 6000
            )
        return not self.db.read_only

    # ---- the tree ----

    def on_tree_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        article_id = current.data(Role.ARTICLE_ID) if current.isValid() else None
        if article_id is not None:
            self.show_article(article_id)
        self.update_status()

    def select_article(self, article_id: int) -> None:
        source = self.tree_model.index_for_article(article_id)
        index = self.tree_proxy.mapFromSource(source)
        if not index.isValid():  # hidden by a filter: show everything again
            self._narrowing.clear()
            self.apply_filter()
            self.narrowingCleared.emit()
            index = self.tree_proxy.mapFromSource(source)
        self.tree.expand(index.parent())
        self.tree.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.tree.scrollTo(index)

    def select_first_article(self) -> None:
        allows = self.tree_proxy.allows
        first = next((i for i in self.tree_model.article_ids_in_order() if allows(i)), None)
        if first is not None:
            self.select_article(first)

    def show_issue(self, issue_id: int) -> None:
        """Open the first article of an issue (one just imported, say)."""
        issue = self.tree_model.index_for_issue(issue_id)
        first = self.tree_model.index(0, 0, issue) if issue.isValid() else QModelIndex()
        if first.isValid() and first.data(Role.ARTICLE_ID) is not None:
            self.select_article(first.data(Role.ARTICLE_ID))

    def narrow(self, by: str, ids: set[int] | None) -> None:
        """`by` ("tags", "search") lets the tree show only `ids` (None: no longer narrows)."""
        self._narrowing[by] = ids
        self.apply_filter()

    def apply_filter(self) -> None:
        """The tree shows the articles every narrowing allows."""
        allowed: set[int] | None = None
        for ids in self._narrowing.values():
            if ids is not None:
                allowed = set(ids) if allowed is None else allowed & ids
        self.tree_proxy.set_allowed(allowed)
        if allowed is None or len(allowed) > EXPAND_ALL_UP_TO:
            self.tree.expandToDepth(1)  # papers and years; opening thousands of issues helps no one
        else:
            self.tree.expandAll()
        if allowed is None:
            self._restore_expansion()
        if self.current is not None:
            index = self.tree_model.index_for_article(self.current.article.id)
            shown = self.tree_proxy.mapFromSource(index)
            if shown.isValid():  # the filter reset the tree: show the open article again
                self.tree.selectionModel().setCurrentIndex(
                    shown, QItemSelectionModel.SelectionFlag.ClearAndSelect
                )
            else:  # the open article is not among those listed: open the first that is
                self.select_first_article()
        self.update_status()

    def _remember_expansion(self, index: QModelIndex, expanded: bool) -> None:
        if self.tree_proxy.narrowed or index.data(Role.KIND) != NodeKind.ISSUE:
            return  # what a filter opens is the filter's, not the user's
        issue_id = index.data(Role.ISSUE_ID)
        if expanded:
            self._expanded_issues.add(issue_id)
        else:
            self._expanded_issues.discard(issue_id)

    def _restore_expansion(self) -> None:
        for issue_id in list(self._expanded_issues):
            index = self.tree_proxy.mapFromSource(self.tree_model.index_for_issue(issue_id))
            if index.isValid():
                self.tree.expand(index)
            else:
                self._expanded_issues.discard(issue_id)

    def visible_article_ids(self) -> list[int]:
        """The articles the tree shows, in its order (a list of ints: quick at any size)."""
        return [i for i in self.tree_model.article_ids_in_order() if self.tree_proxy.allows(i)]

    def step_article(self, step: int) -> None:
        ids = self.visible_article_ids()
        if not ids:
            return
        if self.current is None or self.current.article.id not in ids:
            self.select_article(ids[0])
            return
        position = ids.index(self.current.article.id) + step
        if 0 <= position < len(ids):
            self.select_article(ids[position])

    def page_text(self, step: int) -> None:
        """Space and Shift+Space wherever the focus is in the tree: the text a screen on or
        back; past the end of an article, the next one (as a book's next page)."""
        bar = self.reader.verticalScrollBar()
        if step > 0 and bar.value() >= bar.maximum():
            self.step_article(1)
            return
        action = QAbstractSlider.SliderAction
        bar.triggerAction(action.SliderPageStepAdd if step > 0 else action.SliderPageStepSub)

    def step_issue(self, step: int) -> None:
        ids = self.visible_article_ids()
        if not ids:
            return
        issue_of = {i: self.tree_model.issue_of(i).id for i in ids}
        order = list(dict.fromkeys(issue_of[i] for i in ids))
        now = issue_of.get(self.current.article.id) if self.current else None
        position = order.index(now) + step if now in order else 0
        if 0 <= position < len(order):
            self.select_article(next(i for i in ids if issue_of[i] == order[position]))

    # ---- the open article ----

    def show_article(self, article_id: int) -> None:
        view = get_article(self.db, article_id)
        if view is None:
            self.reader.show_message(self.tr("这篇文章已不在文库中。"))
            return
        self.current = view
        hits = find_hits(view.article.text, self.search_terms) if self.search_terms else []
        highlights = annotations.article_highlights(self.db, article_id)
        self.reader.show_article(view, highlights, hits, self._next_title(article_id))
        self.reader.set_marks(highlights, hits, self._head_hits(), 0)
        if hits:
            self.reader.scroll_to_offset(hits[0][0])
        if not self.db.read_only and not annotations.article_state(self.db, article_id).read:
            annotations.set_read(self.db, article_id)
            self.tree_model.update_article(article_id, read=True)
        self._announce_star()
        self.articleOpened.emit(view)

    def _next_title(self, article_id: int) -> str | None:
        """The label of the article after `article_id` in the tree as it shows (None: last)."""
        ids = self.visible_article_ids()
        position = ids.index(article_id) + 1 if article_id in ids else len(ids)
        if position >= len(ids):
            return None
        return self.tree_model.index_for_article(ids[position]).data()

    def refresh_marks(self, article_id: object = None) -> None:
        """Highlights and search hits of the open article drawn again (after a change to
        `article_id`'s highlights; None: any article's)."""
        if self.current is None or article_id not in (None, self.current.article.id):
            return
        text = self.current.article.text
        hits = find_hits(text, self.search_terms) if self.search_terms else []
        highlights = annotations.article_highlights(self.db, self.current.article.id)
        self.reader.set_marks(highlights, hits, self._head_hits(), 0)

    def _head_hits(self) -> list[tuple[int, int, int]]:
        """The search terms in the open article's kicker, headline and subtitle."""
        if not self.search_terms:
            return []
        return [
            (line, start, end)
            for line, text in enumerate(self.reader.head_texts)
            for start, end in find_hits(text, self.search_terms)
        ]

    def set_search_terms(self, terms: tuple[str, ...]) -> None:
        self.search_terms = terms
        self.refresh_marks()

    def toggle_star(self) -> None:
        if self.current is None or not self.writable():
            self._announce_star()  # a refused press leaves the star as it was
            return
        article_id = self.current.article.id
        state = annotations.article_state(self.db, article_id)
        annotations.set_starred(self.db, article_id, not state.starred)
        self.events.articleStateChanged.emit(article_id, state.read, not state.starred)

    def mark_unread(self) -> None:
        if self.current is None or not self.writable():
            return
        article_id = self.current.article.id
        annotations.set_read(self.db, article_id, False)
        starred = annotations.article_state(self.db, article_id).starred
        self.events.articleStateChanged.emit(article_id, False, starred)

    def on_state_changed(self, article_id: int, read: bool, starred: bool) -> None:
        self.tree_model.update_article(article_id, read=read, starred=starred)
        self.update_status()
        self._announce_star()

    def _announce_star(self) -> None:
        current = self.current
        state = None if current is None else annotations.article_state(self.db, current.article.id)
        self.starChanged.emit(state is not None and state.starred)

    def update_status(self) -> None:
        c = library.stats(self.db)
        self.counts.setText(
            " · ".join((
                self.tr("%n 种报纸", "", c.papers),
                self.tr("%n 期", "", c.issues),
                self.tr("%n 篇文章", "", c.articles),
                self.tr("%n 个标签", "", c.tags),
                self.tr("%n 处高亮", "", c.highlights),
                self.tr("%n 条批注", "", c.notes),
                *self._narrowed_count(),
            ))
        )  # fmt: skip
        if self.current is None:
            self.position.setText("")
            return
        shown = self.tree_proxy.allows if self.tree_proxy.narrowed else None
        number, total = self.tree_model.position_in_issue(self.current.article.id, shown)
        star = " ★" if annotations.article_state(self.db, self.current.article.id).starred else ""
        self.position.setText(
            self.tr("{paper} {date} · 第 {n}/{total} 篇{star}").format(
                paper=self.current.paper or "",
                date=self.current.date or "",
                n=number,
                total=total,
                star=star,
            )
        )

    def _narrowed_count(self) -> list[str]:
        """What the narrowed tree lists, said in the status bar (nothing when it lists all)."""
        if not self.tree_proxy.narrowed:
            return []
        return [self.tr("目录已筛选：显示 %n 篇", "", len(self.visible_article_ids()))]

    def close_article(self, message: str) -> None:
        """Show `message` in place of the open article (it is gone)."""
        self.current = None
        self.reader.show_message(message)

    # ---- the library under the tree changed ----

    def reload(self) -> None:
        """A re-parse rebuilds article rows: find the open article again by its stable key."""
        key = self.current.article.key if self.current else None
        self.tree_model.reload()
        self.tree.expandToDepth(1)
        found = article_by_key(self.db, key) if key else None
        if found is not None:
            self.select_article(found.article.id)
        elif key is not None:
            self.current = None
            self.reader.show_message(self.tr("这篇文章已不在文库中。"))
            self.articleOpened.emit(None)
        self.update_status()
