"""The Notifier: one message box per message, with the words the user can act on; a library
refusal and a failed job are said in the interface's language."""

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from desktop.services.errors import InvalidInput
from desktop.store.errors import ErrorCode, library_error
from desktop.ui.messages import Notifier


@pytest.fixture
def window(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    return window


def answering(button: QMessageBox.StandardButton | None = None) -> list[tuple[str, str]]:
    """Every message box that opens is read (title, text) and answered, with `button` or its
    default; the list says what the user saw, in order."""
    seen: list[tuple[str, str]] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append((box.windowTitle(), box.text()))
            if button is None:
                box.accept()
            else:
                box.button(button).click()
        QTimer.singleShot(10, answer)

    QTimer.singleShot(0, answer)
    return seen


def test_status_shows_in_the_status_bar(window):
    Notifier(window).status("已导入 3 期", 60_000)
    assert window.statusBar().currentMessage() == "已导入 3 期"


def test_info_and_warn_show_one_box_each(window):
    seen = answering()
    notifier = Notifier(window)
    notifier.info("导入", "完成")
    notifier.warn("导出", "文件夹不能写入")
    assert seen == [("导入", "完成"), ("导出", "文件夹不能写入")]


def test_ask_is_true_only_for_yes(window):
    notifier = Notifier(window)
    yes = answering(QMessageBox.StandardButton.Yes)
    assert notifier.ask("删除", "删除这期？") is True
    assert yes == [("删除", "删除这期？")]


def test_ask_is_false_for_no(window):
    answering(QMessageBox.StandardButton.No)
    assert Notifier(window).ask("删除", "删除这期？") is False


def test_a_refusal_says_nothing_was_saved_and_why(window):
    seen = answering()
    Notifier(window).refusal(library_error(ErrorCode.DISK_FULL, Path("/d/library.sqlite3")))
    [(title, text)] = seen
    assert title == "未能保存"
    assert text.startswith("这项修改没有保存。")
    assert "存放 library.sqlite3 的磁盘已满" in text


def test_a_failed_job_says_what_the_user_can_do(window):
    seen = answering()
    notifier = Notifier(window)
    notifier.failure("导入失败", library_error(ErrorCode.LOCKED, Path("/d/library.sqlite3")))
    notifier.failure("导入失败", InvalidInput("empty", code="empty", name="a.txt"))
    notifier.failure("导入失败", RuntimeError("boom"))
    assert [title for title, _ in seen] == ["导入失败"] * 3
    assert seen[0][1].startswith("文库 library.sqlite3 正被另一个程序使用。\n")
    assert seen[1][1] == "a.txt：文件是空的。请选择存有期刊文字的文件。"
    assert seen[2][1] == "任务没有完成，详情已写入日志。\nboom"
