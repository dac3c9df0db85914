"""The people the library names, as a list model: name, how often, titles, articles."""

from __future__ import annotations

from enum import IntEnum
from typing import ClassVar

from PySide6.QtCore import QCoreApplication, Qt

from desktop.services.people import PersonEntry
from desktop.ui.models.rows import RowListModel


class PersonRole(IntEnum):
    NAME = Qt.ItemDataRole.UserRole + 1
    COUNT = Qt.ItemDataRole.UserRole + 2
    ARTICLES = Qt.ItemDataRole.UserRole + 3


class PeopleModel(RowListModel):
    """Rows: PersonEntry."""

    FIELDS: ClassVar[dict[int, str]] = {PersonRole.NAME: "name", PersonRole.COUNT: "count"}

    def row_data(self, p: PersonEntry, role: int, column: int):
        if role == Qt.ItemDataRole.DisplayRole:
            # Who they are, as printed, beside the name: the title is what a reader looks for.
            titles = "、".join(p.titles[:2]) + ("…" if len(p.titles) > 2 else "")
            return f"{p.name}  {p.count}" + (f"  · {titles}" if titles else "")
        if role == Qt.ItemDataRole.ToolTipRole:
            titles = "、".join(p.titles)
            text = QCoreApplication.translate(
                "People", "{name}：%n 篇文章", None, len(p.articles)
            ).format(name=p.name)
            return f"{text}\n{titles}" if titles else text
        if role == PersonRole.ARTICLES:
            return list(p.articles)
        return None
