"""An issue's corrections by hand, in the order made: what each did, and whether it still applies
(one whose text a new parse no longer has is kept and shown as such, like an orphaned
highlight), or was undone."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from desktop.services.corrections import CorrectionView

CONTEXT = "CorrectionsDialog"
OPERATIONS = {
    "split": QT_TRANSLATE_NOOP("CorrectionsDialog", "从「%1」起另成一篇"),
    "merge": QT_TRANSLATE_NOOP("CorrectionsDialog", "「%1」一篇与相邻一篇合并"),
    "move": QT_TRANSLATE_NOOP("CorrectionsDialog", "「%1」一段移到相邻一篇"),
    "role": QT_TRANSLATE_NOOP("CorrectionsDialog", "「%1」一行改作%2"),
    "edit": QT_TRANSLATE_NOOP("CorrectionsDialog", "「%1」一篇的标题与署名"),
    "join": QT_TRANSLATE_NOOP("CorrectionsDialog", "「%1」一段与下一段合并"),
    "cut": QT_TRANSLATE_NOOP("CorrectionsDialog", "「%1」一段分为两段"),
}


def describe(view: CorrectionView, role_names: dict[str, str]) -> str:
    """What a correction did, in the interface's language; `role_names`: translated roles."""
    text = QCoreApplication.translate(CONTEXT, OPERATIONS[view.operation])
    role = role_names.get(str(view.details.get("role", "")), "")
    return text.replace("%1", view.line[:20]).replace("%2", role)


class CorrectionsDialog(QDialog):
    def __init__(
        self, views: list[CorrectionView], role_names: dict[str, str], parent=None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("correctionsDialog")
        self.setWindowTitle(self.tr("本期的更正"))
        self.table = QTableWidget(len(views), 3, objectName="corrections")
        self.table.setHorizontalHeaderLabels([self.tr("时间"), self.tr("更正"), self.tr("状态")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for row, view in enumerate(views):
            state = (
                self.tr("已撤销")
                if view.undone
                else self.tr("原文已不在，保留未用")
                if view.orphaned
                else self.tr("生效")
            )
            made = datetime.fromisoformat(view.created_at).astimezone().strftime("%Y-%m-%d %H:%M")
            for column, text in enumerate((made, describe(view, role_names), state)):
                item = QTableWidgetItem(text)  # text of the issue: shown as text, never markup
                if view.undone or view.orphaned:  # not applied: greyed, as a disabled line
                    item.setForeground(
                        self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
                    )
                self.table.setItem(row, column, item)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(2)
        empty = QLabel(self.tr("本期没有手动更正。"), objectName="noCorrections")
        empty.setVisible(not views)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(empty)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(720, 360)
