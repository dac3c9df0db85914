"""The 人物 panel: everyone the library names, most named first; choosing people narrows the
tree to the articles that name them, like tags do."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.models.people import PeopleModel, PersonRole


class PeoplePanel(QWidget):
    filterChanged = Signal(list)  # the article ids of the chosen people ([]: no narrowing)
    trendRequested = Signal(str)  # chart this person's articles a month

    def __init__(self, model: PeopleModel, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("peoplePanel")
        self.model = model
        self.find = QLineEdit(objectName="peopleFind", placeholderText=self.tr("查找人物"))
        self.find.setClearButtonEnabled(True)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setFilterRole(PersonRole.NAME)
        self.find.textChanged.connect(self.proxy.setFilterFixedString)
        self.list = QListView(objectName="peopleList")
        self.list.setModel(self.proxy)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.selectionModel().selectionChanged.connect(self._chosen)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._menu)
        self.status = QLabel(objectName="peopleStatus")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.addWidget(self.find)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.status)

    def chosen_ids(self) -> list[int]:
        ids: list[int] = []
        for index in self.list.selectionModel().selectedIndexes():
            ids.extend(i for i in index.data(PersonRole.ARTICLES) if i not in ids)
        return ids

    def clear_choice(self) -> None:
        self.list.clearSelection()

    def _menu(self, point: QPoint) -> None:
        index = self.list.indexAt(point)
        if not index.isValid():
            return
        name = index.data(PersonRole.NAME)
        menu = QMenu(self)
        menu.addAction(self.tr("显示时间趋势"), lambda: self.trendRequested.emit(name))
        menu.exec(self.list.viewport().mapToGlobal(point))

    def _chosen(self, *_args) -> None:
        self.filterChanged.emit(self.chosen_ids())
