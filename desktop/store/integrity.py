"""Is a library file whole? A quick check on open, bounded in time so that a large library still
opens fast, and the full check, for the window to run in the background."""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

from desktop.store.errors import ErrorCode, LibraryError, library_error, translated
from desktop.store.identity import folder_writable, read_only_uri

# Seconds the check on open may take: a library of a hundred megabytes is checked whole in this
# time; the rest of a larger one is left to the full check in the background.
QUICK_CHECK_SECONDS = 0.2
MAX_PROBLEMS = 100  # SQLite's descriptions kept from a check: enough to say what is wrong
_SQLITE_INTERRUPT = 9
# The tables that hold the user's own work (schema.py): checked first on open.
USER_TABLES = ("highlight", "article_tag", "tag", "article_state", "issue_edit")


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
    conn: sqlite3.Connection,
    pragmas: list[str],
    stop: threading.Event | None,
    seconds: float | None,
) -> IntegrityResult:
    """Run integrity pragmas in turn; `conn.interrupt()` (a timer, or a cancel) stops them
    early, and what was found by then is reported."""
    timer = threading.Timer(seconds, conn.interrupt) if seconds is not None else None
    if timer is not None:
        timer.start()
    problems: list[str] = []
    try:
        for pragma in pragmas:
            if stop is not None and stop.is_set():
                return IntegrityResult(tuple(problems), complete=False)
            problems += (row[0] for row in conn.execute(f"PRAGMA {pragma}") if row[0] != "ok")
    except sqlite3.OperationalError as error:
        if getattr(error, "sqlite_errorcode", None) == _SQLITE_INTERRUPT:
            return IntegrityResult(tuple(problems), complete=False)
        raise
    finally:
        if timer is not None:
            timer.cancel()
            timer.join()  # an interrupt must never reach the connection after it is closed
    return IntegrityResult(tuple(problems[:MAX_PROBLEMS]))


def quick_check(
    conn: sqlite3.Connection, seconds: float | None = QUICK_CHECK_SECONDS
) -> IntegrityResult:
    """SQLite's quick_check (every page and record, not the indexes' agreement with their
    tables), stopped after `seconds` (None: never): what was checked by then is reported. The
    tables of user data come first: small, and what a large library's time might not reach."""
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    first = [f"quick_check({t})" for t in USER_TABLES if t in tables]
    return _run_check(conn, [*first, f"quick_check({MAX_PROBLEMS})"], None, seconds)


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
        # In a folder that cannot be written, the file is read as it is on disk (as the window
        # reads such a library): SQLite could not make the shared memory a WAL needs.
        uri = read_only_uri(self.path, immutable=not folder_writable(self.path.parent))
        with translated(self.path):
            conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
        with self._lock:
            self._conn = conn
        try:
            with translated(self.path):
                return _run_check(conn, [f"integrity_check({MAX_PROBLEMS})"], self._stop, None)
        finally:
            with self._lock:
                self._conn = None
            conn.close()

    def cancel(self) -> None:
        self._stop.set()
        with self._lock:
            if self._conn is not None:
                self._conn.interrupt()
