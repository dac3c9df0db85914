"""The library as a tree: paper → year → issue → articles, with unread counts and stars."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from desktop.domain.kinds import BY_NAME
from desktop.services.articles import ArticleRow, get_article, list_articles
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


@dataclass(eq=False, slots=True)
class Node:
    kind: NodeKind
    label: str
    parent: Node | None = None
    children: list[Node] = field(default_factory=list)
    issue: IssueRow | None = None
    article: ArticleRow | None = None
    row: int = 0  # its place among its parent's children: Qt asks for it constantly
    loaded: bool = True  # an issue's article nodes are made when first asked for

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
        if not self.loaded and self.issue is not None:
            return self.issue.unread  # counted by the library's listing
        return sum(child.unread for child in self.children)


EAGER_ISSUES = 8  # a walk over the articles asks issue by issue this far, then for all at once


class IssueTreeModel(QAbstractItemModel):
    """Papers, years and issues are made at once (one small listing); an issue's articles when
    it is first opened or asked about. Every count is right before that: the issues' listing
    counts their articles and unread ones. Rows are never inserted later: an issue has its
    articles from the start as far as Qt can tell, they are only made on demand."""

    def __init__(self, db: Database, parent=None) -> None:
        super().__init__(parent)
        self._db = db
        self._root = Node(NodeKind.PAPER, "")
        self._articles: dict[int, Node] = {}
        self._issues: dict[int, Node] = {}
        # Articles read but not yet made into nodes, per issue (the same order as the tree's),
        # and the issue of every article once the whole library's list was read.
        self._rows: dict[int, list[ArticleRow]] = {}
        self._issue_of: dict[int, int] | None = None
        self.reload()

    # ---- building ----

    def reload(self) -> None:
        self.beginResetModel()
        self._root = Node(NodeKind.PAPER, "")
        self._articles.clear()
        self._issues.clear()
        self._rows.clear()
        self._issue_of = None
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
                Node(
                    NodeKind.ISSUE, issue.date or issue.source_name, year, issue=issue,
                    loaded=issue.articles == 0,
                )
            )  # fmt: skip
            self._issues[issue.id] = node
        self._root.sort_children()
        for paper in self._root.children:
            paper.sort_children(reverse=True)
        self.endResetModel()

    def _issue_rows(self, node: Node) -> list[ArticleRow]:
        """The articles of an issue not made into nodes yet, read once."""
        assert node.issue is not None
        rows = self._rows.get(node.issue.id)
        if rows is None:
            rows = self._rows[node.issue.id] = list_articles(self._db, node.issue.id)
        return rows

    def _read_all(self) -> dict[int, int]:
        """Every article's issue, from one listing of the library (quicker than one per issue
        when most are wanted); the rows are kept for the issues not yet made."""
        if self._issue_of is None:
            by_issue: dict[int, list[ArticleRow]] = {}
            for row in list_articles(self._db):
                by_issue.setdefault(row.issue_id, []).append(row)
            for issue_id, node in self._issues.items():
                if not node.loaded:
                    self._rows[issue_id] = by_issue.get(issue_id, [])
            self._issue_of = {row.id: row.issue_id for rows in by_issue.values() for row in rows}
        return self._issue_of

    def _children(self, node: Node) -> list[Node]:
        if not node.loaded:
            words = label_words()
            for article in self._issue_rows(node):
                child = node.adopt(
                    Node(NodeKind.ARTICLE, article.label_in(words), node, article=article)
                )
                self._articles[article.id] = child
            node.loaded = True
            self._rows.pop(node.issue.id, None)  # type: ignore[union-attr]
        return node.children

    def _article_node(self, article_id: int) -> Node | None:
        node = self._articles.get(article_id)
        if node is not None:
            return node
        if self._issue_of is not None:
            issue_id = self._issue_of.get(article_id)
        else:  # one article asked for (the one to open): its own row says where it is
            view = get_article(self._db, article_id)
            issue_id = view.issue_id if view is not None else None
        issue = self._issues.get(issue_id) if issue_id is not None else None
        if issue is None:
            return None
        self._children(issue)
        return self._articles.get(article_id)

    def update_article(
        self, article_id: int, *, read: bool | None = None, starred: bool | None = None
    ) -> None:
        """Show a changed read/starred state, and the unread counts above it."""
        node = self._article_node(article_id)
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
        node = self._article_node(article_id)
        return self.createIndex(node.row, 0, node) if node else QModelIndex()

    def index_for_issue(self, issue_id: int) -> QModelIndex:
        node = self._issues.get(issue_id)
        return self.createIndex(node.row, 0, node) if node else QModelIndex()

    def article_ids_in_order(self) -> Iterator[int]:
        """Every article id in the tree's order, lazily: a caller after the first few stops
        early, which matters at tens of thousands of articles. Issues not opened yet are read
        without making their nodes."""

        def walk(node: Node, asked: list[int]) -> Iterator[int]:
            for child in node.children:
                if child.kind == NodeKind.ISSUE:
                    if child.loaded:
                        rows = [n.article for n in child.children if n.article]
                    else:
                        asked[0] += 1
                        if asked[0] > EAGER_ISSUES:
                            self._read_all()
                        rows = self._issue_rows(child)
                    for row in rows:
                        yield row.id
                else:
                    yield from walk(child, asked)

        return walk(self._root, [0])

    def node_at(self, row: int, parent: Index) -> Node | None:
        children = self._children(self._node(parent))
        return children[row] if 0 <= row < len(children) else None

    def with_ancestors(self, article_ids: set[int]) -> set[Node]:
        """The issues of these articles and every node above them (their article nodes are
        not made for this)."""
        issue_of = self._read_all()
        shown: set[Node] = set()
        for issue_id in {issue_of[i] for i in article_ids if i in issue_of}:
            node: Node | None = self._issues[issue_id]
            while node is not None and node not in shown:
                shown.add(node)
                node = node.parent
        return shown

    def counts_under(self, article_ids: set[int]) -> dict[Node, int]:
        """How many of these articles each paper, year and issue holds, whether or not the
        issue has been opened (a closed issue has no article nodes to count)."""
        issue_of = self._read_all()
        per_issue = Counter(issue_of[i] for i in article_ids if i in issue_of)
        counts: dict[Node, int] = {}
        for issue_id, number in per_issue.items():
            node: Node | None = self._issues[issue_id]
            while node is not None:
                counts[node] = counts.get(node, 0) + number
                node = node.parent
        return counts

    def papers(self) -> list[str]:
        """The papers in the library, from the issues already loaded."""
        return sorted({n.issue.paper for n in self._issues.values() if n.issue and n.issue.paper})

    def issue_of(self, article_id: int) -> IssueRow | None:
        node = self._article_node(article_id)
        return node.parent.issue if node and node.parent else None

    def position_in_issue(
        self, article_id: int, shown: Callable[[int], bool] | None = None
    ) -> tuple[int, int]:
        """The article's place among its issue's articles, and their number; among those
        `shown` lets through, if given (a narrowed tree counts what it lists)."""
        node = self._article_node(article_id)
        if node is None or node.parent is None:
            return 0, 0
        if shown is None:
            return node.row + 1, len(node.parent.children)
        ids = [c.article.id for c in node.parent.children if c.article and shown(c.article.id)]
        return (ids.index(article_id) + 1 if article_id in ids else 0), len(ids)

    # ---- the model interface ----

    def _node(self, index: Index) -> Node:
        return index.internalPointer() if index.isValid() else self._root

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        children = self._children(self._node(parent))
        if column != 0 or not 0 <= row < len(children):
            return QModelIndex()
        return self.createIndex(row, column, children[row])

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
        node = self._node(parent)
        return node.issue.articles if not node.loaded and node.issue else len(node.children)

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return self.rowCount(parent) > 0

    # An issue not yet opened says it can fetch more: Qt's filter proxy then answers
    # hasChildren without mapping (and so making) the articles of every issue it paints.
    def canFetchMore(self, parent: Index) -> bool:
        return parent.isValid() and not self._node(parent).loaded

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid():
            self._children(self._node(parent))

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
                kind = BY_NAME.get(article.kind)
                name = kind.icon if kind is not None else None
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
