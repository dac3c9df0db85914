"""The Notifier: one message box per message, with the words the user can act on; a library
refusal and a failed job are said in the interface's language."""

from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from desktop.services.errors import InvalidInput
from desktop.store.errors import ErrorCode, library_error
from desktop.ui.messages import Notifier


@pytest.fixture
def frame(qtbot):
    """A bare main window: what the Notifier talks through."""
    frame = QMainWindow()
    qtbot.addWidget(frame)
    return frame


@dataclass
class Boxes:
    seen: list[tuple[str, str]] = field(default_factory=list)
    button: QMessageBox.StandardButton | None = None


@pytest.fixture
def boxes(qtbot):
    """Answers every message box that opens, with the button the test sets (or the box's
    default), and records what the user saw (title, text) in order."""

    boxes = Boxes()

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            boxes.seen.append((box.windowTitle(), box.text()))
            if boxes.button is None:
                box.accept()
            else:
                box.button(boxes.button).click()

    timer = QTimer(interval=10)
    timer.timeout.connect(answer)
    timer.start()
    yield boxes
    timer.stop()


def test_status_shows_in_the_status_bar(frame):
    Notifier(frame).status("已导入 3 期", 60_000)
    assert frame.statusBar().currentMessage() == "已导入 3 期"


def test_info_and_warn_show_one_box_each(frame, boxes):
    notifier = Notifier(frame)
    notifier.info("导入", "完成")
    notifier.warn("导出", "文件夹不能写入")
    assert boxes.seen == [("导入", "完成"), ("导出", "文件夹不能写入")]


def test_ask_is_true_only_for_yes(frame, boxes):
    boxes.button = QMessageBox.StandardButton.Yes
    assert Notifier(frame).ask("删除", "删除这期？") is True
    assert boxes.seen == [("删除", "删除这期？")]


def test_ask_is_false_for_no(frame, boxes):
    boxes.button = QMessageBox.StandardButton.No
    assert Notifier(frame).ask("删除", "删除这期？") is False


def test_a_refusal_says_nothing_was_saved_and_why(frame, boxes):
    Notifier(frame).refusal(library_error(ErrorCode.DISK_FULL, Path("/d/library.sqlite3")))
    [(title, text)] = boxes.seen
    assert title == "未能保存"
    assert text.startswith("这项修改没有保存。")
    assert "存放 library.sqlite3 的磁盘已满" in text


def test_a_failed_job_says_what_the_user_can_do(frame, boxes):
    notifier = Notifier(frame)
    notifier.failure("导入失败", library_error(ErrorCode.LOCKED, Path("/d/library.sqlite3")))
    notifier.failure("导入失败", InvalidInput("empty", code="empty", name="a.txt"))
    notifier.failure("导入失败", RuntimeError("boom"))
    assert [title for title, _ in boxes.seen] == ["导入失败"] * 3
    assert boxes.seen[0][1].startswith("文库 library.sqlite3 正被另一个程序使用。\n")
    assert boxes.seen[1][1] == "a.txt：文件是空的。请选择存有期刊文字的文件。"
    assert boxes.seen[2][1] == "任务没有完成，详情已写入日志。\nboom"
