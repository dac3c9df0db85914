"""One home for what the window tells the user: the status bar, message boxes, a change the
library refused, and a background job that failed. Controllers call it; none of them builds a
message box of its own."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow, QMessageBox

from desktop.services.errors import InvalidInput
from desktop.store.errors import LibraryError
from desktop.ui.error_text import input_error_text, library_error_text
from desktop.ui.errors import show_refusal

STATUS_MS = 5000


class Notifier(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window

    def status(self, text: str, ms: int = STATUS_MS) -> None:
        self._window.statusBar().showMessage(text, ms)

    def info(self, title: str, text: str) -> None:
        QMessageBox.information(self._window, title, text)

    def warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self._window, title, text)

    def ask(self, title: str, question: str) -> bool:
        answer = QMessageBox.question(self._window, title, question)
        return answer == QMessageBox.StandardButton.Yes

    def refusal(self, error: LibraryError) -> None:
        """A change the library did not save (disk full, read-only, locked)."""
        show_refusal(self._window, *library_error_text(error))

    def failure(self, title: str, error: object) -> None:
        """A job that did not finish: what to do if the user can act on it, else the log."""
        if isinstance(error, LibraryError):
            problem, advice = library_error_text(error)
            QMessageBox.critical(self._window, title, f"{problem}\n{advice}")
        elif isinstance(error, InvalidInput):
            QMessageBox.warning(self._window, title, input_error_text(error))
        else:  # a bug, logged by the job with its traceback
            QMessageBox.critical(
                self._window,
                title,
                self.tr("任务没有完成，详情已写入日志。\n{error}").format(error=error),
            )
