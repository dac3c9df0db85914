"""The keyboard shortcuts, listed."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

SHORTCUTS = [
    ("J / K", QT_TRANSLATE_NOOP("ShortcutsDialog", "下一篇 / 上一篇文章")),
    ("N / P", QT_TRANSLATE_NOOP("ShortcutsDialog", "下一期 / 上一期")),
    ("↑ ↓ ← →", QT_TRANSLATE_NOOP("ShortcutsDialog", "在目录中移动、展开、收起")),
    ("1 2 3 4 5", QT_TRANSLATE_NOOP("ShortcutsDialog", "把所选文字高亮为黄、绿、蓝、粉、紫")),
    ("Ctrl+Shift+C", QT_TRANSLATE_NOOP("ShortcutsDialog", "复制所选文字并附引用")),
    ("S", QT_TRANSLATE_NOOP("ShortcutsDialog", "加星 / 取消加星")),
    ("U", QT_TRANSLATE_NOOP("ShortcutsDialog", "标为未读")),
    ("T", QT_TRANSLATE_NOOP("ShortcutsDialog", "给本文加标签")),
    ("Ctrl+F  或  /", QT_TRANSLATE_NOOP("ShortcutsDialog", "搜索")),
    (
        "Ctrl+Z / Ctrl+Shift+Z",
        QT_TRANSLATE_NOOP("ShortcutsDialog", "撤销 / 重做（高亮、批注、标签）"),
    ),
    ("Ctrl+O / Ctrl+Shift+O", QT_TRANSLATE_NOOP("ShortcutsDialog", "导入文件 / 文件夹")),
    ("Ctrl+Shift+A", QT_TRANSLATE_NOOP("ShortcutsDialog", "显示批注")),
    ("Ctrl++ / Ctrl+-", QT_TRANSLATE_NOOP("ShortcutsDialog", "放大 / 缩小字号")),
    ("? 或 F1", QT_TRANSLATE_NOOP("ShortcutsDialog", "本帮助")),
]


class ShortcutsDialog(QDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("键盘快捷键"))
        table = QTableWidget(len(SHORTCUTS), 2, self)
        table.setHorizontalHeaderLabels([self.tr("按键"), self.tr("作用")])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (keys, what) in enumerate(SHORTCUTS):
            table.setItem(row, 0, QTableWidgetItem(keys))
            table.setItem(row, 1, QTableWidgetItem(self.tr(what)))
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.resizeColumnToContents(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.resize(520, 480)
