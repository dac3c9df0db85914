"""Every highlight and note in the library, as a table."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from desktop.services.annotations import AnnotationRow

Index = QModelIndex | QPersistentModelIndex


class NoteRole(IntEnum):
    HIGHLIGHT_ID = Qt.ItemDataRole.UserRole + 1
    ARTICLE_ID = Qt.ItemDataRole.UserRole + 2
    ORPHANED = Qt.ItemDataRole.UserRole + 3


class AnnotationsModel(QAbstractTableModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("AnnotationsModel", "摘录"),
        QT_TRANSLATE_NOOP("AnnotationsModel", "批注"),
        QT_TRANSLATE_NOOP("AnnotationsModel", "文章"),
        QT_TRANSLATE_NOOP("AnnotationsModel", "报纸"),
        QT_TRANSLATE_NOOP("AnnotationsModel", "日期"),
    )

    def __init__(self, colors: dict[str, str], parent=None) -> None:
        super().__init__(parent)
        self._rows: list[AnnotationRow] = []
        self.colors = colors

    def set_rows(self, rows: list[AnnotationRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> AnnotationRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        h = row.highlight
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                quote = " ".join(h.quote.split())
                return (self.tr("【未定位】") if h.orphaned else "") + quote
            return [None, h.note or "", row.article_title or "", row.paper or "", row.date or ""][
                column
            ]
        if role == Qt.ItemDataRole.ToolTipRole:
            return h.quote + (f"\n\n{h.note}" if h.note else "")
        if role == Qt.ItemDataRole.BackgroundRole and column == 0:
            return QColor(self.colors.get(h.color, "#ffe066"))
        if role == NoteRole.HIGHLIGHT_ID:
            return h.id
        if role == NoteRole.ARTICLE_ID:
            return row.article_id
        if role == NoteRole.ORPHANED:
            return h.orphaned
        return None
