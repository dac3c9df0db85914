"""Long work (import, re-parse, export) on a worker thread, with progress and cancel."""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

log = logging.getLogger(__name__)


class Job(QObject):
    """Runs `work(progress, should_cancel)` on its own thread; signals arrive on the UI thread."""

    progress = Signal(int, int, str)  # done, total, what
    finished = Signal(object)  # the work's result
    failed = Signal(object)  # the exception (a LibraryError, or a bug already logged)

    def __init__(self, work: Callable[[Callable[[int, int, str], None], Callable[[], bool]], Any]):
        super().__init__()
        self._work = work
        self._cancel = threading.Event()
        self._thread = QThread()
        self._thread.setObjectName("job")
        self.moveToThread(self._thread)
        self._thread.started.connect(self._run)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def wait(self, ms: int = 30_000) -> bool:
        return self._thread.wait(ms)

    def _run(self) -> None:
        try:
            result = self._work(self.progress.emit, self._cancel.is_set)
        except Exception as error:  # reported to the UI; bugs are logged with their traceback
            log.error("background job failed\n%s", traceback.format_exc())
            self.failed.emit(error)
        else:
            self.finished.emit(result)
        finally:
            self._thread.quit()
