"""Only our own libraries are opened, migrated or restored: a new one is made whole or not at
all, and an empty file, another program's database, a folder or a missing file is refused with
what it is, and left exactly as it was."""

import shutil
import sqlite3
from datetime import date

import pytest

from desktop.resources import seed_files
from desktop.services import library
from desktop.store import backups, schema
from desktop.store.database import open_database, open_read_only
from desktop.store.errors import ErrorCode, LibraryDamagedError, LibraryError
from desktop.store.identity import APPLICATION_ID
from tests.helpers.emptied_libraries import application_id as _application_id
from tests.helpers.old_libraries import as_version_1


def _refusal(path, opener=open_database):
    with pytest.raises(LibraryError) as info:
        opener(path)
    return info.value


def test_a_new_library_carries_our_application_id_and_nothing_is_left_beside_it(tmp_path):
    open_database(tmp_path / "lib.sqlite3").close()
    assert _application_id(tmp_path / "lib.sqlite3") == APPLICATION_ID
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lib.sqlite3"]


def test_a_library_that_fails_to_be_made_leaves_no_file_to_be_mistaken_for_one(
    tmp_path, monkeypatch
):
    path = tmp_path / "lib.sqlite3"
    monkeypatch.setattr(schema, "BEYOND_MODELS", [*schema.BEYOND_MODELS, "THIS IS NOT SQL"])
    with pytest.raises(sqlite3.OperationalError):
        open_database(path)
    assert list(tmp_path.iterdir()) == []  # neither the library nor the half-made one
    monkeypatch.undo()
    db = open_database(path)  # the next start makes it whole
    assert db.created
    db.close()


def test_an_empty_file_is_refused_not_taken_for_a_new_library(tmp_path, segmenter):
    path = tmp_path / "lib.sqlite3"
    path.write_bytes(b"")
    with pytest.raises(LibraryError) as info:
        library.open_library(path, segmenter, seeds=seed_files())
    error = info.value
    assert error.code is ErrorCode.EMPTY_FILE and error.params["name"] == "lib.sqlite3"
    assert "is empty" in error.problem and "not a library District Reader made" in error.problem
    assert path.read_bytes() == b""  # no samples imported, nothing written


def _foreign_database(path, application_id=0):
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
        conn.execute("INSERT INTO contacts VALUES ('王伟', '123')")
        conn.execute(f"PRAGMA application_id = {application_id}")
    conn.close()
    return path.read_bytes()


def test_another_programs_database_is_refused_and_left_unchanged(tmp_path):
    path = tmp_path / "contacts.db"
    before = _foreign_database(path)
    for opener in (open_database, open_read_only):
        error = _refusal(path, opener)
        assert error.code is ErrorCode.FOREIGN_DATABASE
        assert "database of another program" in error.problem
    assert path.read_bytes() == before
    with sqlite3.connect(path) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert tables == {"contacts"}


def test_a_database_with_another_programs_id_is_refused_even_with_our_tables(
    tmp_path, seeded_library_file
):
    path = tmp_path / "lib.sqlite3"
    shutil.copyfile(seeded_library_file, path)
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA application_id = 1196444487")  # GeoPackage's
    assert _refusal(path).code is ErrorCode.FOREIGN_DATABASE


def test_our_library_from_before_the_id_is_opened_and_marked(tmp_path, seeded_library_file):
    path = tmp_path / "lib.sqlite3"
    shutil.copyfile(seeded_library_file, path)
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA application_id = 0")
    db = open_database(path)
    try:
        assert library.stats(db).issues == 5 and not db.created
    finally:
        db.close()
    assert _application_id(path) == APPLICATION_ID


def test_our_version_1_library_is_marked_by_its_migration(tmp_path, seeded_library_file):
    path = tmp_path / "lib.sqlite3"
    shutil.copyfile(seeded_library_file, path)
    as_version_1(path)
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA application_id = 0")
    open_database(path).close()
    assert _application_id(path) == APPLICATION_ID


def test_a_folder_given_as_the_library_is_a_library_error(tmp_path):
    folder = tmp_path / "a folder"
    folder.mkdir()
    for opener in (open_database, open_read_only):
        error = _refusal(folder, opener)
        assert error.code is ErrorCode.IS_A_DIRECTORY
        assert "is a folder, not a library file" in error.problem
    assert list(folder.iterdir()) == []


def test_read_only_of_a_missing_file_says_there_is_none(tmp_path):
    error = _refusal(tmp_path / "nothing.sqlite3", open_read_only)
    assert error.code is ErrorCode.MISSING and "There is no library at" in error.problem
    assert not (tmp_path / "nothing.sqlite3").exists()


def test_a_file_that_is_not_a_database_is_not_a_library(tmp_path):
    path = tmp_path / "lib.sqlite3"
    path.write_bytes(b"%PDF-1.4 this is not a database at all" * 10)
    error = _refusal(path)
    assert error.code is ErrorCode.NOT_A_LIBRARY
    assert isinstance(error, LibraryDamagedError)  # the window offers a backup for it


# ---- restoring -------------------------------------------------------------------------------


@pytest.fixture
def library_file(tmp_path, seeded_library_file):
    path = tmp_path / "library.sqlite3"
    shutil.copyfile(seeded_library_file, path)
    return path


def _restore_refusal(backup, library_file):
    before = library_file.read_bytes()
    with pytest.raises(LibraryError) as info:
        backups.restore_backup(backup, library_file, date(2026, 3, 2))
    assert library_file.read_bytes() == before  # the library stays as it was
    assert not list(library_file.parent.glob("*.replaced-*"))
    return info.value


def test_restoring_a_missing_file_says_it_does_not_exist(tmp_path, library_file):
    error = _restore_refusal(tmp_path / "gone.sqlite3", library_file)
    assert error.code is ErrorCode.BACKUP_MISSING
    assert "does not exist" in error.problem and "permission" not in str(error)


def test_restoring_a_csv_says_it_is_not_a_library_at_all(tmp_path, library_file):
    csv = tmp_path / "export.csv"
    csv.write_text("id,title\n1,嘉定新闻\n", encoding="utf-8")
    error = _restore_refusal(csv, library_file)
    assert error.code is ErrorCode.BACKUP_NOT_A_LIBRARY
    assert "is not a District Reader library" in error.problem
    assert "damaged" not in str(error)


@pytest.mark.parametrize("make", ["foreign", "empty", "folder"])
def test_restoring_anything_but_one_of_our_libraries_is_refused(tmp_path, library_file, make):
    backup = tmp_path / "other.sqlite3"
    if make == "foreign":
        _foreign_database(backup)
    elif make == "empty":
        backup.write_bytes(b"")
    else:
        backup.mkdir()
    error = _restore_refusal(backup, library_file)
    expected = ErrorCode.IS_A_DIRECTORY if make == "folder" else ErrorCode.BACKUP_NOT_A_LIBRARY
    assert error.code is expected


def test_a_new_library_on_a_file_system_without_hard_links(tmp_path, monkeypatch):
    def no_links(*_args):
        raise PermissionError(1, "Operation not permitted")  # as FAT answers

    monkeypatch.setattr("desktop.store.database.os.link", no_links)
    db = open_database(tmp_path / "lib.sqlite3")
    try:
        assert db.created and library.stats(db).issues == 0
    finally:
        db.close()
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(("-wal", "-shm"))) == [
        "lib.sqlite3"
    ]
