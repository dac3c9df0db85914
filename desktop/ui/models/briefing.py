"""The articles of a briefing being made, in the order they will be printed: added from the
tree, a search or a tag (each article once), moved up and down, taken out."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import ClassVar

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt

from desktop.ui.models.rows import RowListModel


@dataclass(frozen=True)
class BriefingRow:
    article_id: int
    title: str
    source: str  # 报名 · 日期 · 版次 · 作者
    marks: int  # how many passages the user highlighted


class BriefingRole(IntEnum):
    ARTICLE_ID = Qt.ItemDataRole.UserRole + 1
    TITLE = Qt.ItemDataRole.UserRole + 2
    SOURCE = Qt.ItemDataRole.UserRole + 3
    MARKS = Qt.ItemDataRole.UserRole + 4


class BriefingModel(RowListModel):
    """Rows: BriefingRow, in the briefing's order."""

    FIELDS: ClassVar[dict[int, str]] = {
        BriefingRole.ARTICLE_ID: "article_id",
        BriefingRole.TITLE: "title",
        BriefingRole.SOURCE: "source",
        BriefingRole.MARKS: "marks",
    }

    def row_data(self, row: BriefingRow, role: int, column: int):
        if role == Qt.ItemDataRole.DisplayRole:
            number = self._rows.index(row) + 1
            source = row.source
            if row.marks:
                marks = QCoreApplication.translate("Briefing", "%n 处高亮", None, row.marks)
                source = f"{source} · {marks}"
            return f"{number}．{row.title}\n{source}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{row.title}\n{row.source}"
        return None

    def article_ids(self) -> list[int]:
        return [row.article_id for row in self._rows]

    def add(self, rows: list[BriefingRow]) -> int:
        """Append the rows not in the briefing yet; how many were added."""
        have = set(self.article_ids())
        new = []
        for r in rows:
            if r.article_id not in have:
                have.add(r.article_id)
                new.append(r)
        if new:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(new) - 1)
            self._rows += new
            self.endInsertRows()
        return len(new)

    def move(self, row: int, step: int) -> int:
        """Move a row up (-1) or down (1); the row it is now at (unchanged at either end)."""
        to = row + step
        if not (0 <= row < len(self._rows) and 0 <= to < len(self._rows)):
            return row
        # beginMoveRows names the row the moved one goes before: one further when moving down.
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), to + 1 if step > 0 else to)
        self._rows.insert(to, self._rows.pop(row))
        self.endMoveRows()
        self._renumber()
        return to

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()
            self._renumber()

    def _renumber(self) -> None:
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, 0),
                [Qt.ItemDataRole.DisplayRole],
            )  # fmt: skip
