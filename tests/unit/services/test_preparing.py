"""Importing many files prepares them on worker processes; what lands in the library is the
same as preparing them here, bad files are still named, and a failed worker loses nothing."""

import sqlite3
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

import pytest

from desktop.ingest import IngestError
from desktop.resources import seed_files
from desktop.services import library, preparing
from desktop.store.database import open_database
from tests.helpers.issues import new_issues

COUNT = preparing.PARALLEL_FROM + 2


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    """More files than it takes to start workers: the seeds, each with a line that makes it
    new, a duplicate, and a PDF."""
    folder = new_issues(tmp_path_factory.mktemp("archive"), COUNT)
    (folder / "issue-999-copy.txt").write_bytes((folder / "issue-003.txt").read_bytes())
    (folder / "scan.txt").write_bytes(b"%PDF-1.7 a scan, not text")
    return folder


def contents(path):
    with sqlite3.connect(path) as conn:
        return {
            "issues": conn.execute(
                "SELECT sha256, source_name, encoding, raw_text, date FROM issue ORDER BY id"
            ).fetchall(),
            "articles": conn.execute(
                "SELECT a.key, a.ordinal, a.kind, a.title, a.text, a.search_text, a.blocks, "
                "a.markers, f.head, f.body, f.words FROM article a "
                "JOIN article_fts f ON f.rowid = a.id ORDER BY a.id"
            ).fetchall(),
            "openings": conn.execute("SELECT * FROM article_opening ORDER BY 1").fetchall(),
        }


def run_import(tmp_path, name, segmenter, archive, **kwargs):
    db = open_database(tmp_path / name / "library.sqlite3")
    try:
        return library.import_paths(db, segmenter, [archive], **kwargs), db.path
    finally:
        db.close()


@pytest.mark.slow
def test_workers_give_the_same_library_as_this_process(tmp_path, segmenter, archive, monkeypatch):
    parallel, parallel_path = run_import(tmp_path, "workers", segmenter, archive)
    monkeypatch.setattr(preparing, "PARALLEL_FROM", 10_000)
    serial, serial_path = run_import(tmp_path, "here", segmenter, archive)
    assert contents(parallel_path) == contents(serial_path)
    assert [(i.path, i.status, i.message) for i in parallel.items] == [
        (i.path, i.status, i.message) for i in serial.items
    ]
    statuses = {i.path.rsplit("/", 1)[-1]: i.status for i in parallel.items}
    assert statuses["issue-999-copy.txt"] == "unchanged"  # the same content twice
    assert statuses["scan.txt"] == "failed"
    assert "this is a PDF document" in next(i.message for i in parallel.items if "scan" in i.path)
    assert parallel.count("added") == COUNT


@pytest.mark.slow
def test_a_broken_worker_pool_falls_back_to_this_process(tmp_path, segmenter, archive, monkeypatch):
    def broken(self, *args, **kwargs):
        raise BrokenProcessPool("a worker died")

    monkeypatch.setattr(ProcessPoolExecutor, "submit", broken)
    report, _path = run_import(tmp_path, "fallback", segmenter, archive)
    assert report.count("added") == COUNT and report.count("failed") == 1


@pytest.mark.slow
def test_cancelling_with_workers_keeps_only_whole_issues(tmp_path, segmenter, archive):
    seen = []
    report, path = run_import(
        tmp_path, "cancel", segmenter, archive,
        progress=lambda done, total, name: seen.append(done),
        should_cancel=lambda: len(seen) >= preparing.PARALLEL_FROM,
    )  # fmt: skip
    assert report.cancelled
    with sqlite3.connect(path) as conn:
        per_issue = conn.execute(
            "SELECT i.source_name, COUNT(a.id) FROM issue i LEFT JOIN article a "
            "ON a.issue_id = i.id GROUP BY i.id"
        ).fetchall()
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert len(per_issue) == report.count("added") < COUNT
    assert all(n > 0 for _name, n in per_issue)


def test_a_few_files_are_prepared_in_this_process_as_the_library_stores_them(segmenter):
    seed = seed_files()[0]
    data = seed.read_bytes()
    with preparing.Preparer(segmenter, preparing.PARALLEL_FROM - 1) as preparer:
        assert preparer.workers == 0 and preparer.ahead == 0
        prepared = preparer.submit(data, seed.name, "sha")
        assert prepared.done()
        issue = prepared()
    assert issue == preparing.prepare_issue(data, seed.name, "sha", segmenter)
    assert (issue.name, issue.encoding, issue.paper) == (seed.name, "utf-8", "嘉定报")
    assert issue.articles and all(a.fields["search_text"] for a in issue.articles)


def test_a_file_that_is_not_an_issue_is_refused_by_name_when_its_result_is_asked(segmenter):
    with preparing.Preparer(segmenter, 1) as preparer:
        prepared = preparer.submit(b"%PDF-1.7 a scan, not text", "scan.txt", "sha")
        with pytest.raises(IngestError, match="this is a PDF document") as refused:
            prepared()
    assert refused.value.name == "scan.txt"


def test_workers_that_cannot_take_work_leave_it_to_this_process(segmenter, monkeypatch):
    def broken(self, *args, **kwargs):
        raise BrokenProcessPool("a worker died")

    monkeypatch.setattr(preparing, "PARALLEL_FROM", 2)
    monkeypatch.setattr(ProcessPoolExecutor, "submit", broken)
    seed = seed_files()[1]
    with preparing.Preparer(segmenter, 2) as preparer:
        assert preparer.workers > 0
        issue = preparer.submit(seed.read_bytes(), seed.name, "sha")()
        assert preparer.workers == 0
    assert issue.articles
