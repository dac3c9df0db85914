"""Every highlight and note in the library, as a table."""

from __future__ import annotations

from enum import IntEnum
from typing import ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor

from desktop.services.annotations import AnnotationRow
from desktop.ui.models.rows import RowTableModel


class NoteRole(IntEnum):
    HIGHLIGHT_ID = Qt.ItemDataRole.UserRole + 1
    ARTICLE_ID = Qt.ItemDataRole.UserRole + 2
    ORPHANED = Qt.ItemDataRole.UserRole + 3


class AnnotationsModel(RowTableModel):
    """Rows: AnnotationRow; the quote's cell has the highlight's colour."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("AnnotationsModel", "摘录"),
        QT_TRANSLATE_NOOP("AnnotationsModel", "批注"),
        QT_TRANSLATE_NOOP("AnnotationsModel", "文章"),
        QT_TRANSLATE_NOOP("AnnotationsModel", "报纸"),
        QT_TRANSLATE_NOOP("AnnotationsModel", "日期"),
    )

    FIELDS: ClassVar[dict[int, str]] = {NoteRole.ARTICLE_ID: "article_id"}

    def __init__(self, colors: dict[str, str], parent=None) -> None:
        super().__init__(parent)
        self.colors = colors

    def row_data(self, row: AnnotationRow, role: int, column: int):
        h = row.highlight
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
        if role == NoteRole.ORPHANED:
            return h.orphaned
        return None
