"""The keyboard shortcuts, listed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

SHORTCUTS = [
    ("J / K", "下一篇 / 上一篇文章"),
    ("N / P", "下一期 / 上一期"),
    ("↑ ↓ ← →", "在目录中移动、展开、收起"),
    ("1 2 3 4 5", "把所选文字高亮为黄、绿、蓝、粉、紫"),
    ("Ctrl+Shift+C", "复制所选文字并附引用"),
    ("S", "加星 / 取消加星"),
    ("U", "标为未读"),
    ("T", "给本文加标签"),
    ("Ctrl+F  或  /", "搜索"),
    ("Ctrl+Z / Ctrl+Shift+Z", "撤销 / 重做（高亮、批注、标签）"),
    ("Ctrl+O / Ctrl+Shift+O", "导入文件 / 文件夹"),
    ("Ctrl+Shift+A", "显示批注"),
    ("Ctrl++ / Ctrl+-", "放大 / 缩小字号"),
    ("? 或 F1", "本帮助"),
]


def _tr(text: str) -> str:
    return QCoreApplication.translate("Shortcuts", text)


class ShortcutsDialog(QDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(_tr("键盘快捷键"))
        table = QTableWidget(len(SHORTCUTS), 2, self)
        table.setHorizontalHeaderLabels([_tr("按键"), _tr("作用")])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (keys, what) in enumerate(SHORTCUTS):
            table.setItem(row, 0, QTableWidgetItem(keys))
            table.setItem(row, 1, QTableWidgetItem(_tr(what)))
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.resizeColumnToContents(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.resize(520, 480)
