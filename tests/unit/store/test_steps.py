"""The schema's history: each step brings a library of the version before it forward, and a
step that runs code does so inside the migration's one transaction, telling its progress."""

import shutil
import sqlite3

import pytest

from desktop.domain.issue_identity import text_sha256
from desktop.resources import seed_files
from desktop.store import migrations, steps
from desktop.store.database import open_database
from tests.helpers.old_libraries import as_version_2, as_version_3


def _version(path):
    with sqlite3.connect(path) as conn:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    conn.close()
    return version


def _identities(path):
    with sqlite3.connect(path) as conn:
        rows = dict(conn.execute("SELECT sha256, text_sha256 FROM issue"))
    conn.close()
    return rows


def test_a_version_2_library_learns_its_issues_identities(tmp_path, seeded_library_file, segmenter):
    from desktop.services import library

    path = tmp_path / "lib.sqlite3"
    shutil.copyfile(seeded_library_file, path)
    as_version_2(path)
    # Made by version 2: the same issue again with Windows line ends went in as a second issue.
    crlf = tmp_path / "crlf.txt"
    crlf.write_bytes(seed_files()[1].read_text("utf-8").replace("\n", "\r\n").encode("gb18030"))
    with sqlite3.connect(path) as conn:
        raw = conn.execute(
            "SELECT raw_text FROM issue WHERE source_name = ?", (seed_files()[1].name,)
        )
        conn.execute(
            "INSERT INTO issue(sha256, source_name, encoding, raw_text, parser_version, "
            "imported_at) VALUES ('twice', 'crlf.txt', 'gb18030', ?, 1, '2026-01-01')",
            (raw.fetchone()[0].replace("\n", "\r\n"),),
        )
    conn.close()
    db = open_database(path)
    try:
        assert db.backup == tmp_path / "lib.v2.bak.sqlite3"
        assert _version(path) == steps.LATEST_VERSION
        copy = tmp_path / "utf16.txt"
        copy.write_bytes(seed_files()[0].read_text("utf-8").encode("utf-16"))
        report = library.import_paths(db, segmenter, [copy, crlf])
        assert [item.status for item in report.items] == ["unchanged", "unchanged"]
        identities = _identities(path)
        assert identities.pop("twice") is None  # the second copy: the user's to delete
        assert None not in identities.values() and len(set(identities.values())) == 5
    finally:
        db.close()


def test_step_4_gives_each_issue_its_identity_when_the_library_opens(tmp_path, seeded_library_file):
    path = tmp_path / "lib.sqlite3"
    shutil.copyfile(seeded_library_file, path)
    expected = _identities(path)
    as_version_3(path)
    assert set(_identities(path).values()) == {None}
    told = []
    db = open_database(path, progress=lambda done, total: told.append((done, total)))
    db.close()
    assert _identities(path) == expected  # with no import needed
    assert told == [(n, 5) for n in range(1, 6)]
    with sqlite3.connect(path) as conn:
        for raw_text, identity in conn.execute("SELECT raw_text, text_sha256 FROM issue"):
            assert identity == text_sha256(raw_text)
    conn.close()


def test_step_4_leaves_the_second_copy_of_an_issue_without_identity(tmp_path):
    path = tmp_path / "lib.sqlite3"
    open_database(path).close()
    with sqlite3.connect(path) as conn:
        for sha, text in [("first", "一期\n"), ("second", "一期\r\n"), ("known", "二期")]:
            conn.execute(
                "INSERT INTO issue(sha256, source_name, encoding, raw_text, parser_version, "
                "imported_at) VALUES (?, 'x.txt', 'utf-8', ?, 1, '2026-01-01')",
                (sha, text),
            )
        conn.execute(
            "UPDATE issue SET text_sha256 = ? WHERE sha256 = 'known'", (text_sha256("二期"),)
        )
        conn.execute("UPDATE issue SET text_sha256 = NULL WHERE sha256 != 'known'")
        conn.execute("DROP TABLE issue_file")  # added by a later step
        conn.execute("PRAGMA user_version = 3")
    conn.close()
    told = []
    open_database(path, progress=lambda done, total: told.append((done, total))).close()
    assert _identities(path) == {
        "first": text_sha256("一期"),
        "second": None,
        "known": text_sha256("二期"),
    }
    assert told == [(1, 2), (2, 2)]  # only the issues that had none were read


def _code_step_that_fails_halfway(conn, progress):
    conn.execute("UPDATE highlight SET note = 'changed'")
    conn.execute("DELETE FROM tag")
    progress(1, 2)
    raise RuntimeError("the step stopped half-way")


def test_a_code_step_that_raises_halfway_leaves_the_file_as_it_was(tmp_path, db, monkeypatch):
    from desktop.services import annotations, tags
    from desktop.services.articles import list_articles

    article = list_articles(db, 1)[0]
    annotations.highlight_quote(db, article.id, article.title[:2], note="我的笔记")
    tags.create_tag(db, "经济")
    db.close()
    with sqlite3.connect(db.path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        before = list(conn.iterdump())
    conn.close()
    file_bytes = db.path.read_bytes()
    more = [*steps.STEPS, ("a step that fails", _code_step_that_fails_halfway)]
    monkeypatch.setattr(migrations, "STEPS", more)
    monkeypatch.setattr(migrations, "LATEST_VERSION", len(more))
    told = []
    with pytest.raises(RuntimeError, match="half-way"):
        open_database(db.path, progress=lambda done, total: told.append((done, total)))
    assert told == [(1, 2)]
    assert db.path.read_bytes() == file_bytes
    with sqlite3.connect(db.path) as conn:
        assert list(conn.iterdump()) == before
    conn.close()
    assert _version(db.path) == steps.LATEST_VERSION
