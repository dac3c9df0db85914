"""Every highlight and note in the library: search, filter, jump to, re-place, delete, export."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.annotations import COLORS, AnnotationFilters
from desktop.services.exports import formats_for
from desktop.ui.models.annotations import AnnotationsModel, NoteRole
from desktop.ui.views.reader import COLOR_NAMES


class AnnotationsPanel(QWidget):
    filtersChanged = Signal()
    jumpRequested = Signal(int)  # highlight id
    deleteRequested = Signal(int)
    replaceRequested = Signal(int)  # move this highlight to the text selected in the reader
    exportRequested = Signal(str)  # the name of an annotations format of the export registry

    def __init__(self, model: AnnotationsModel, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("annotationsPanel")
        self.text = QLineEdit(
            objectName="annotationText", placeholderText=self.tr("在摘录和批注中查找")
        )
        self.text.setClearButtonEnabled(True)
        self.text.textChanged.connect(self.filtersChanged)
        self.color = QComboBox(objectName="annotationColor")
        self.color.addItem(self.tr("全部颜色"), "")
        for color in COLORS:
            self.color.addItem(QCoreApplication.translate("ReaderView", COLOR_NAMES[color]), color)
        self.color.currentIndexChanged.connect(self.filtersChanged)
        self.notes_only = QCheckBox(self.tr("只看有批注的"), objectName="annotationNotesOnly")
        self.orphaned = QCheckBox(self.tr("只看未定位的"), objectName="annotationOrphaned")
        for box in (self.notes_only, self.orphaned):
            box.toggled.connect(self.filtersChanged)
        export = QPushButton(self.tr("导出…"), objectName="annotationExport")
        menu = QMenu(export)
        for name, fmt in formats_for("annotations").items():
            menu.addAction(fmt.label, lambda f=name: self.exportRequested.emit(f))
        export.setMenu(menu)

        self.table = QTableView(objectName="annotationTable")
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(
            lambda i: self.jumpRequested.emit(i.data(NoteRole.HIGHLIGHT_ID))
        )
        self.delete_button = QPushButton(self.tr("删除所选"), objectName="annotationDelete")
        self.delete_button.clicked.connect(self._delete_selected)
        self.replace_button = QPushButton(
            self.tr("移到正文中选中的文字"), objectName="annotationReplace"
        )
        self.replace_button.setToolTip(
            self.tr("先在正文中选中这段话的新位置，再点此按钮：用于重新定位“未定位”的高亮。")
        )
        self.replace_button.clicked.connect(self._replace_selected)

        top = QHBoxLayout()
        top.addWidget(self.text, 1)
        top.addWidget(self.color)
        top.addWidget(self.notes_only)
        top.addWidget(self.orphaned)
        top.addWidget(export)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.replace_button)
        bottom.addWidget(self.delete_button)
        layout.addLayout(bottom)

    def filters(self) -> AnnotationFilters:
        return AnnotationFilters(
            text=self.text.text().strip() or None,
            color=self.color.currentData() or None,
            notes_only=self.notes_only.isChecked(),
            orphaned=True if self.orphaned.isChecked() else None,
        )

    def _replace_selected(self) -> None:
        for index in self.table.selectionModel().selectedRows():
            self.replaceRequested.emit(index.data(NoteRole.HIGHLIGHT_ID))

    def _delete_selected(self) -> None:
        for index in self.table.selectionModel().selectedRows():
            self.deleteRequested.emit(index.data(NoteRole.HIGHLIGHT_ID))
