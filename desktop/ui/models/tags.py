"""Tags as list models: every tag with its count and colour, an article's tags, suggestions."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QIcon, QPixmap

from desktop.nlp import TopicSuggestion
from desktop.services.tags import TagInfo

Index = QModelIndex | QPersistentModelIndex


class TagRole(IntEnum):
    NAME = Qt.ItemDataRole.UserRole + 1
    COLOR = Qt.ItemDataRole.UserRole + 2
    COUNT = Qt.ItemDataRole.UserRole + 3
    TRIGGERS = Qt.ItemDataRole.UserRole + 4


def swatch(color: str, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


class TagListModel(QAbstractListModel):
    """Tags with their colour; `show_counts` adds how many articles carry each."""

    def __init__(self, *, show_counts: bool, parent=None) -> None:
        super().__init__(parent)
        self._tags: list[TagInfo] = []
        self._show_counts = show_counts

    def set_tags(self, tags: list[TagInfo]) -> None:
        self.beginResetModel()
        self._tags = list(tags)
        self.endResetModel()

    def names(self) -> list[str]:
        return [t.name for t in self._tags]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._tags)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._tags):
            return None
        tag = self._tags[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return (
                f"{tag.name}  {tag.count}"
                if self._show_counts and role == Qt.ItemDataRole.DisplayRole
                else tag.name
            )
        if role == Qt.ItemDataRole.DecorationRole:
            return swatch(tag.color)
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate("Tags", "{name}：%n 篇文章", None, tag.count).format(
                name=tag.name
            )
        if role == TagRole.NAME:
            return tag.name
        if role == TagRole.COLOR:
            return tag.color
        if role == TagRole.COUNT:
            return tag.count
        return None


class SuggestionModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._items: list[TopicSuggestion] = []

    def set_suggestions(self, items: list[TopicSuggestion]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        triggers = "、".join(item.triggers[:4])
        if role == Qt.ItemDataRole.DisplayRole:
            return f"＋ {item.topic}  ·  {triggers}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate("Tags", "点击采用“{topic}”。依据：{words}").format(
                topic=item.topic, words="、".join(item.triggers)
            )
        if role == Qt.ItemDataRole.DecorationRole:
            return swatch(item.color)
        if role == TagRole.NAME:
            return item.topic
        if role == TagRole.COLOR:
            return item.color
        if role == TagRole.TRIGGERS:
            return list(item.triggers)
        return None
