"""The people the library names, as a list model: name, how often, titles, articles."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from desktop.services.people import PersonEntry

Index = QModelIndex | QPersistentModelIndex


class PersonRole(IntEnum):
    NAME = Qt.ItemDataRole.UserRole + 1
    COUNT = Qt.ItemDataRole.UserRole + 2
    ARTICLES = Qt.ItemDataRole.UserRole + 3


class PeopleModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._people: list[PersonEntry] = []

    def set_people(self, people: list[PersonEntry]) -> None:
        self.beginResetModel()
        self._people = list(people)
        self.endResetModel()

    def person(self, row: int) -> PersonEntry:
        return self._people[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._people)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._people):
            return None
        p = self._people[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{p.name}  {p.count}"
        if role == Qt.ItemDataRole.ToolTipRole:
            titles = "、".join(p.titles)
            text = QCoreApplication.translate(
                "People", "{name}：%n 篇文章", None, len(p.articles)
            ).format(name=p.name)
            return f"{text}\n{titles}" if titles else text
        if role == PersonRole.NAME:
            return p.name
        if role == PersonRole.COUNT:
            return p.count
        if role == PersonRole.ARTICLES:
            return list(p.articles)
        return None
