"""Bring a library file to the current schema: a backup copy first, then every missing step in
one transaction, with foreign keys off (a table rebuild must not cascade-delete user data) and a
foreign-key check before the commit."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop.store.errors import LibraryDamagedError, LibraryTooNewError
from desktop.store.schema import LATEST_VERSION, STEPS


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def backup_path(path: Path, version: int) -> Path:
    return path.with_name(f"{path.stem}.v{version}.bak{path.suffix}")


def migrate(path: Path) -> Path | None:
    """Migrate the library at `path`; return the backup copy made first, if any."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        version = schema_version(conn)
        if version > LATEST_VERSION:
            raise LibraryTooNewError(
                path,
                f"The library {path.name} was written by a newer District Reader "
                f"(schema {version}; this version knows up to {LATEST_VERSION}).",
                "Open it with the newer version, or choose another library.",
            )
        if version == LATEST_VERSION:
            return None
        backup = None
        if version > 0:
            backup = backup_path(path, version)
            with sqlite3.connect(backup) as target:
                conn.backup(target)
            target.close()
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("BEGIN IMMEDIATE")
        try:
            for _description, statements in STEPS[version:]:
                for statement in statements:
                    conn.execute(statement)
            problems = conn.execute("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise LibraryDamagedError(
                    path,
                    f"Updating the library {path.name} would break {len(problems)} links.",
                    f"Nothing was changed; a copy was kept at {backup}."
                    if backup
                    else "Nothing was changed.",
                )
            conn.execute(f"PRAGMA user_version = {LATEST_VERSION}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        return backup
    finally:
        conn.close()
