"""Unexpected errors: logged with their traceback to the log file, shown in one dialog that
names it. A user never sees a traceback."""

from __future__ import annotations

import logging
import logging.handlers
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop.store.errors import LibraryError
from desktop.ui.error_text import library_error_text

log = logging.getLogger("desktop")


def setup_logging(log_dir: Path) -> Path:
    log_dir.mkdir(parents=True, exist_ok=True)
    log_file = log_dir / "district-reader.log"
    handler = logging.handlers.RotatingFileHandler(
        log_file, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return log_file


class CrashReporter(QObject):
    """Installed as sys.excepthook; shows the dialog on the UI thread."""

    crashed = Signal(str)
    refused = Signal(str, str)  # a LibraryError's problem and advice: no bug, nothing to log

    def __init__(self, log_file: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_file = log_file
        self.crashed.connect(self._show)
        self.refused.connect(self._show_library_error)

    def install(self) -> None:
        sys.excepthook = self.handle

    def handle(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        if isinstance(error, LibraryError):
            # A change the library refused (disk full, read-only, locked) reached no handler:
            # the user can act on it, and the transaction was rolled back.
            log.warning("library refused a change: %s", error)
            self.refused.emit(*library_error_text(error))
            return
        log.error("unexpected error\n%s", "".join(traceback.format_exception(kind, error, tb)))
        self.crashed.emit(f"{kind.__name__}: {error}")

    def _show_library_error(self, problem: str, advice: str) -> None:
        show_refusal(QApplication.activeWindow(), problem, advice)

    def _show(self, summary: str) -> None:
        parent: QWidget | None = QApplication.activeWindow()
        QMessageBox.critical(
            parent,
            self.tr("出错了"),
            self.tr(
                "区报阅读遇到了一个意外的问题。你的数据已保存。\n\n详细信息已写入：\n{log}\n\n（{summary}）"
            ).format(log=self.log_file, summary=summary),
        )


def show_refusal(parent: QWidget | None, problem: str, advice: str) -> None:
    """A change the library refused (disk full, read-only, locked): nothing was saved."""
    QMessageBox.warning(
        parent,
        QCoreApplication.translate("Refusal", "未能保存"),
        QCoreApplication.translate("Refusal", "这项修改没有保存。") + f"\n\n{problem}\n{advice}",
    )
