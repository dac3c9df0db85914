"""A library that cannot be written — a read-only folder, a full disk, a read-only open — says
so plainly, keeps what it holds intact, and can still be read."""

import shutil
import sqlite3

import pytest
from sqlalchemy import event

from desktop.resources import seed_files
from desktop.services import annotations, library, tags
from desktop.services.articles import list_articles
from desktop.services.search import search
from desktop.store.database import open_database, open_read_only
from desktop.store.errors import DiskFullError, LibraryReadOnlyError, LibraryTooNewError
from tests.helpers.filesystems import read_only_folder, tiny_filesystem
from tests.helpers.issues import new_issues
from tests.helpers.old_libraries import as_version_4, as_version_5


def integrity(path):
    with sqlite3.connect(path) as conn:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]


def test_a_read_only_library_can_be_read_and_refuses_every_change(tmp_path, seeded_library_file):
    path = tmp_path / "library.sqlite3"
    shutil.copyfile(seeded_library_file, path)
    db = open_read_only(path)
    try:
        assert db.read_only
        assert library.stats(db).issues == 5
        article = list_articles(db, 1)[0]
        with pytest.raises(LibraryReadOnlyError, match="cannot be written"):
            annotations.set_starred(db, article.id)
        with pytest.raises(LibraryReadOnlyError):
            tags.create_tag(db, "新标签")
    finally:
        db.close()
    assert path.read_bytes() == seeded_library_file.read_bytes()


def test_a_library_in_a_read_only_folder(tmp_path, seeded_library_file, segmenter):
    content = {"library.sqlite3": seeded_library_file.read_bytes()}
    with read_only_folder(tmp_path / "ro", content) as folder:
        path = folder / "library.sqlite3"
        with pytest.raises(LibraryReadOnlyError, match="cannot be written"):
            open_database(path).close()
        db = open_read_only(path)  # the way out: read it as it is
        try:
            assert library.stats(db).articles == 36
            assert search(db, segmenter, "嘉定").total > 0
            with pytest.raises(LibraryReadOnlyError):
                annotations.set_read(db, list_articles(db, 1)[0].id)
        finally:
            db.close()


def test_a_new_library_cannot_be_made_in_a_read_only_folder(tmp_path):
    with read_only_folder(tmp_path / "ro", {}) as folder, pytest.raises(LibraryReadOnlyError):
        open_database(folder / "library.sqlite3")


def test_read_only_refuses_a_library_of_another_version(tmp_path, seeded_library_file):
    path = tmp_path / "library.sqlite3"
    shutil.copyfile(seeded_library_file, path)
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 99")
    with pytest.raises(LibraryTooNewError, match="another version"):
        open_read_only(path)


def test_read_only_reads_a_library_as_it_is(tmp_path, seeded_library_file):
    path = tmp_path / "library.sqlite3"
    shutil.copyfile(seeded_library_file, path)
    before = path.read_bytes()
    db = open_read_only(path)
    try:
        assert library.stats(db).issues == 5 and len(list_articles(db, 1)) > 0
    finally:
        db.close()
    assert path.read_bytes() == before


@pytest.mark.parametrize("older", [as_version_4, as_version_5])
def test_read_only_refuses_a_library_from_before_the_current_schema(
    tmp_path, seeded_library_file, older
):
    # Step 5 added the corrections' tables and column, step 6 the kept PDFs' table: a library
    # without them cannot be read as it is, only migrated.
    path = tmp_path / "library.sqlite3"
    shutil.copyfile(seeded_library_file, path)
    older(path)
    before = path.read_bytes()
    with pytest.raises(LibraryTooNewError, match="another version"):
        open_read_only(path)
    assert path.read_bytes() == before


def _cap_size(db):
    """Every connection of `db` may not grow the file: SQLite's own size limit, which fails a
    write exactly as a full disk does (SQLITE_FULL)."""
    with sqlite3.connect(db.path) as conn:
        pages = conn.execute("PRAGMA page_count").fetchone()[0]

    @event.listens_for(db.engine, "connect")
    def cap(connection, _record):
        connection.execute(f"PRAGMA max_page_count = {pages}")

    db.engine.dispose()  # pooled connections were opened without the limit


def test_a_full_disk_fails_the_import_cleanly_and_keeps_the_library(db, segmenter, tmp_path):
    with sqlite3.connect(db.path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("VACUUM")
    _cap_size(db)
    # A full disk stops the import (the next file would fail the same way) with a clear error.
    with pytest.raises(DiskFullError, match="is full; nothing was saved"):
        library.import_paths(db, segmenter, [new_issues(tmp_path / "new", 3, [seed_files()[2]])])
    assert library.stats(db).issues == 5  # nothing half imported
    assert integrity(db.path) == "ok"


def test_a_full_disk_refuses_a_highlight_with_a_clear_error(db):
    article = list_articles(db, 1)[0]
    annotations.highlight_quote(db, article.id, article.title[:2])
    with sqlite3.connect(db.path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        free = conn.execute("PRAGMA freelist_count").fetchone()[0]
    assert free == 0
    _cap_size(db)
    with pytest.raises(DiskFullError, match="full; nothing was saved"):
        annotations.highlight_quote(db, article.id, article.title[2:6], note="字" * 19_000)
    assert [h.quote for h in annotations.article_highlights(db, article.id)] == [article.title[:2]]


@pytest.mark.slow  # a real file system filled up: seconds; test_a_full_disk_* are the fast cover
def test_a_real_full_filesystem(tmp_path, seeded_library_file, segmenter):
    data = seeded_library_file.read_bytes()
    with tiny_filesystem(tmp_path / "tiny", size_kb=len(data) // 1024 + 64) as folder:
        path = folder / "library.sqlite3"
        path.write_bytes(data)
        db = open_database(path)
        try:
            with pytest.raises(DiskFullError):
                library.import_paths(
                    db, segmenter, [new_issues(tmp_path / "new", 12, [seed_files()[2]])]
                )
            # Each issue is whole or absent: every one imported has all its articles.
            with sqlite3.connect(path) as conn:
                counts = conn.execute(
                    "SELECT COUNT(a.id) FROM issue i JOIN article a ON a.issue_id = i.id "
                    "WHERE i.source_name LIKE 'issue-%' GROUP BY i.id"
                ).fetchall()
            expected = len(list_articles(db, 3))
            assert all(n == expected for (n,) in counts)
        finally:
            db.close()
        assert integrity(path) == "ok"
