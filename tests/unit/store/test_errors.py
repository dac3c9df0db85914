"""Database errors are told apart by SQLite's own result code, never by the words of the
message, and each LibraryError carries a code and parameters the interface can say in its own
language, beside the English text the command line prints."""

import shutil
import sqlite3
import string

import pytest
from sqlalchemy import text

from desktop.store.database import open_database
from desktop.store.errors import (
    MESSAGES,
    DiskFullError,
    ErrorCode,
    LibraryDamagedError,
    LibraryError,
    LibraryLockedError,
    LibraryReadOnlyError,
    classify,
    library_error,
)


def _error_of(conn, statement):
    with pytest.raises(sqlite3.Error) as info:
        conn.execute(statement)
    return info.value


def test_an_error_whose_message_only_sounds_like_a_problem_is_a_bug(tmp_path):
    conn = sqlite3.connect(tmp_path / "x.sqlite3")
    for table in ("locked_full", "readonly_malformed", "busy"):
        error = _error_of(conn, f"SELECT * FROM {table}")  # "no such table: …"
        assert classify(tmp_path, error) is None, table
    conn.close()


def test_a_busy_library_is_locked(tmp_path):
    path = tmp_path / "x.sqlite3"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN EXCLUSIVE")
    other = sqlite3.connect(path, timeout=0)
    error = classify(path, _error_of(other, "SELECT * FROM t"))
    assert isinstance(error, LibraryLockedError) and error.code is ErrorCode.LOCKED
    assert error.problem == "The library x.sqlite3 is in use by another program."
    holder.close()
    other.close()


def test_a_full_disk_and_a_read_only_file_by_their_codes(tmp_path):
    path = tmp_path / "x.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    conn = sqlite3.connect(path)
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")
    full = classify(path, _error_of(conn, "INSERT INTO t SELECT randomblob(100000)"))
    assert isinstance(full, DiskFullError) and full.code is ErrorCode.DISK_FULL
    conn.close()
    reader = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    read_only = classify(path, _error_of(reader, "INSERT INTO t VALUES (1)"))
    assert isinstance(read_only, LibraryReadOnlyError) and read_only.code is ErrorCode.READ_ONLY
    reader.close()


def test_an_error_through_sqlalchemy_is_classified_by_the_drivers_code(
    tmp_path, seeded_library_file
):
    path = tmp_path / "lib.sqlite3"
    shutil.copyfile(seeded_library_file, path)
    db = open_database(path)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(LibraryLockedError) as info, db.session() as session:
            session.connection().exec_driver_sql("PRAGMA busy_timeout = 0")
            session.execute(text("INSERT INTO tag(name, color, created_at) VALUES ('a','b','c')"))
        assert info.value.params["name"] == "lib.sqlite3"
    finally:
        holder.close()
        db.close()


def test_a_damaged_file_by_its_code(tmp_path, seeded_library_file):
    path = tmp_path / "lib.sqlite3"
    data = bytearray(seeded_library_file.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # page 1's b-tree: sqlite_master
    path.write_bytes(bytes(data))
    conn = sqlite3.connect(path)
    error = classify(path, _error_of(conn, "SELECT * FROM article"))
    assert isinstance(error, LibraryDamagedError) and error.code is ErrorCode.DAMAGED
    conn.close()


def test_every_code_has_an_english_text_made_from_its_params(tmp_path):
    assert set(MESSAGES) == set(ErrorCode)
    for code, (kind, problem, advice) in MESSAGES.items():
        names = {f for _, f, _, _ in string.Formatter().parse(problem + advice) if f}
        params = {name: f"<{name}>" for name in names - {"name", "path"}}
        error = library_error(code, tmp_path / "lib.sqlite3", **params)
        assert isinstance(error, kind) and isinstance(error, LibraryError)
        assert error.code is code and error.code == code.value
        assert error.params == {"name": "lib.sqlite3", "path": str(tmp_path / "lib.sqlite3"),
                                **params}  # fmt: skip
        assert "{" not in error.problem + error.advice
        assert str(error) == f"{error.problem} {error.advice}"


def test_the_old_constructor_still_works_and_names_its_class_code(tmp_path):
    error = LibraryLockedError(tmp_path / "lib.sqlite3", "In use.", "Try again.")
    assert (error.code, error.problem, error.advice) == (ErrorCode.LOCKED, "In use.", "Try again.")
    assert error.params["name"] == "lib.sqlite3"
