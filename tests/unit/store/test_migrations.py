"""Opening a library: new ones get the schema, old ones are migrated after a backup copy, and
files that are not libraries (or are from a newer version) are refused with a clear message."""

import shutil
import sqlite3

import pytest

from desktop.store import migrations, steps
from desktop.store.database import open_database
from desktop.store.errors import LibraryDamagedError, LibraryTooNewError
from desktop.store.models import Tag
from tests.helpers.old_libraries import as_version_1, as_version_2


def _version(path):
    with sqlite3.connect(path) as conn:
        return conn.execute("PRAGMA user_version").fetchone()[0]


def test_a_new_library_has_the_latest_schema_in_wal_mode(tmp_path):
    db = open_database(tmp_path / "lib.sqlite3")
    assert db.created and db.backup is None
    assert _version(db.path) == steps.LATEST_VERSION
    with sqlite3.connect(db.path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    with db.session() as session:
        assert session.connection().exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    db.close()


def _add_step(monkeypatch, statements):
    more = [*steps.STEPS, ("a test step", statements)]
    monkeypatch.setattr(migrations, "STEPS", more)
    monkeypatch.setattr(migrations, "LATEST_VERSION", len(more))


def test_migration_copies_the_file_first_and_keeps_user_data(tmp_path, monkeypatch):
    path = tmp_path / "lib.sqlite3"
    db = open_database(path)
    with db.session() as session:
        session.add(Tag(name="汽车产业", color="#123456"))
    db.close()

    _add_step(monkeypatch, ["ALTER TABLE tag ADD COLUMN note TEXT"])
    db = open_database(path)
    latest = steps.LATEST_VERSION
    assert db.backup == tmp_path / f"lib.v{latest}.bak.sqlite3"
    assert _version(path) == latest + 1
    with sqlite3.connect(db.backup) as old:
        assert old.execute("SELECT name FROM tag").fetchall() == [("汽车产业",)]
        assert old.execute("PRAGMA user_version").fetchone()[0] == latest
    with sqlite3.connect(path) as new:
        assert new.execute("SELECT name, note FROM tag").fetchall() == [("汽车产业", None)]
    db.close()


def test_a_failing_step_changes_nothing(tmp_path, monkeypatch):
    path = tmp_path / "lib.sqlite3"
    open_database(path).close()
    _add_step(monkeypatch, ["CREATE TABLE extra (x)", "THIS IS NOT SQL"])
    with pytest.raises(sqlite3.OperationalError):
        open_database(path)
    assert _version(path) == steps.LATEST_VERSION
    with sqlite3.connect(path) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "extra" not in tables


def test_a_library_from_a_newer_version_is_refused(tmp_path):
    path = tmp_path / "lib.sqlite3"
    open_database(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {steps.LATEST_VERSION + 1}")
    with pytest.raises(LibraryTooNewError, match="newer District Reader"):
        open_database(path)


def test_a_file_that_is_not_a_library_is_refused(tmp_path):
    path = tmp_path / "lib.sqlite3"
    path.write_bytes(b"%PDF-1.4 this is not a database at all" * 10)
    with pytest.raises(LibraryDamagedError) as info:
        open_database(path)
    assert "backup" in info.value.advice


def test_a_version_1_library_gets_the_listing_indexes_and_openings(tmp_path, seeded_library_file):
    from desktop.services.articles import list_articles

    path = tmp_path / "lib.sqlite3"
    shutil.copyfile(seeded_library_file, path)
    db = open_database(path)
    before = list_articles(db)
    db.close()
    as_version_1(path)
    db = open_database(path)
    try:
        assert db.backup == tmp_path / "lib.v1.bak.sqlite3"
        assert list_articles(db) == before  # the untitled pieces' labels come back the same
        assert any(row.opening for row in before)
    finally:
        db.close()


USER_TABLES = ("highlight", "tag", "article_tag", "article_state", "issue_edit")


def _user_data(path):
    with sqlite3.connect(path) as conn:
        rows = {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall() for t in USER_TABLES}
    conn.close()
    return rows


@pytest.mark.parametrize("make_old", [as_version_1, as_version_2], ids=["v1", "v2"])
def test_a_library_of_the_previous_release_keeps_every_users_row(
    tmp_path, seeded_library_file, make_old
):
    from desktop.services import annotations, issues, tags
    from desktop.services.articles import list_articles

    path = tmp_path / "lib.sqlite3"
    shutil.copyfile(seeded_library_file, path)
    db = open_database(path)
    first, second = list_articles(db, 1)[:2]
    annotations.highlight_quote(db, first.id, first.title[:2], note="记下来")
    annotations.highlight_quote(db, second.id, second.title[:2], color="green")
    tags.create_tag(db, "经济")
    tags.create_tag(db, "产业", parent="经济")
    tags.tag_articles(db, "产业", [first.id, second.id])
    annotations.set_read(db, first.id)
    annotations.set_starred(db, second.id)
    issues.edit_issue(db, 1, paper="嘉定报", date="2023-05")
    db.close()
    before = _user_data(path)
    assert all(before.values())  # each kind of user data is there to keep
    make_old(path)

    db = open_database(path)
    try:
        assert db.backup is not None and _version(path) == steps.LATEST_VERSION
        assert _user_data(path) == before
        assert [h.note for h in annotations.article_highlights(db, first.id)] == ["记下来"]
        assert [t.name for t in tags.article_tags(db, second.id)] == ["产业"]
        assert annotations.article_state(db, first.id).read
    finally:
        db.close()
