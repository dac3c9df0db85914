"""An emptied library file whose write-ahead log survives: recovered whole when the log holds a
whole library of ours (the empty file and its log kept beside it), refused otherwise with both
files left exactly as they were."""

import sqlite3
from datetime import date

import pytest

from desktop.services import library
from desktop.store.database import open_database
from desktop.store.errors import ErrorCode, LibraryError
from desktop.store.identity import APPLICATION_ID
from desktop.store.recovery import recover_from_log
from tests.helpers.emptied_libraries import application_id as _application_id
from tests.helpers.emptied_libraries import emptied as _emptied
from tests.helpers.emptied_libraries import log_of as _log_of


def _refusal(path):
    with pytest.raises(LibraryError) as info:
        open_database(path)
    return info.value


def _foreign_database(path):
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
        conn.execute("INSERT INTO contacts VALUES ('王伟', '123')")
    conn.close()


def test_an_emptied_library_whose_log_holds_it_whole_is_recovered_and_both_kept(
    tmp_path, seeded_library_file
):
    log = _log_of(seeded_library_file, tmp_path, "VACUUM")  # every page goes through the log
    path = _emptied(tmp_path, log)
    db = open_database(path)
    try:
        assert not db.created and library.stats(db).issues == 5  # not a new library
        kept = db.recovered_from
    finally:
        db.close()
    assert kept is not None and kept.read_bytes() == b""
    assert kept.with_name(kept.name + "-wal").read_bytes() == log
    assert _application_id(path) == APPLICATION_ID


def test_an_emptied_library_whose_log_holds_only_a_part_is_refused_untouched(
    tmp_path, seeded_library_file
):
    log = _log_of(seeded_library_file, tmp_path, "CREATE TABLE extra (x)")  # page 1 and little else
    path = _emptied(tmp_path, log)
    error = _refusal(path)
    assert error.code is ErrorCode.EMPTY_FILE_WITH_LOG and error.params["log"] == path.name + "-wal"
    assert "both files were left unchanged" in error.problem
    assert path.read_bytes() == b"" and (tmp_path / "library.sqlite3-wal").read_bytes() == log
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "library.sqlite3", "library.sqlite3-wal", "work"
    ]  # fmt: skip


def test_an_emptied_file_with_another_programs_log_is_refused_untouched(tmp_path):
    _foreign_database(tmp_path / "contacts.db")
    log = _log_of(tmp_path / "contacts.db", tmp_path, "VACUUM")
    path = _emptied(tmp_path, log)
    assert _refusal(path).code is ErrorCode.EMPTY_FILE_WITH_LOG
    assert path.read_bytes() == b"" and (tmp_path / "library.sqlite3-wal").read_bytes() == log


def test_recovery_names_the_kept_files_by_the_day_and_keeps_a_second_apart(
    tmp_path, seeded_library_file
):
    log = _log_of(seeded_library_file, tmp_path, "VACUUM")
    path = _emptied(tmp_path, log)
    kept = recover_from_log(path, date(2026, 3, 2))
    assert kept == tmp_path / "library.emptied-2026-03-02.sqlite3"
    assert _application_id(path) == APPLICATION_ID
    path.unlink()
    path.write_bytes(b"")
    (tmp_path / "library.sqlite3-wal").write_bytes(log)
    again = recover_from_log(path, date(2026, 3, 2))
    assert again == tmp_path / "library.emptied-2026-03-02-2.sqlite3"
    assert kept.read_bytes() == b"" and again.read_bytes() == b""  # neither was overwritten


def test_a_log_that_is_not_a_log_is_refused_untouched(tmp_path):
    path = _emptied(tmp_path, b"not a write-ahead log at all" * 100)
    with pytest.raises(LibraryError) as info:
        recover_from_log(path, date(2026, 3, 2))
    assert info.value.code is ErrorCode.EMPTY_FILE_WITH_LOG
    assert sorted(p.name for p in tmp_path.iterdir()) == ["library.sqlite3", "library.sqlite3-wal"]
