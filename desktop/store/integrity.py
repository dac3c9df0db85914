"""Is a library file whole? A quick check on open, bounded in time so that a large library still
opens fast, and the full check, for the window to run in the background."""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

from desktop.store.errors import ErrorCode, LibraryError, library_error, translated
from desktop.store.identity import read_only_uri

# Seconds the check on open may take: a library of a hundred megabytes is checked whole in this
# time; the rest of a larger one is left to the full check in the background.
QUICK_CHECK_SECONDS = 0.2
MAX_PROBLEMS = 100  # SQLite's descriptions kept from a check: enough to say what is wrong
_SQLITE_INTERRUPT = 9


@dataclass(frozen=True)
class IntegrityResult:
    problems: tuple[str, ...]  # SQLite's own descriptions, at most MAX_PROBLEMS
    complete: bool = True  # False: the time ran out (or it was cancelled) before the end

    @property
    def ok(self) -> bool:
        return not self.problems

    def error(self, path: Path) -> LibraryError:
        """The damaged-library error this result means (only for a result that is not ok)."""
        return library_error(
            ErrorCode.DAMAGED, path, problems=len(self.problems), first=self.problems[0]
        )


def _run_check(
    conn: sqlite3.Connection, pragma: str, stop: threading.Event | None, seconds: float | None
) -> IntegrityResult:
    """Run an integrity pragma; `conn.interrupt()` (a timer, or a cancel) stops it early."""
    timer = threading.Timer(seconds, conn.interrupt) if seconds is not None else None
    if timer is not None:
        timer.start()
    try:
        if stop is not None and stop.is_set():
            return IntegrityResult((), complete=False)
        rows = [row[0] for row in conn.execute(f"PRAGMA {pragma}({MAX_PROBLEMS})")]
    except sqlite3.OperationalError as error:
        if getattr(error, "sqlite_errorcode", None) == _SQLITE_INTERRUPT:
            return IntegrityResult((), complete=False)
        raise
    finally:
        if timer is not None:
            timer.cancel()
            timer.join()  # an interrupt must never reach the connection after it is closed
    return IntegrityResult(tuple(row for row in rows if row != "ok"))


def quick_check(
    conn: sqlite3.Connection, seconds: float | None = QUICK_CHECK_SECONDS
) -> IntegrityResult:
    """SQLite's quick_check (every page and record, not the indexes' agreement with their
    tables), stopped after `seconds` (None: never): what was checked by then is reported."""
    return _run_check(conn, "quick_check", None, seconds)


class IntegrityCheck:
    """The full `integrity_check` of a library, on a connection of its own that only reads, so
    it can run on a worker thread while the library is in use; `cancel()` from any thread."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._stop = threading.Event()
        self._conn: sqlite3.Connection | None = None
        self._lock = threading.Lock()

    def run(self) -> IntegrityResult:
        """The result; `complete` is False if it was cancelled. Raises a LibraryError for a
        file that cannot be read at all (the error says what is wrong)."""
        with translated(self.path):
            conn = sqlite3.connect(read_only_uri(self.path), uri=True, check_same_thread=False)
        with self._lock:
            self._conn = conn
        try:
            with translated(self.path):
                return _run_check(conn, "integrity_check", self._stop, None)
        finally:
            with self._lock:
                self._conn = None
            conn.close()

    def cancel(self) -> None:
        self._stop.set()
        with self._lock:
            if self._conn is not None:
                self._conn.interrupt()
