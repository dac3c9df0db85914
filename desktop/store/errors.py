"""Errors a user can act on (the library is locked, damaged, read-only, the disk is full),
kept apart from bugs: each carries what went wrong and what to do about it."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import exc as sa_exc


class LibraryError(Exception):
    def __init__(self, path: Path | str, problem: str, advice: str) -> None:
        self.path, self.problem, self.advice = Path(path), problem, advice
        super().__init__(f"{problem} {advice}")


class LibraryLockedError(LibraryError):
    pass


class LibraryDamagedError(LibraryError):
    pass


class LibraryTooNewError(LibraryError):
    pass


class LibraryReadOnlyError(LibraryError):
    pass


class DiskFullError(LibraryError):
    pass


def classify(path: Path | str, error: BaseException) -> LibraryError | None:
    """The LibraryError a database error means, or None for an error that is a bug."""
    text = str(error).lower()
    name = Path(path).name
    if "locked" in text or "busy" in text:
        return LibraryLockedError(
            path,
            f"The library {name} is in use by another program.",
            "Close the other District Reader window (or the program using the file) and try again.",
        )
    if "full" in text:
        return DiskFullError(
            path,
            f"The disk holding {name} is full; nothing was saved.",
            "Free some space on the disk and try again.",
        )
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return LibraryReadOnlyError(
            path,
            f"The library {name} cannot be written to.",
            "Check the folder's permissions, or open a library in a folder you can write to.",
        )
    if "not a database" in text or "malformed" in text or "disk i/o" in text:
        return LibraryDamagedError(
            path,
            f"The library {name} is damaged.",
            "Restore a backup copy (the daily copies are in the backups folder beside "
            "it), or start a new library.",
        )
    return None


@contextmanager
def translated(path: Path | str) -> Iterator[None]:
    """Turn database errors the user can act on into LibraryErrors; let bugs through."""
    try:
        yield
    except (sqlite3.Error, sa_exc.DBAPIError, sa_exc.OperationalError) as error:
        original = getattr(error, "orig", None) or error
        known = classify(path, original)
        if known is None:
            raise
        raise known from error
