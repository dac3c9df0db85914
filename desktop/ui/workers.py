"""Long work (import, re-parse, export) on a worker thread, with progress and cancel.

A Job lives on the UI thread; its inner worker moves to a QThread. The worker's signals reach the
Job's slots queued, so everything a Job emits arrives on the UI thread and may touch widgets.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from desktop.services.errors import InvalidInput
from desktop.store.errors import LibraryError

log = logging.getLogger(__name__)
LONG_WAIT_MS = 30_000  # then the log says why closing takes long

Work = Callable[[Callable[[int, int, str], None], Callable[[], bool]], Any]


class _Worker(QObject):
    progress = Signal(int, int, str)
    done = Signal(object)
    error = Signal(object)

    def __init__(self, work: Work, cancelled: Callable[[], bool]) -> None:
        super().__init__()
        self._work = work
        self._cancelled = cancelled

    @Slot()
    def run(self) -> None:
        try:
            result = self._work(self.progress.emit, self._cancelled)
        except (InvalidInput, LibraryError) as error:  # for the user to act on: no bug
            self.error.emit(error)
        except Exception as error:  # reported to the UI; the traceback goes to the log
            log.error("background job failed\n%s", traceback.format_exc())
            self.error.emit(error)
        else:
            self.done.emit(result)


class Job(QObject):
    """Runs `work(progress, should_cancel)` off the UI thread."""

    progress = Signal(int, int, str)  # done, total, what
    finished = Signal(object)  # the work's result
    failed = Signal(object)  # the exception (a LibraryError, or a bug already logged)

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self._thread = QThread(self)
        self._thread.setObjectName("job")
        self._worker = _Worker(work, self._cancel.is_set)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progress.connect(self.progress)
        self._worker.done.connect(self._on_done)
        self._worker.error.connect(self._on_error)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def wait(self, ms: int | None = None) -> bool:
        """Block until the work has returned and its thread has ended. The thread's event loop
        is told to end now: the usual quit() comes from _on_done, which runs on the UI thread,
        the very thread that is waiting here. With no `ms`, however long that takes: a QThread
        destroyed while it runs aborts the process, so a time limit here would turn a slow
        close (jieba still loading on a busy machine) into a crash."""
        self._thread.quit()
        if ms is not None:
            return self._thread.wait(ms)
        if not self._thread.wait(LONG_WAIT_MS):
            log.warning("a background job is taking long to end; waiting for it")
            self._thread.wait()
        return True

    def _stop_thread(self) -> None:
        self._thread.quit()
        self._thread.wait()

    @Slot(object)
    def _on_done(self, result: object) -> None:
        self._stop_thread()
        self.finished.emit(result)

    @Slot(object)
    def _on_error(self, error: object) -> None:
        self._stop_thread()
        self.failed.emit(error)
