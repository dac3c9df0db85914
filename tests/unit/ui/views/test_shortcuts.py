"""The shortcuts list is built from the window's actions: every action with a key, as the
platform writes it, and nothing typed by hand that could miss one."""

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QTableWidget

from desktop.ui.views.shortcuts import ShortcutsDialog, shortcut_rows


def action(qtbot, text: str, *keys: str) -> QAction:
    made = QAction(text)
    made.setShortcuts([QKeySequence(k) for k in keys])
    return made


def test_every_action_with_a_key_is_a_row_in_order(qtbot):
    actions = [
        action(qtbot, "搜索(&F)", "Ctrl+F", "/"),
        action(qtbot, "没有快捷键"),
        action(qtbot, "下一篇", "J"),
        action(qtbot, "", "Ctrl+K"),  # a key with no name says nothing to a reader
    ]
    rows = shortcut_rows(actions)
    assert rows[:2] == [
        (
            f"{QKeySequence('Ctrl+F').toString(QKeySequence.SequenceFormat.NativeText)} / /",
            "搜索(F)",
        ),
        ("J", "下一篇"),
    ]
    assert rows[-1] == ("↑ ↓ ← →", "在目录中移动、展开、收起")
    assert len(rows) == 3


def test_the_dialog_shows_the_rows_as_a_table(qtbot):
    rows = [("Ctrl+F", "搜索"), ("J", "下一篇")]
    dialog = ShortcutsDialog(rows)
    qtbot.addWidget(dialog)
    dialog.show()
    table = dialog.findChild(QTableWidget)
    assert table.rowCount() == 2
    shown = [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(2)]
    assert shown == rows
    assert table.horizontalHeaderItem(0).text() == "按键"
    assert table.editTriggers() == QTableWidget.EditTrigger.NoEditTriggers


def test_a_literal_ampersand_in_a_name_is_shown(qtbot):
    rows = shortcut_rows([action(qtbot, "导入 && 导出(&E)", "Ctrl+E")])
    assert rows[0][1] == "导入 & 导出(E)"
