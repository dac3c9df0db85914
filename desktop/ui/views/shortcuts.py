"""The keyboard shortcuts, listed from the window's actions."""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)


def without_mnemonic(text: str) -> str:
    """An action's text as read, not as typed: `&E` marks E for Alt+E, `&&` is one `&`."""
    return re.sub(r"&(&?)", r"\1", text)


def shortcut_rows(actions: Iterable[QAction]) -> list[tuple[str, str]]:
    """One row per action that has a key: its keys as the platform writes them, and its name.
    Built from the window's own actions, so the list cannot miss one or disagree with them."""
    rows = []
    for action in actions:
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
        if keys and action.text():
            rows.append((" / ".join(keys), without_mnemonic(action.text())))
    rows.append(
        ("↑ ↓ ← →", QCoreApplication.translate("ShortcutsDialog", "在目录中移动、展开、收起"))
    )
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, rows: list[tuple[str, str]], parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("键盘快捷键"))
        table = QTableWidget(len(rows), 2, self)
        table.setHorizontalHeaderLabels([self.tr("按键"), self.tr("作用")])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (keys, what) in enumerate(rows):
            table.setItem(row, 0, QTableWidgetItem(keys))
            table.setItem(row, 1, QTableWidgetItem(what))
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.resizeColumnToContents(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.resize(520, 480)
