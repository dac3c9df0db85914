"""Tags as list models: every tag with its count and colour, an article's tags, suggestions."""

from __future__ import annotations

from enum import IntEnum
from typing import ClassVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QIcon, QPixmap

from desktop.nlp import TopicSuggestion
from desktop.services.tags import TagInfo
from desktop.ui.models.rows import RowListModel


class TagRole(IntEnum):
    NAME = Qt.ItemDataRole.UserRole + 1
    COLOR = Qt.ItemDataRole.UserRole + 2
    COUNT = Qt.ItemDataRole.UserRole + 3
    TRIGGERS = Qt.ItemDataRole.UserRole + 4


def swatch(color: str, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


class TagListModel(RowListModel):
    """Rows: TagInfo, shown with their colour; `show_counts` adds how many articles carry each."""

    FIELDS: ClassVar[dict[int, str]] = {
        TagRole.NAME: "name",
        TagRole.COLOR: "color",
        TagRole.COUNT: "count",
    }

    def __init__(self, *, show_counts: bool, parent=None) -> None:
        super().__init__(parent)
        self._show_counts = show_counts

    def names(self) -> list[str]:
        return [t.name for t in self._rows]

    def row_data(self, tag: TagInfo, role: int, column: int):
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
        return None


class SuggestionModel(RowListModel):
    """Rows: TopicSuggestion, a topic the article's words point to, not yet a tag of it."""

    FIELDS: ClassVar[dict[int, str]] = {TagRole.NAME: "topic", TagRole.COLOR: "color"}

    def row_data(self, item: TopicSuggestion, role: int, column: int):
        triggers = "、".join(item.triggers[:4])
        if role == Qt.ItemDataRole.DisplayRole:
            return f"＋ {item.topic}  ·  {triggers}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate("Tags", "点击采用“{topic}”。依据：{words}").format(
                topic=item.topic, words="、".join(item.triggers)
            )
        if role == Qt.ItemDataRole.DecorationRole:
            return swatch(item.color)
        if role == TagRole.TRIGGERS:
            return list(item.triggers)
        return None
