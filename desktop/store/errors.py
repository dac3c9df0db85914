"""Errors a user can act on (the library is locked, damaged, read-only, the disk is full),
kept apart from bugs: each carries what went wrong and what to do about it.

Every error has a machine-readable `code` and `params`, so that the window and the command line
can say it in the interface's language; `problem` and `advice` are the English text, made from
the same code and params by the table below."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path

from sqlalchemy import exc as sa_exc


class ErrorCode(StrEnum):
    LOCKED = "locked"
    DISK_FULL = "disk_full"
    READ_ONLY = "read_only"
    FOLDER_UNWRITABLE = "folder_unwritable"
    DAMAGED = "damaged"
    TOO_NEW = "too_new"
    OTHER_VERSION = "other_version"
    NOT_A_LIBRARY = "not_a_library"
    FOREIGN_DATABASE = "foreign_database"
    EMPTY_FILE = "empty_file"
    EMPTY_FILE_WITH_LOG = "empty_file_with_log"
    MISSING = "missing"
    IS_A_DIRECTORY = "is_a_directory"
    LINKS_BROKEN = "links_broken"
    BACKUP_MISSING = "backup_missing"
    BACKUP_NOT_A_LIBRARY = "backup_not_a_library"
    BACKUP_DAMAGED = "backup_damaged"


class LibraryError(Exception):
    code: ErrorCode = ErrorCode.DAMAGED  # each subclass names its own

    def __init__(
        self,
        path: Path | str,
        problem: str,
        advice: str,
        *,
        code: ErrorCode | None = None,
        params: dict[str, object] | None = None,
    ) -> None:
        self.path, self.problem, self.advice = Path(path), problem, advice
        if code is not None:
            self.code = code
        self.params: dict[str, object] = {
            "name": self.path.name,
            "path": str(self.path),
            **(params or {}),
        }
        super().__init__(f"{problem} {advice}")


class LibraryLockedError(LibraryError):
    code = ErrorCode.LOCKED


class LibraryDamagedError(LibraryError):
    code = ErrorCode.DAMAGED


class LibraryTooNewError(LibraryError):
    code = ErrorCode.TOO_NEW


class LibraryReadOnlyError(LibraryError):
    code = ErrorCode.READ_ONLY


class DiskFullError(LibraryError):
    code = ErrorCode.DISK_FULL


_RESTORE = (
    "Restore a backup copy (the daily copies are in the backups folder beside it), "
    "or choose another library."
)

# code: (the class raised, the problem, the advice), in English, formatted with the params.
MESSAGES: dict[ErrorCode, tuple[type[LibraryError], str, str]] = {
    ErrorCode.LOCKED: (
        LibraryLockedError,
        "The library {name} is in use by another program.",
        "Close the other District Reader window (or the program using the file) and try again.",
    ),
    ErrorCode.DISK_FULL: (
        DiskFullError,
        "The disk holding {name} is full; nothing was saved.",
        "Free some space on the disk and try again.",
    ),
    ErrorCode.READ_ONLY: (
        LibraryReadOnlyError,
        "The library {name} cannot be written to.",
        "Check the folder's permissions, or open a library in a folder you can write to.",
    ),
    ErrorCode.FOLDER_UNWRITABLE: (
        LibraryReadOnlyError,
        "The library {name} cannot be written to: its folder {folder} is read-only or "
        "cannot be created.",
        "Choose a library in a folder you can write to, or open this one read-only.",
    ),
    ErrorCode.DAMAGED: (
        LibraryDamagedError,
        "The library {name} is damaged.",
        "Restore a backup copy (the daily copies are in the backups folder beside it), "
        "or start a new library.",
    ),
    ErrorCode.TOO_NEW: (
        LibraryTooNewError,
        "The library {name} was written by a newer District Reader "
        "(schema {version}; this version knows up to {latest}).",
        "Open it with the newer version, or choose another library.",
    ),
    ErrorCode.OTHER_VERSION: (
        LibraryTooNewError,
        "The library {name} is of another version (schema {version}; this version reads "
        "{latest}) and cannot be updated while it is read-only.",
        "Open it with a version that matches, or choose another library.",
    ),
    ErrorCode.NOT_A_LIBRARY: (
        LibraryDamagedError,
        "The file {name} is not a District Reader library (it is not a database at all, "
        "or it is damaged).",
        _RESTORE,
    ),
    ErrorCode.FOREIGN_DATABASE: (
        LibraryError,
        "The file {name} is a database of another program, not a District Reader library; "
        "it was left unchanged.",
        "Choose a District Reader library, or a new file name to start one.",
    ),
    ErrorCode.EMPTY_FILE: (
        LibraryError,
        "The file {name} is empty: it is not a library District Reader made, "
        "and it was left unchanged.",
        "To start a new library there, delete the empty file first; or restore a backup "
        "copy, or choose another library.",
    ),
    ErrorCode.EMPTY_FILE_WITH_LOG: (
        LibraryError,
        "The library file {name} is empty, and what its write-ahead log {log} holds is not "
        "a whole District Reader library; both files were left unchanged.",
        _RESTORE,
    ),
    ErrorCode.MISSING: (
        LibraryError,
        "There is no library at {path}.",
        "Choose another library.",
    ),
    ErrorCode.IS_A_DIRECTORY: (
        LibraryError,
        "{path} is a folder, not a library file.",
        "Give the library's file inside it (such as library.sqlite3), or a new file name to "
        "start one.",
    ),
    ErrorCode.LINKS_BROKEN: (
        LibraryDamagedError,
        "Updating the library {name} would break {count} links.",
        "Nothing was changed; the copy taken before the update is {backup}.",
    ),
    ErrorCode.BACKUP_MISSING: (
        LibraryError,
        "The backup {path} does not exist.",
        "Choose one of the copies `backup list` shows.",
    ),
    ErrorCode.BACKUP_NOT_A_LIBRARY: (
        LibraryError,
        "The file {name} is not a District Reader library, so it cannot be restored; "
        "nothing was changed.",
        "Choose one of the copies `backup list` shows.",
    ),
    ErrorCode.BACKUP_DAMAGED: (
        LibraryDamagedError,
        "The backup {name} is damaged too.",
        "Choose an older backup.",
    ),
}


def library_error(code: ErrorCode, path: Path | str, **params: object) -> LibraryError:
    """The error for `code`, with its English text made from `params` (and the file's name)."""
    kind, problem, advice = MESSAGES[code]
    values = {"name": Path(path).name, "path": str(path), **params}
    return kind(path, problem.format(**values), advice.format(**values), code=code, params=params)


# SQLite's primary result codes (the low byte of an extended code) that a user can act on.
_SQLITE_CODES = {
    5: ErrorCode.LOCKED,  # SQLITE_BUSY
    6: ErrorCode.LOCKED,  # SQLITE_LOCKED
    13: ErrorCode.DISK_FULL,  # SQLITE_FULL
    8: ErrorCode.READ_ONLY,  # SQLITE_READONLY
    3: ErrorCode.READ_ONLY,  # SQLITE_PERM
    14: ErrorCode.READ_ONLY,  # SQLITE_CANTOPEN: the file or its folder cannot be opened
    11: ErrorCode.DAMAGED,  # SQLITE_CORRUPT
    26: ErrorCode.DAMAGED,  # SQLITE_NOTADB
    10: ErrorCode.DAMAGED,  # SQLITE_IOERR
}


def classify(path: Path | str, error: BaseException) -> LibraryError | None:
    """The LibraryError a database error means, or None for an error that is a bug."""
    original = getattr(error, "orig", None) or error  # SQLAlchemy wraps the driver's error
    extended = getattr(original, "sqlite_errorcode", None)
    if extended is None:  # raised by the driver itself (a closed connection...): a bug
        return None
    code = _SQLITE_CODES.get(extended & 0xFF)
    return library_error(code, path) if code is not None else None


@contextmanager
def translated(path: Path | str) -> Iterator[None]:
    """Turn database errors the user can act on into LibraryErrors; let bugs through."""
    try:
        yield
    except (sqlite3.Error, sa_exc.DBAPIError) as error:
        known = classify(path, error)
        if known is None:
            raise
        raise known from error
