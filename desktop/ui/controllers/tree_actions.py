"""The tree's own actions: its context menu (correct an issue's paper and date, delete an issue;
star an article or mark it unread) and a double-click on an issue, which opens its details."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QTreeView

from desktop.services import library
from desktop.services.errors import InvalidInput
from desktop.services.exports import formats_for
from desktop.ui.controllers.base import Controller, WindowServices
from desktop.ui.controllers.reading import ReadingController
from desktop.ui.error_text import input_error_text
from desktop.ui.models.issue_tree import NodeKind, Role
from desktop.ui.views.issue_dialog import IssueDialog


class TreeActions(Controller):
    deleted = Signal()  # an issue was deleted: undo steps may refer to what it held
    referencesRequested = Signal(int, str)  # an issue's articles as references, in this format
    briefingRequested = Signal(int)  # a briefing of an issue's articles
    selectionReferencesRequested = Signal(str)  # the chosen articles as references, this format

    def __init__(
        self,
        services: WindowServices,
        reading: ReadingController,
        tree: QTreeView,
        article_actions: list[QAction],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(services, parent)
        self.reading, self.tree = reading, tree
        self.article_actions = article_actions  # the menu on an article (star, mark unread)

    def tree_menu(self, point) -> None:
        index = self.tree.indexAt(point)
        if not index.isValid():
            return
        menu = QMenu(self.tree)
        kind = index.data(Role.KIND)
        if kind == NodeKind.ISSUE:
            issue_id = index.data(Role.ISSUE_ID)
            menu.addAction(self.tr("编辑期刊信息…"), lambda: self.edit_issue(issue_id))
            menu.addAction(self.tr("删除本期…"), lambda: self.delete_issue(issue_id))
            menu.addSeparator()
            references = menu.addMenu(self.tr("导出本期的参考文献"))
            for name, fmt in formats_for("references").items():
                references.addAction(
                    f"{fmt.label}…", lambda n=name: self.referencesRequested.emit(issue_id, n)
                )
            menu.addAction(
                self.tr("用本期文章制作简报…"), lambda: self.briefingRequested.emit(issue_id)
            )
        elif kind == NodeKind.ARTICLE:
            menu.addActions(self.article_actions)
            menu.addSeparator()
            references = menu.addMenu(self.tr("导出所选文章的参考文献"))
            for name, fmt in formats_for("references").items():
                references.addAction(
                    f"{fmt.label}…", lambda n=name: self.selectionReferencesRequested.emit(n)
                )
        else:
            return
        menu.exec(self.tree.viewport().mapToGlobal(point))

    def on_tree_double_click(self, index: QModelIndex) -> None:
        if index.data(Role.KIND) == NodeKind.ISSUE:
            self.edit_issue(index.data(Role.ISSUE_ID))

    def edit_issue(self, issue_id: int) -> None:
        if not self.reading.writable():
            return
        issue = next((r for r in library.list_issues(self.db) if r.id == issue_id), None)
        if issue is None:
            return
        dialog = IssueDialog(issue, self.tree.window())
        if dialog.exec() != IssueDialog.DialogCode.Accepted:
            return
        try:
            library.edit_issue(
                self.db, issue_id, paper=dialog.paper.text(), date=dialog.date.text()
            )
        except InvalidInput as problem:  # the dialog checked both; the library has the last word
            self.notifier.warn(self.tr("编辑期刊信息"), input_error_text(problem))
            return
        self.events.libraryReloaded.emit()

    def delete_issue(self, issue_id: int) -> None:
        if not self.reading.writable():
            return
        if not self.notifier.ask(
            self.tr("删除本期"),
            self.tr("从文库中删除这一期？它的高亮、批注和标签会先另存到一个文件中。"),
        ):
            return
        saved = library.delete_issue(self.db, issue_id, self.ctx.data_dir / "deleted")
        self.reading.close_article(
            self.tr("这一期已删除。它的批注已保存到：\n{path}").format(path=saved)
        )
        self.deleted.emit()
        self.events.libraryReloaded.emit()
