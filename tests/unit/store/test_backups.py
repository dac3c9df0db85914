"""The daily copies of the library: one a day, the last seven kept, always whole, and restoring
one never deletes the file it replaces."""

import shutil
import sqlite3
from datetime import date, timedelta

import pytest

from desktop.services import backup, library
from desktop.store import backups
from desktop.store.database import open_database
from desktop.store.errors import LibraryDamagedError


def issue_count(path):
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT COUNT(*) FROM issue").fetchone()[0]


def test_one_copy_a_day_and_the_last_seven_are_kept(db):
    start = date(2026, 3, 1)
    for n in range(10):
        made = backup.daily_backup(db, start + timedelta(days=n))
        assert made is not None and made.library.exists() and made.annotations.exists()
    assert backup.daily_backup(db, start + timedelta(days=9)) is None  # already taken today
    kept = [b.label for b in backups.list_backups(db.path) if b.kind == "daily"]
    assert kept == [(start + timedelta(days=n)).isoformat() for n in range(9, 2, -1)]
    assert len(list(backups.backup_dir(db.path).glob("annotations-*.json"))) == 7
    assert issue_count(backups.daily_path(db.path, start + timedelta(days=9))) == 5


def test_a_copy_holds_what_was_committed_while_the_library_is_open(db):
    library.edit_issue(db, 1, paper="嘉定报（副刊）")
    made = backup.daily_backup(db, date(2026, 3, 1))
    with sqlite3.connect(made.library) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT paper FROM issue_edit").fetchone()[0] == "嘉定报（副刊）"


def test_a_cancelled_copy_leaves_nothing_behind(db):
    made = backup.daily_backup(db, date(2026, 3, 1), should_cancel=lambda: True)
    assert made is None
    assert list(backups.backup_dir(db.path).iterdir()) == []


def test_restoring_keeps_the_damaged_file_and_opens_cleanly(db):
    path = db.path
    backup.daily_backup(db, date(2026, 3, 1))
    db.close()
    path.write_bytes(b"garbage" * 1000)
    (copy,) = [b for b in backups.list_backups(path) if b.kind == "daily"]
    kept = backups.restore_backup(copy.path, path, date(2026, 3, 2))
    assert kept is not None and kept.read_bytes() == b"garbage" * 1000
    restored = open_database(path)
    try:
        assert library.stats(restored).issues == 5
    finally:
        restored.close()


def test_a_damaged_backup_is_not_restored(tmp_path, seeded_library_file):
    path = tmp_path / "library.sqlite3"
    shutil.copyfile(seeded_library_file, path)
    bad = backups.daily_path(path, date(2026, 3, 1))
    bad.parent.mkdir()
    data = seeded_library_file.read_bytes()
    bad.write_bytes(data[:4096] + b"\x00" * (len(data) - 4096))
    with pytest.raises(LibraryDamagedError, match="backup"):
        backups.restore_backup(bad, path, date(2026, 3, 2))
    assert path.read_bytes() == seeded_library_file.read_bytes()  # untouched


def test_copies_taken_before_a_migration_are_offered_too(tmp_path):
    path = tmp_path / "library.sqlite3"
    (tmp_path / "library.v1.bak.sqlite3").write_bytes(b"")
    assert [b.kind for b in backups.list_backups(path)] == ["migration"]


def test_a_copy_taken_while_another_connection_writes_is_whole(db, tmp_path):
    """The copy is one read transaction: writes in between neither restart nor tear it."""
    import threading

    stop = threading.Event()

    def write():
        with sqlite3.connect(db.path) as conn:
            n = 0
            while not stop.is_set():
                conn.execute("INSERT INTO tag(name, color, created_at) VALUES (?, '#123456', '')",
                             (f"t{n}",))  # fmt: skip
                conn.commit()
                n += 1

    writer = threading.Thread(target=write)
    writer.start()
    try:
        copies = [tmp_path / f"copy{n}.sqlite3" for n in range(3)]
        for copy in copies:
            assert backups.copy_library(db.path, copy)
    finally:
        stop.set()
        writer.join()
    for copy in copies:
        with sqlite3.connect(copy) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert conn.execute("SELECT COUNT(*) FROM issue").fetchone()[0] == 5
