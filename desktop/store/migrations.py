"""Make a new library from the current schema, or bring an older file to it by the steps of its
history: a backup copy first, then every missing step in one transaction, with foreign keys off
(a table rebuild must not cascade-delete user data) and a foreign-key check before the commit.
The same transaction marks the file with our application id, which a library made before the id
existed gets on its first open."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from desktop.store.errors import ErrorCode, library_error
from desktop.store.identity import APPLICATION_ID
from desktop.store.schema import create_schema
from desktop.store.steps import LATEST_VERSION, STEPS, Progress


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def backup_path(path: Path, version: int) -> Path:
    return path.with_name(f"{path.stem}.v{version}.bak{path.suffix}")


def _stamp(conn: sqlite3.Connection) -> None:
    """Mark the file as one of our libraries at the latest version."""
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION}")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def _no_progress(_done: int, _total: int) -> None:
    """Progress nobody asked for."""


@contextmanager
def _transaction(conn: sqlite3.Connection) -> Iterator[None]:
    """One write transaction on a connection in autocommit mode: all of it or none."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def create(path: Path) -> None:
    """Make the current schema in the empty database at `path`, stamped with the latest
    version, in one transaction."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        with _transaction(conn):
            create_schema(conn)
            _stamp(conn)
    finally:
        conn.close()


def migrate(path: Path, progress: Progress | None = None) -> Path | None:
    """Migrate the library at `path`; return the backup copy made first, if any. A step that
    runs code tells `progress` (done, total) as it goes."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        version = schema_version(conn)
        if version > LATEST_VERSION:
            raise library_error(ErrorCode.TOO_NEW, path, version=version, latest=LATEST_VERSION)
        if version == LATEST_VERSION:
            if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            return None
        backup = None
        if version > 0:
            backup = backup_path(path, version)
            with sqlite3.connect(backup) as target:
                conn.backup(target)
            target.close()
        conn.execute("PRAGMA foreign_keys = OFF")
        with _transaction(conn):
            for _description, action in STEPS[version:]:
                if callable(action):
                    action(conn, progress or _no_progress)
                else:
                    for statement in action:
                        conn.execute(statement)
            problems = conn.execute("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise library_error(
                    ErrorCode.LINKS_BROKEN, path, count=len(problems), backup=str(backup)
                )
            _stamp(conn)
        return backup
    finally:
        conn.close()
