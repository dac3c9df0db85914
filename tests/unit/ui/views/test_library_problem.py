"""The library-problem dialog: what is wrong in plain words, and the ways out that fit it —
restore a backup, open read-only, choose another library, or quit."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLabel, QPushButton

from desktop.store.backups import Backup
from desktop.store.errors import ErrorCode, library_error
from desktop.ui.views.library_problem import LibraryProblemDialog, WayOut, can_read_only, headline


@pytest.fixture
def library(tmp_path) -> Path:
    path = tmp_path / "<b>文库.sqlite3"
    path.write_bytes(b"SQLite format 3\0")
    return path


def backups(folder: Path) -> list[Backup]:
    return [
        Backup(folder / "backups" / "day2.sqlite3", "2023-05-17", "daily", 2_000_000),
        Backup(folder / "backups" / "day1.sqlite3", "2023-05-16", "daily", 1_900_000),
    ]


def dialog(qtbot, error, library: Path, found: list[Backup]) -> LibraryProblemDialog:
    d = LibraryProblemDialog(error, library, found)
    qtbot.addWidget(d)
    d.show()
    return d


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (ErrorCode.DAMAGED, "文库文件已损坏，无法打开。"),
        (ErrorCode.LOCKED, "文库正被另一个程序使用。"),
        (ErrorCode.TOO_NEW, "这个文库属于另一个版本的区报阅读。"),
        (ErrorCode.READ_ONLY, "文库不能写入（文件或文件夹是只读的）。"),
        (ErrorCode.DISK_FULL, "磁盘已满。"),
        (ErrorCode.FOREIGN_DATABASE, "无法打开文库。"),
    ],
)
def test_the_headline_says_the_kind_of_problem(qtbot, code, words):
    params = {"version": 99, "latest": 12}
    assert headline(library_error(code, "/d/library.sqlite3", **params)) == words


def test_read_only_is_offered_for_a_file_of_ours_that_can_be_read(library, tmp_path):
    assert can_read_only(library_error(ErrorCode.LOCKED, library), library)
    assert can_read_only(library_error(ErrorCode.DAMAGED, library), library)
    assert not can_read_only(library_error(ErrorCode.NOT_A_LIBRARY, library), library)
    missing = tmp_path / "gone.sqlite3"
    assert not can_read_only(library_error(ErrorCode.LOCKED, missing), missing)


def test_restoring_the_chosen_backup(qtbot, library, tmp_path):
    found = backups(tmp_path)
    d = dialog(qtbot, library_error(ErrorCode.DAMAGED, library), library, found)
    assert d.findChild(QPushButton, "restoreBackup").isEnabled()
    assert d.read_only_button.isEnabled()
    rect = d.backup_list.visualRect(d.backups.index(1))
    qtbot.mouseClick(d.backup_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseClick(d.restore_button, Qt.MouseButton.LeftButton)
    assert d.result() == QDialog.DialogCode.Accepted
    assert (d.choice, d.backup) == (WayOut.RESTORE, found[1].path)


def test_the_details_are_text_with_the_library_named(qtbot, library, tmp_path):
    d = dialog(qtbot, library_error(ErrorCode.DAMAGED, library), library, [])
    label = d.findChild(QLabel, "problemDetails")
    assert label.textFormat() == Qt.TextFormat.PlainText  # a path is data, never markup
    assert label.text().startswith(f"文库 {library.name} 已损坏。\n")
    assert str(library) in label.text()


def test_without_backups_restore_is_not_offered(qtbot, library):
    d = dialog(qtbot, library_error(ErrorCode.NOT_A_LIBRARY, library), library, [])
    assert not d.restore_button.isEnabled()
    assert not d.backup_list.isVisible()
    assert not d.read_only_button.isEnabled()  # not a library of ours: nothing to read


def test_read_only_and_quit(qtbot, library):
    d = dialog(qtbot, library_error(ErrorCode.LOCKED, library), library, [])
    qtbot.mouseClick(d.read_only_button, Qt.MouseButton.LeftButton)
    assert (d.result(), d.choice) == (QDialog.DialogCode.Accepted, WayOut.READ_ONLY)
    d = dialog(qtbot, library_error(ErrorCode.LOCKED, library), library, [])
    qtbot.mouseClick(d.quit_button, Qt.MouseButton.LeftButton)
    assert (d.result(), d.choice) == (QDialog.DialogCode.Rejected, None)


def answer_file_dialog(path: Path | None) -> None:
    """The file dialog that opens next is given `path` (None: cancelled)."""

    def answer() -> None:
        chooser = QApplication.activeModalWidget()
        if not isinstance(chooser, QFileDialog):
            QTimer.singleShot(10, answer)
            return
        if path is None:
            chooser.reject()
        else:
            chooser.selectFile(str(path))
            chooser.accept()

    QTimer.singleShot(0, answer)


def test_choosing_another_library_or_naming_a_new_one(qtbot, library, tmp_path):
    d = dialog(qtbot, library_error(ErrorCode.DAMAGED, library), library, [])
    answer_file_dialog(tmp_path / "新文库.sqlite3")
    qtbot.mouseClick(d.other_button, Qt.MouseButton.LeftButton)
    assert (d.result(), d.choice) == (QDialog.DialogCode.Accepted, WayOut.OTHER)
    assert d.other == tmp_path / "新文库.sqlite3"


def test_cancelling_the_choice_of_another_library_keeps_the_dialog(qtbot, library):
    d = dialog(qtbot, library_error(ErrorCode.DAMAGED, library), library, [])
    answer_file_dialog(None)
    qtbot.mouseClick(d.other_button, Qt.MouseButton.LeftButton)
    assert d.isVisible() and d.choice is None
