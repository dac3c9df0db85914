"""jieba's dictionary, loaded once on a worker thread after the window is up.

Loading takes about a second of pure Python. Run on the UI thread it freezes the window; run
on a bare thread that nothing watches, the window cannot know when it is done. A Job runs it and
`ready` is emitted on the UI thread once words, keywords and search can be used at no pause:
the suggestions panel and the search wait for that signal.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

from desktop.nlp import Segmenter
from desktop.ui.workers import Job

log = logging.getLogger(__name__)


class LanguageTools(QObject):
    ready = Signal()

    def __init__(self, segmenter: Segmenter, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.segmenter = segmenter
        self._job: Job | None = None  # held here: a job nothing references is collected
        self._stopped = False

    @property
    def is_ready(self) -> bool:
        return self.segmenter.loaded

    def start(self) -> None:
        """Begin loading (once); `ready` follows, at once if it is loaded already."""
        if self._job is not None:
            return
        if self.is_ready:  # the first run's import of the samples loaded it already
            self._loaded(None)
            return
        self._job = Job(lambda _progress, _cancelled: self.segmenter.load(), self)
        self._job.finished.connect(self._loaded)
        self._job.failed.connect(self._failed)
        self._job.start()

    def stop(self) -> None:
        """Wait for a load in progress (the window is closing). A closed window is told
        nothing more: work started on `ready` would outlive it."""
        self._stopped = True
        if self._job is not None:
            self._job.wait()

    def _loaded(self, _result: object) -> None:
        if self._stopped:
            return
        log.info("language tools ready (jieba's dictionary loaded)")
        self.ready.emit()

    def _failed(self, _error: object) -> None:
        # Already logged by the job. Search and suggestions then load it when first used.
        self._job = None
