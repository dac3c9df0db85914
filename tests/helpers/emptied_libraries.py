"""A library file emptied (by a sync tool, a crash) while its write-ahead log survives."""

import shutil
import sqlite3


def log_of(library_file, tmp_path, change):
    """The write-ahead log a library has while `change` is not yet checkpointed into it: the
    connection is left without closing (as a crash leaves it) once the log is copied."""
    work = tmp_path / "work"
    work.mkdir()
    shutil.copyfile(library_file, work / "lib.sqlite3")
    conn = sqlite3.connect(work / "lib.sqlite3", isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute(change)
    log = (work / "lib.sqlite3-wal").read_bytes()
    conn.close()
    return log


def emptied(tmp_path, log):
    """An empty library file beside a surviving write-ahead log `log`."""
    path = tmp_path / "library.sqlite3"
    path.write_bytes(b"")
    (tmp_path / "library.sqlite3-wal").write_bytes(log)
    return path


def application_id(path):
    """The file's SQLite application id (ours marks a library)."""
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA application_id").fetchone()[0]
    finally:
        conn.close()
