"""Search results as a list model; the delegate draws the snippet with its hits marked."""

from __future__ import annotations

import html
from enum import IntEnum
from typing import ClassVar

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop.services.search import SearchHit, find_hits
from desktop.ui.labels import label_words
from desktop.ui.models.rows import RowListModel

Index = QModelIndex | QPersistentModelIndex


class HitRole(IntEnum):
    ARTICLE_ID = Qt.ItemDataRole.UserRole + 1
    RICH = Qt.ItemDataRole.UserRole + 2  # escaped HTML with the hits marked


def marked_html(text: str, marks: tuple[tuple[int, int], ...], color: str) -> str:
    """The snippet as HTML: every piece escaped (text is data), the hits wrapped."""
    out, pos = [], 0
    for start, end in marks:
        if start < pos:
            continue
        out.append(html.escape(text[pos:start]))
        out.append(f'<span style="background:{color}">{html.escape(text[start:end])}</span>')
        pos = end
    out.append(html.escape(text[pos:]))
    return "".join(out)


class SearchResultsModel(RowListModel):
    """Rows: SearchHit, with the hits in its headline and snippet marked."""

    FIELDS: ClassVar[dict[int, str]] = {HitRole.ARTICLE_ID: "article_id"}

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._words = label_words()
        self.mark_color = "#ffa94d"

    def set_rows(self, rows: list[SearchHit]) -> None:
        self._words = label_words()  # the kind names of the interface's language
        super().set_rows(rows)

    def row_data(self, hit: SearchHit, role: int, column: int):
        title = hit.label_in(self._words)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{title}\n{hit.snippet}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{hit.paper or '?'} · {hit.date or '?'} · {title}"
        if role == HitRole.RICH:
            meta = html.escape(f"{hit.paper or '?'} · {hit.date or '?'}")
            return (
                f"<b>{marked_html(title, tuple(find_hits(title, hit.terms)), self.mark_color)}</b>"
                f" <span class='meta'>{meta}</span><br>"
                + marked_html(hit.snippet, hit.marks, self.mark_color)
            )
        return None


class RichTextDelegate(QStyledItemDelegate):
    """Draws an item's HitRole.RICH HTML (already escaped) in two lines."""

    def _document(self, option: QStyleOptionViewItem, index: Index) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        # The paper and date are muted, but readable on a selected row too.
        selected = option.state & QStyle.StateFlag.State_Selected
        role = (
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )
        text = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        doc.setDefaultStyleSheet(
            f"body {{ color: {option.palette.color(text).name()}; }} "
            f".meta {{ color: {option.palette.color(role).name()}; }}"
        )
        doc.setHtml(index.data(HitRole.RICH) or "")
        doc.setTextWidth(max(option.rect.width() - 8, 100))
        return doc

    def paint(self, painter, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        doc = self._document(option, index)
        painter.save()
        painter.translate(option.rect.left() + 4, option.rect.top() + 3)
        doc.drawContents(painter)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        self.initStyleOption(option, index)
        doc = self._document(option, index)
        return QSize(int(doc.idealWidth()), int(doc.size().height()) + 6)
