"""Open a library file: check it, migrate it, and hand out sessions with the right pragmas."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Engine, event
from sqlalchemy.pool import QueuePool
from sqlmodel import Session, create_engine

from desktop.store.errors import (
    LibraryDamagedError,
    LibraryReadOnlyError,
    LibraryTooNewError,
    translated,
)
from desktop.store.migrations import migrate, schema_version
from desktop.store.schema import LATEST_VERSION

_SQLITE_MAGIC = b"SQLite format 3\x00"
MMAP_BYTES = 1 << 30  # address space, not memory: pages are read on demand


def _set_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA busy_timeout = 5000")
    cursor.execute("PRAGMA synchronous = NORMAL")
    # Connections are short-lived (one per session), so SQLite's own page cache starts cold each
    # time; memory-mapped reads share the operating system's cache across connections instead.
    cursor.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
    cursor.close()


class Database:
    """One library file. Pass it to the services; it owns the engine."""

    def __init__(
        self,
        path: Path,
        engine: Engine,
        *,
        created: bool,
        backup: Path | None,
        read_only: bool = False,
    ) -> None:
        self.path = path
        self.engine = engine
        self.created = created  # a new, empty library
        self.backup = backup  # the copy taken before a migration, if one ran
        self.read_only = read_only  # opened for reading only: every write is refused by SQLite

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session whose work is committed atomically at the end, or rolled back."""
        # Rows handed back stay readable after the commit (they are plain values to callers).
        with translated(self.path), Session(self.engine, expire_on_commit=False) as session:
            yield session
            session.commit()

    def close(self) -> None:
        self.engine.dispose()


def _check_file(path: Path) -> bool:
    """Refuse a file that is not a library before SQLite half-opens it; True if it is new."""
    if not path.exists() or path.stat().st_size == 0:
        return True
    with path.open("rb") as fh:
        header = fh.read(len(_SQLITE_MAGIC))
    if header != _SQLITE_MAGIC:
        raise LibraryDamagedError(
            path,
            f"The file {path.name} is not a District Reader library (or it is damaged).",
            "Restore a backup copy (the daily copies are in the backups folder beside "
            "it), or choose another library.",
        )
    return False


def _engine(connect: Callable[[], sqlite3.Connection]) -> Engine:
    """The engine over a library's connections, read-write or read-only alike."""
    engine = create_engine(
        "sqlite://",
        creator=connect,
        # A small pool: each session checks a connection out for itself alone (a worker thread
        # and the UI thread never use one at the same time), and an open connection keeps its
        # page cache and memory map, which a new connection per session would rebuild each time.
        poolclass=QueuePool,
        pool_size=3,
        max_overflow=5,
    )
    event.listen(engine, "connect", _set_pragmas)
    return engine


def _folder_writable(folder: Path) -> bool:
    probe = folder / f".district-reader-probe-{os.getpid()}"
    try:
        probe.touch()
        probe.unlink()
    except OSError:
        return False
    return True


def open_read_only(path: Path | str) -> Database:
    """Open a library for reading only: for a library in a folder that cannot be written to,
    or one another program is changing. Nothing is migrated or created."""
    path = Path(path)
    if _check_file(path):
        raise LibraryDamagedError(
            path, f"There is no library at {path}.", "Choose another library."
        )
    # In a folder that cannot be written, SQLite cannot make the WAL's shared-memory file: the
    # file is then read as it is on disk, with no locking (immutable).
    immutable = "" if _folder_writable(path.parent) else "&immutable=1"
    uri = f"file:{quote(path.resolve().as_posix())}?mode=ro{immutable}"
    with translated(path):
        conn = sqlite3.connect(uri, uri=True)
        try:
            version = schema_version(conn)
        finally:
            conn.close()
    if version != LATEST_VERSION:
        raise LibraryTooNewError(
            path,
            f"The library {path.name} is of another version (schema {version}; this version "
            f"reads {LATEST_VERSION}) and cannot be updated while it is read-only.",
            "Open it with a version that matches, or choose another library.",
        )
    engine = _engine(lambda: sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=5))
    return Database(path, engine, created=False, backup=None, read_only=True)


def open_database(path: Path | str) -> Database:
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise LibraryReadOnlyError(
            path,
            f"The folder for the library cannot be created ({error.strerror}).",
            "Choose a library in a folder you can write to.",
        ) from None
    created = _check_file(path)
    with translated(path):
        backup = migrate(path)
        conn = sqlite3.connect(path)
        try:
            conn.execute("PRAGMA journal_mode = WAL")
        finally:
            conn.close()
    engine = _engine(lambda: sqlite3.connect(path, check_same_thread=False, timeout=5))
    return Database(path, engine, created=created, backup=backup)
