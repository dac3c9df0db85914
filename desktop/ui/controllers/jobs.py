"""Long work the user asked for (import, re-parse, exports, backups), one at a time, off the UI
thread, with a progress dialog and Cancel; a failure is reported through the Notifier."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.ui.controllers.base import Controller, WindowServices
from desktop.ui.workers import Job, Work


class JobRunner(Controller):
    failed = Signal()  # a job did not finish: what the window shows may be out of date
    idle = Signal()  # a job has ended and its results are shown: another may run

    def __init__(
        self, services: WindowServices, window: QWidget, parent: QObject | None = None
    ) -> None:
        super().__init__(services, parent)
        self._window = window
        self.job: Job | None = None

    @property
    def busy(self) -> bool:
        return self.job is not None

    def run(self, title: str, work: Work, on_done: Callable[[Any], None]) -> None:
        if self.job is not None:
            self.notifier.info(title, self.tr("另一项任务还在进行，请稍候。"))
            return
        progress = QProgressDialog(title, self.tr("取消"), 0, 0, self._window)
        progress.setObjectName("jobProgress")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        job = Job(work, self)
        self.job = job

        def on_progress(done: int, total: int, what: str) -> None:
            progress.setMaximum(max(total, 1))
            progress.setValue(done)
            progress.setLabelText(f"{title}\n{what}")

        def finish() -> None:
            progress.reset()
            progress.deleteLater()
            job.deleteLater()  # its thread has stopped
            self.job = None

        def on_finished(result: object) -> None:
            finish()
            on_done(result)
            self.idle.emit()

        def on_failed(error: object) -> None:
            finish()
            self.notifier.failure(title, error)
            self.failed.emit()
            self.idle.emit()

        job.progress.connect(on_progress)
        job.finished.connect(on_finished)
        job.failed.connect(on_failed)
        progress.canceled.connect(job.cancel)
        job.start()

    def stop(self) -> None:
        """Cancel the running job and wait for it (the window is closing)."""
        if self.job is not None:
            self.job.cancel()
            self.job.wait()
