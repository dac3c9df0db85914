"""The issue tree narrowed to a set of articles (a tag filter, a search, chosen people), with
the counts of what it shows."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from desktop.ui.models.issue_tree import IssueTreeModel, Node, NodeKind

Index = QModelIndex | QPersistentModelIndex


class ArticleFilterProxy(QSortFilterProxyModel):
    """Narrows the tree to a set of articles (a tag filter, a search); None shows all.

    The rows to keep — the articles and everything above them — are worked out once per filter
    from the source tree, so each row is a set lookup; Qt's recursive filtering would ask about
    every article of every issue, tens of thousands of Python calls at a large library."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._allowed: set[int] | None = None
        self._shown: set[Node] | None = None  # computed when first asked, after each change
        self._counts: dict[Node, int] | None = None  # allowed articles under each node, likewise

    def setSourceModel(self, model) -> None:  # type: ignore[override]
        super().setSourceModel(model)
        model.modelAboutToBeReset.connect(self._forget)

    def _forget(self) -> None:
        self._shown = None
        self._counts = None

    def set_allowed(self, ids: set[int] | None) -> None:
        # A reset, not an incremental filter change: moving thousands of expanded rows in and
        # out one parent at a time costs Qt millions of parent() calls; a reset maps afresh.
        self.beginResetModel()
        self._allowed = ids
        self._shown = None
        self._counts = None
        self.endResetModel()

    @property
    def narrowed(self) -> bool:
        return self._allowed is not None

    def allows(self, article_id: int) -> bool:
        return self._allowed is None or article_id in self._allowed

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        """A narrowed tree counts the articles it shows under a paper, year or issue (not the
        library's unread ones, which would not add up to what is listed)."""
        if self._allowed is None or role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return super().data(index, role)
        node: Node = self.mapToSource(index).internalPointer()
        if node.kind == NodeKind.ARTICLE:
            return node.label
        if self._counts is None:
            self._counts = self.sourceModel().counts_under(self._allowed)
        return f"{node.label}  ({self._counts.get(node, 0)})"

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        if self._allowed is None:
            return True
        model: IssueTreeModel = self.sourceModel()  # type: ignore[assignment]
        if self._shown is None:
            self._shown = model.with_ancestors(self._allowed)
        node = model.node_at(row, parent)
        if node is not None and node.article is not None:
            return node.article.id in self._allowed
        return node in self._shown
