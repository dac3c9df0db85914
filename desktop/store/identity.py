"""What a file given as a library is: ours (it carries our application id, or it is one of our
libraries from before the id was set), another program's database, an empty file, something
that is not a database at all. Only our own libraries are opened, migrated or restored."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from urllib.parse import quote

from desktop.store.errors import translated

APPLICATION_ID = 0x44526472  # "DRdr" in the file's header (`PRAGMA application_id`)
SQLITE_MAGIC = b"SQLite format 3\x00"
# Tables the first schema made: a database that has them all and no application id is one of
# our libraries from before the id was set.
OUR_TABLES = frozenset({"paper", "issue", "article", "article_fts", "tag", "highlight"})


class FileKind(StrEnum):
    MISSING = "missing"
    DIRECTORY = "directory"
    EMPTY = "empty"  # 0 bytes
    EMPTY_WITH_LOG = "empty_with_log"  # 0 bytes, with a write-ahead log beside it
    NOT_SQLITE = "not_sqlite"
    FOREIGN = "foreign"  # another program's SQLite database
    OURS = "ours"


@dataclass(frozen=True)
class Identity:
    kind: FileKind
    version: int = 0  # the schema version (`PRAGMA user_version`) of an SQLite file
    marked: bool = False  # it carries our application id


def wal_path(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def folder_writable(folder: Path) -> bool:
    probe = folder / f".district-reader-probe-{os.getpid()}"
    try:
        probe.touch()
        probe.unlink()
    except OSError:
        return False
    return True


def read_only_uri(path: Path, *, immutable: bool = False) -> str:
    flags = "mode=ro&immutable=1" if immutable else "mode=ro"
    return f"file:{quote(path.resolve().as_posix())}?{flags}"


def identify(path: Path, *, immutable: bool = False) -> Identity:
    """What the file at `path` is, read without changing it. An SQLite file that cannot be read
    raises the LibraryError its damage means."""
    if path.is_dir():
        return Identity(FileKind.DIRECTORY)
    if not path.exists():
        return Identity(FileKind.MISSING)
    if path.stat().st_size == 0:
        log = wal_path(path)
        has_log = log.is_file() and log.stat().st_size > 0
        return Identity(FileKind.EMPTY_WITH_LOG if has_log else FileKind.EMPTY)
    with path.open("rb") as fh:
        if fh.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC:
            return Identity(FileKind.NOT_SQLITE)
    with translated(path):
        conn = sqlite3.connect(read_only_uri(path, immutable=immutable), uri=True)
        try:
            return identify_connection(conn)
        finally:
            conn.close()


def identify_connection(conn: sqlite3.Connection) -> Identity:
    """What the database open on `conn` is (the file itself is known to be SQLite)."""
    application_id = conn.execute("PRAGMA application_id").fetchone()[0]
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if application_id == APPLICATION_ID:
        return Identity(FileKind.OURS, version, marked=True)
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if application_id == 0 and version > 0 and tables >= OUR_TABLES:
        return Identity(FileKind.OURS, version, marked=False)
    return Identity(FileKind.FOREIGN, version)
