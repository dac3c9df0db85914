"""The window's searches, run off the UI thread.

One search runs at a time. A search asked for while another runs replaces any that was waiting,
and the running one's results are dropped when they arrive: the user sees only the answer to
what the search box says now. Searches wait for jieba's dictionary (LanguageTools.ready), so the
first search never loads it on the UI thread.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from desktop.services.search import SearchFilters, SearchResults, search
from desktop.store.database import Database
from desktop.ui.language_tools import LanguageTools
from desktop.ui.workers import Job


@dataclass(frozen=True)
class SearchRequest:
    text: str
    filters: SearchFilters
    limit: int | None


class SearchRunner(QObject):
    finished = Signal(object)  # SearchResults of the latest request
    failed = Signal(object)  # the exception: InvalidInput (a query to correct), LibraryError, bug
    waiting = Signal()  # the request waits for the language tools

    def __init__(self, db: Database, language: LanguageTools, parent: QObject | None = None):
        super().__init__(parent)
        self._db = db
        self._language = language
        self._pending: SearchRequest | None = None
        self._job: Job | None = None
        language.ready.connect(self._start_pending)

    @property
    def busy(self) -> bool:
        return self._job is not None or self._pending is not None

    def run(self, text: str, filters: SearchFilters, limit: int | None) -> None:
        self._pending = SearchRequest(text, filters, limit)
        if not self._language.is_ready:
            self._language.start()
            self.waiting.emit()
            return
        self._start_pending()

    def cancel(self) -> None:
        """Forget the waiting search and drop the running one's results."""
        self._pending = None
        if self._job is not None:
            self._job.cancel()

    def wait(self) -> None:
        if self._job is not None:
            self._job.wait()

    def _start_pending(self) -> None:
        if self._job is not None or self._pending is None or not self._language.is_ready:
            return  # the running search's end starts the next
        request, self._pending = self._pending, None
        db, segmenter = self._db, self._language.segmenter

        def work(_progress, _cancelled) -> SearchResults:
            return search(db, segmenter, request.text, request.filters, limit=request.limit)

        job = Job(work, self)
        job.finished.connect(self._done)
        job.failed.connect(self._error)
        self._job = job
        job.start()

    def _finish_job(self) -> bool:
        """True if the finished job's outcome is still wanted."""
        job, self._job = self._job, None
        wanted = job is not None and not job.cancelled and self._pending is None
        self._start_pending()
        return wanted

    def _done(self, results: SearchResults) -> None:
        if self._finish_job():
            self.finished.emit(results)

    def _error(self, error: object) -> None:
        if self._finish_job():
            self.failed.emit(error)
