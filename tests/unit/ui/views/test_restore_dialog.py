"""Choosing a backup to restore: the newest is chosen to begin with; no backups, nothing to
restore."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from desktop.store.backups import Backup
from desktop.ui.views.restore_dialog import RestoreDialog

BACKUPS = [
    Backup(Path("/d/backups/library-2023-05-17.sqlite3"), "2023-05-17", "daily", 2_500_000),
    Backup(Path("/d/backups/library-2023-05-16.sqlite3"), "2023-05-16", "daily", 2_400_000),
    Backup(Path("/d/backups/library-v11.sqlite3"), "v11", "migration", 1_000_000),
]


def dialog(qtbot, backups: list[Backup]) -> RestoreDialog:
    d = RestoreDialog(backups)
    qtbot.addWidget(d)
    d.show()
    return d


def ok(d: RestoreDialog):
    return d.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)


def test_the_newest_backup_is_chosen_to_begin_with(qtbot):
    d = dialog(qtbot, BACKUPS)
    assert d.chosen() == BACKUPS[0].path
    assert ok(d).text() == "恢复" and ok(d).isEnabled()
    rows = [d.list.model().index(r, 0).data() for r in range(3)]
    assert rows == [
        "2023-05-17 的每日备份  ·  2.5 MB",
        "2023-05-16 的每日备份  ·  2.4 MB",
        "升级前的副本 v11  ·  1.0 MB",
    ]


def test_choosing_another_backup_and_restoring_it(qtbot):
    d = dialog(qtbot, BACKUPS)
    index = d.list.model().index(2, 0)
    rect = d.list.visualRect(index)
    qtbot.mouseClick(d.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert d.chosen() == BACKUPS[2].path
    ok(d).click()
    assert d.result() == QDialog.DialogCode.Accepted


def test_a_double_click_restores_the_backup_clicked(qtbot):
    d = dialog(qtbot, BACKUPS)
    rect = d.list.visualRect(d.list.model().index(1, 0))
    qtbot.mouseClick(d.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(d.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert d.result() == QDialog.DialogCode.Accepted
    assert d.chosen() == BACKUPS[1].path


def test_without_backups_there_is_nothing_to_restore(qtbot):
    d = dialog(qtbot, [])
    assert d.chosen() is None
    assert not ok(d).isEnabled()
