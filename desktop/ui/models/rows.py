"""The base of the window's flat models: rows held as a Python list, replaced in one reset,
and a subclass that says what one row shows for each role (`row_data`)."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex


class _Rows:
    """What the list and the table models share; mixed in before the Qt base class."""

    _rows: list[Any]
    # Named roles that show one attribute of the row as it is: role → attribute name.
    FIELDS: ClassVar[dict[int, str]] = {}

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()  # type: ignore[attr-defined]
        self._rows = list(rows)
        self.endResetModel()  # type: ignore[attr-defined]

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rows(self) -> list[Any]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in self.FIELDS:
            return getattr(row, self.FIELDS[role])
        return self.row_data(row, role, index.column())

    def row_data(self, row: Any, role: int, column: int) -> Any:
        """What `row` shows for `role` in `column`, for the roles FIELDS does not name."""
        return None


class RowListModel(_Rows, QAbstractListModel):
    def __init__(self, parent=None, rows: list[Any] | None = None) -> None:
        super().__init__(parent)
        self._rows = list(rows or [])


class RowTableModel(_Rows, QAbstractTableModel):
    """A table whose columns are named by COLUMNS (translatable header texts)."""

    COLUMNS: tuple[str, ...] = ()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows = []

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.COLUMNS[section])  # type: ignore[attr-defined]
        return None
