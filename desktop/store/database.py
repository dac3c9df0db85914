"""Open a library file: check that it is ours and whole, migrate it, and hand out sessions with
the right pragmas."""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from sqlalchemy import Engine, event
from sqlalchemy.pool import QueuePool
from sqlmodel import Session, create_engine

from desktop.store.errors import ErrorCode, library_error, translated
from desktop.store.identity import (
    FileKind,
    Identity,
    folder_writable,
    identify,
    read_only_uri,
    wal_path,
)
from desktop.store.integrity import quick_check
from desktop.store.migrations import create, migrate
from desktop.store.recovery import recover_from_log
from desktop.store.steps import LATEST_VERSION, READABLE_FROM, Progress

_SIDE_FILES = ("-wal", "-shm", "-journal")
log = logging.getLogger(__name__)
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
        recovered_from: Path | None = None,
    ) -> None:
        self.path = path
        self.engine = engine
        self.created = created  # a new, empty library
        self.backup = backup  # the copy taken before a migration, if one ran
        self.read_only = read_only  # opened for reading only: every write is refused by SQLite
        # The library was an empty file whose write-ahead log held it whole: what was read from
        # the log is this library now; the empty file (and its log) were kept at this path.
        self.recovered_from = recovered_from

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session whose work is committed atomically at the end, or rolled back."""
        # Rows handed back stay readable after the commit (they are plain values to callers).
        with translated(self.path), Session(self.engine, expire_on_commit=False) as session:
            yield session
            session.commit()

    def close(self) -> None:
        self.engine.dispose()


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


def open_read_only(path: Path | str) -> Database:
    """Open a library for reading only: for a library in a folder that cannot be written to,
    one another program is changing, or a damaged one whose readable part is wanted. Nothing is
    checked, migrated or created."""
    path = Path(path)
    # In a folder that cannot be written, SQLite cannot make the WAL's shared-memory file: the
    # file is then read as it is on disk, with no locking (immutable).
    immutable = not folder_writable(path.parent)
    identity = _ours(path, identify(path, immutable=immutable))
    if not READABLE_FROM <= identity.version <= LATEST_VERSION:
        raise library_error(
            ErrorCode.OTHER_VERSION, path, version=identity.version, latest=LATEST_VERSION
        )
    uri = read_only_uri(path, immutable=immutable)
    engine = _engine(lambda: sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=5))
    return Database(path, engine, created=False, backup=None, read_only=True)


def _ours(path: Path, identity: Identity) -> Identity:
    """The identity of one of our libraries; anything else is refused with what it is."""
    if identity.kind is FileKind.OURS:
        return identity
    refusal = {
        FileKind.DIRECTORY: ErrorCode.IS_A_DIRECTORY,
        FileKind.MISSING: ErrorCode.MISSING,
        FileKind.EMPTY: ErrorCode.EMPTY_FILE,
        FileKind.EMPTY_WITH_LOG: ErrorCode.EMPTY_FILE_WITH_LOG,
        FileKind.NOT_SQLITE: ErrorCode.NOT_A_LIBRARY,
        FileKind.FOREIGN: ErrorCode.FOREIGN_DATABASE,
    }[identity.kind]
    if refusal is ErrorCode.EMPTY_FILE_WITH_LOG:
        raise library_error(refusal, path, log=wal_path(path).name)
    raise library_error(refusal, path)


def _create(path: Path) -> bool:
    """Make a new library at `path`: built whole under a temporary name and linked into place,
    so that no half-made file ever stands at `path`. False if another program made one there
    first (it is then opened as it is)."""
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        raise library_error(ErrorCode.FOLDER_UNWRITABLE, path, folder=str(folder)) from None
    if not folder_writable(folder):
        raise library_error(ErrorCode.FOLDER_UNWRITABLE, path, folder=str(folder))
    # Named for this process: two programs making the same new library never share it.
    partial = path.with_name(f".{path.name}.new-{os.getpid()}")
    side_files = [partial, *(partial.with_name(partial.name + s) for s in _SIDE_FILES)]
    for leftover in side_files:
        leftover.unlink(missing_ok=True)  # from a run of the same number that stopped half-way
    try:
        with translated(path):
            create(partial)
            conn = sqlite3.connect(partial)
            try:
                conn.execute("PRAGMA journal_mode = WAL")
            finally:
                conn.close()
    except BaseException:
        for leftover in side_files:
            leftover.unlink(missing_ok=True)
        raise
    try:
        os.link(partial, path)  # unlike a rename, never replaces a file that appeared there
    except FileExistsError:
        return False
    except OSError:  # a file system without hard links (FAT on a USB stick, some shares)
        if path.exists():
            return False
        os.rename(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    return True


def open_database(path: Path | str, progress: Progress | None = None) -> Database:
    """Open the library at `path` for reading and writing, migrating it if it is of an older
    version (a step that runs code tells `progress` (done, total)); a path where there is no
    file gets a new library (`created`). Anything that is not one of our libraries, or that
    fails the quick check, is refused with a LibraryError."""
    path = Path(path)
    identity = identify(path)
    recovered_from = None
    if identity.kind is FileKind.EMPTY_WITH_LOG:
        _check_writable(path)
        recovered_from = recover_from_log(path, date.today())
        log.warning(
            "%s was empty; its log was recovered (the two kept as %s)", path, recovered_from
        )
    created = identity.kind is FileKind.MISSING and _create(path)
    if identity.kind in (FileKind.MISSING, FileKind.EMPTY_WITH_LOG):
        identity = identify(path)
    _ours(path, identity)
    if not created:
        _check_writable(path)
        _check_whole(path)
    with translated(path):
        backup = migrate(path, progress)
        conn = sqlite3.connect(path)
        try:
            conn.execute("PRAGMA journal_mode = WAL")
        finally:
            conn.close()
    engine = _engine(lambda: sqlite3.connect(path, check_same_thread=False, timeout=5))
    return Database(path, engine, created=created, backup=backup, recovered_from=recovered_from)


def _check_writable(path: Path) -> None:
    if not folder_writable(path.parent):
        raise library_error(ErrorCode.FOLDER_UNWRITABLE, path, folder=str(path.parent))
    if not os.access(path, os.W_OK):
        raise library_error(ErrorCode.READ_ONLY, path)


def _check_whole(path: Path) -> None:
    """Refuse a damaged library before anything is written to it."""
    with translated(path):
        conn = sqlite3.connect(path)
        try:
            result = quick_check(conn)
        finally:
            conn.close()
    if not result.ok:
        raise result.error(path)
