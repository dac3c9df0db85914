"""The library as a tree: paper → year → issue → articles, with unread counts and stars."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont

from desktop.services.articles import ArticleRow, list_articles
from desktop.services.library import IssueRow, list_issues
from desktop.store.database import Database
from desktop.ui import icons
from desktop.ui.labels import label_words

Index = QModelIndex | QPersistentModelIndex


class NodeKind(IntEnum):
    PAPER = 1
    YEAR = 2
    ISSUE = 3
    ARTICLE = 4


class Role(IntEnum):
    KIND = Qt.ItemDataRole.UserRole + 1  # NodeKind
    ARTICLE_ID = Qt.ItemDataRole.UserRole + 2
    ISSUE_ID = Qt.ItemDataRole.UserRole + 3
    UNREAD = Qt.ItemDataRole.UserRole + 4
    STARRED = Qt.ItemDataRole.UserRole + 5
    ARTICLE_KIND = Qt.ItemDataRole.UserRole + 6


_KIND_ICONS = {
    "photo": "fa5s.image",
    "brief": "fa5s.list-ul",
    "continuation": "fa5s.level-up-alt",
    "teaser": "fa5s.bookmark",
}


@dataclass(eq=False, slots=True)
class Node:
    kind: NodeKind
    label: str
    parent: Node | None = None
    children: list[Node] = field(default_factory=list)
    issue: IssueRow | None = None
    article: ArticleRow | None = None
    row: int = 0  # its place among its parent's children: Qt asks for it constantly

    def adopt(self, child: Node) -> Node:
        child.row = len(self.children)
        self.children.append(child)
        return child

    def sort_children(self, *, reverse: bool = False) -> None:
        self.children.sort(key=lambda n: n.label, reverse=reverse)
        for number, child in enumerate(self.children):
            child.row = number

    @property
    def unread(self) -> int:
        if self.kind == NodeKind.ARTICLE:
            return 0 if self.article is None or self.article.read else 1
        return sum(child.unread for child in self.children)


class IssueTreeModel(QAbstractItemModel):
    def __init__(self, db: Database, parent=None) -> None:
        super().__init__(parent)
        self._db = db
        self._root = Node(NodeKind.PAPER, "")
        self._articles: dict[int, Node] = {}
        self._issues: dict[int, Node] = {}
        self.reload()

    # ---- building ----

    def reload(self) -> None:
        self.beginResetModel()
        self._root = Node(NodeKind.PAPER, "")
        self._articles.clear()
        self._issues.clear()
        words = label_words()
        by_issue: dict[int, list[ArticleRow]] = {}
        for row in list_articles(self._db):
            by_issue.setdefault(row.issue_id, []).append(row)
        papers: dict[str, Node] = {}
        years: dict[tuple[str, str], Node] = {}
        for issue in list_issues(self._db):
            paper_name = issue.paper or self.tr("未知报纸")
            paper = papers.get(paper_name)
            if paper is None:
                paper = papers[paper_name] = self._root.adopt(
                    Node(NodeKind.PAPER, paper_name, self._root)
                )
            year_label = issue.date[:4] if issue.date else self.tr("日期未知")
            year = years.get((paper_name, year_label))
            if year is None:
                year = years[(paper_name, year_label)] = paper.adopt(
                    Node(NodeKind.YEAR, year_label, paper)
                )
            node = year.adopt(
                Node(NodeKind.ISSUE, issue.date or issue.source_name, year, issue=issue)
            )
            self._issues[issue.id] = node
            for article in by_issue.get(issue.id, []):
                child = node.adopt(
                    Node(NodeKind.ARTICLE, article.label_in(words), node, article=article)
                )
                self._articles[article.id] = child
        self._root.sort_children()
        for paper in self._root.children:
            paper.sort_children(reverse=True)
        self.endResetModel()

    def update_article(
        self, article_id: int, *, read: bool | None = None, starred: bool | None = None
    ) -> None:
        """Show a changed read/starred state, and the unread counts above it."""
        node = self._articles.get(article_id)
        if node is None or node.article is None:
            return
        changes = {}
        if read is not None:
            changes["read"] = read
        if starred is not None:
            changes["starred"] = starred
        node.article = node.article._replace(**changes)
        current: Node | None = node
        while current is not None and current is not self._root:
            index = self.createIndex(current.row, 0, current)
            self.dataChanged.emit(index, index)
            current = current.parent

    # ---- lookups ----

    def index_for_article(self, article_id: int) -> QModelIndex:
        node = self._articles.get(article_id)
        return self.createIndex(node.row, 0, node) if node else QModelIndex()

    def index_for_issue(self, issue_id: int) -> QModelIndex:
        node = self._issues.get(issue_id)
        return self.createIndex(node.row, 0, node) if node else QModelIndex()

    def article_ids_in_order(self) -> Iterator[int]:
        """Every article id in the tree's order, lazily: a caller after the first few stops
        early, which matters at tens of thousands of articles."""

        def walk(node: Node) -> Iterator[int]:
            for child in node.children:
                if child.kind == NodeKind.ARTICLE and child.article:
                    yield child.article.id
                else:
                    yield from walk(child)

        return walk(self._root)

    def node_at(self, row: int, parent: Index) -> Node | None:
        children = self._node(parent).children
        return children[row] if 0 <= row < len(children) else None

    def with_ancestors(self, article_ids: set[int]) -> set[Node]:
        """The nodes of these articles and every node above them."""
        shown: set[Node] = set()
        for article_id in article_ids:
            node: Node | None = self._articles.get(article_id)
            while node is not None and node not in shown:
                shown.add(node)
                node = node.parent
        return shown

    def papers(self) -> list[str]:
        """The papers in the library, from the issues already loaded."""
        return sorted({n.issue.paper for n in self._issues.values() if n.issue and n.issue.paper})

    def issue_of(self, article_id: int) -> IssueRow | None:
        node = self._articles.get(article_id)
        return node.parent.issue if node and node.parent else None

    def position_in_issue(self, article_id: int) -> tuple[int, int]:
        node = self._articles.get(article_id)
        if node is None or node.parent is None:
            return 0, 0
        return node.row + 1, len(node.parent.children)

    # ---- the model interface ----

    def _node(self, index: Index) -> Node:
        return index.internalPointer() if index.isValid() else self._root

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        node = self._node(parent)
        if column != 0 or not 0 <= row < len(node.children):
            return QModelIndex()
        return self.createIndex(row, column, node.children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        node: Node = index.internalPointer()
        parent = node.parent
        if parent is None or parent is self._root:
            return QModelIndex()
        return self.createIndex(parent.row, 0, parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.column() > 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        node: Node = index.internalPointer()
        article = node.article
        if role == Qt.ItemDataRole.DisplayRole:
            if node.kind == NodeKind.ARTICLE:
                return node.label
            unread = node.unread
            return f"{node.label}  ({unread})" if unread else node.label
        if role == Qt.ItemDataRole.ToolTipRole:
            if node.kind == NodeKind.ISSUE and node.issue:
                issue = node.issue
                text = self.tr("{paper} · {date} · 来源文件 {file} · %n 篇", "", issue.articles)
                return text.format(
                    paper=issue.paper or "?", date=issue.date or "?", file=issue.source_name
                )
            return node.label
        if role == Qt.ItemDataRole.FontRole and node.unread:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.DecorationRole:
            if article is not None:
                if article.starred:
                    return icons.icon("fa5s.star", "#f59f00")
                name = _KIND_ICONS.get(article.kind)
                return icons.icon(name) if name else icons.icon("fa5.file-alt")
            if node.kind == NodeKind.PAPER:
                return icons.icon("fa5s.newspaper")
            return None
        if role == Role.KIND:
            return int(node.kind)
        if role == Role.ARTICLE_ID:
            return article.id if article else None
        if role == Role.ISSUE_ID:
            if node.issue:
                return node.issue.id
            return article.issue_id if article else None
        if role == Role.UNREAD:
            return node.unread
        if role == Role.STARRED:
            return bool(article and article.starred)
        if role == Role.ARTICLE_KIND:
            return article.kind if article else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class ArticleFilterProxy(QSortFilterProxyModel):
    """Narrows the tree to a set of articles (a tag filter, a search); None shows all.

    The rows to keep — the articles and everything above them — are worked out once per filter
    from the source tree, so each row is a set lookup; Qt's recursive filtering would ask about
    every article of every issue, tens of thousands of Python calls at a large library."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._allowed: set[int] | None = None
        self._shown: set[Node] | None = None  # computed when first asked, after each change

    def setSourceModel(self, model) -> None:  # type: ignore[override]
        super().setSourceModel(model)
        model.modelAboutToBeReset.connect(self._forget)

    def _forget(self) -> None:
        self._shown = None

    def set_allowed(self, ids: set[int] | None) -> None:
        # A reset, not an incremental filter change: moving thousands of expanded rows in and
        # out one parent at a time costs Qt millions of parent() calls; a reset maps afresh.
        self.beginResetModel()
        self._allowed = ids
        self._shown = None
        self.endResetModel()

    @property
    def narrowed(self) -> bool:
        return self._allowed is not None

    def allows(self, article_id: int) -> bool:
        return self._allowed is None or article_id in self._allowed

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        if self._allowed is None:
            return True
        model: IssueTreeModel = self.sourceModel()  # type: ignore[assignment]
        if self._shown is None:
            self._shown = model.with_ancestors(self._allowed)
        return model.node_at(row, parent) in self._shown
