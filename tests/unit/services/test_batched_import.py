"""A large import writes several issues per transaction: what lands in the library is what
importing the files one by one gives, a copy of an issue in the same batch is recognised, and
a bad file in a batch costs only itself."""

import sqlite3

import pytest

from desktop.services import importing, preparing
from desktop.store.database import open_database
from tests.helpers.issues import new_issues

# Batches are written only when workers prepare the issues: this starts them.
pytestmark = pytest.mark.slow

COUNT = preparing.PARALLEL_FROM + importing.BATCH_ISSUES


def folder_with_a_copy_and_a_bad_file(folder):
    new_issues(folder, COUNT)
    # The same text as issue-001 in another encoding: in the same batch as it.
    text = (folder / "issue-001.txt").read_text("utf-8")
    (folder / "issue-001b.txt").write_bytes(text.encode("gb18030"))
    (folder / "issue-002b.txt").write_bytes(b"%PDF-1.7 a scan, not text")
    return folder


def contents(path):
    with sqlite3.connect(path) as conn:
        return (
            conn.execute("SELECT sha256, source_name, raw_text FROM issue ORDER BY id").fetchall(),
            conn.execute(
                "SELECT a.key, a.ordinal, a.title, a.text, a.search_text, f.head, f.body, f.words "
                "FROM article a JOIN article_fts f ON f.rowid = a.id ORDER BY a.id"
            ).fetchall(),
            conn.execute("SELECT opening FROM article_opening ORDER BY article_id").fetchall(),
        )


def test_a_batched_import_writes_what_one_by_one_does(tmp_path, segmenter):
    folder = folder_with_a_copy_and_a_bad_file(tmp_path / "archive")
    batched = open_database(tmp_path / "batched.sqlite3")
    report = importing.import_paths(batched, segmenter, [folder])
    statuses = {item.path.rsplit("/", 1)[1]: item.status for item in report.items}
    assert statuses.pop("issue-001b.txt") == "unchanged"
    assert statuses.pop("issue-002b.txt") == "failed"
    assert set(statuses.values()) == {"added"} and len(statuses) == COUNT
    one_by_one = open_database(tmp_path / "one-by-one.sqlite3")
    for path in importing.issue_files([folder]):
        importing.import_paths(one_by_one, segmenter, [path])
    batched.close()
    one_by_one.close()
    assert contents(tmp_path / "batched.sqlite3") == contents(tmp_path / "one-by-one.sqlite3")
