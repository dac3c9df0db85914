"""Importing issue files, as a user does it: files and folders, bad files among good ones, the
same issue again (in any encoding or line ending), progress and cancel."""

import codecs
import hashlib

import pytest

from desktop.resources import seed_files
from desktop.services.articles import get_article, list_articles
from desktop.services.importing import import_paths
from desktop.services.issues import list_issues
from desktop.services.search import search
from desktop.services.stats import stats
from tests.helpers.library_rows import snapshot


def test_importing_the_seeds_again_changes_nothing(db, segmenter):
    before = snapshot(db)
    report = import_paths(db, segmenter, seed_files())
    assert [i.status for i in report.items] == ["unchanged"] * 5
    assert snapshot(db) == before


def test_a_folder_with_bad_files_imports_the_good_ones(empty_db, segmenter, tmp_path):
    folder = tmp_path / "inbox"
    (folder / "nested").mkdir(parents=True)
    (folder / ".hidden").mkdir()
    seed = seed_files()[0].read_text("utf-8")
    (folder / "a_good.txt").write_bytes(seed.replace("\n", "\r\n").encode("gb18030"))
    (folder / "b_empty.txt").write_bytes(b"")
    (folder / "c_scan.txt").write_bytes(b"%PDF-1.7 binary stuff")
    (folder / "nested" / "d_good.txt").write_bytes(
        codecs.BOM_UTF16_LE + seed_files()[3].read_text("utf-8").encode("utf-16-le")
    )
    (folder / ".hidden" / "e.txt").write_text("ignored", "utf-8")
    (folder / "notes.docx").write_bytes(b"PK\x03\x04")

    report = import_paths(empty_db, segmenter, [folder])
    statuses = {item.path.split("/")[-1]: item.status for item in report.items}
    assert statuses == {
        "a_good.txt": "added",
        "b_empty.txt": "failed",
        "c_scan.txt": "failed",
        "d_good.txt": "added",
    }
    messages = {item.path.split("/")[-1]: item.message for item in report.failed}
    assert messages["b_empty.txt"].startswith("b_empty.txt: the file is empty.")
    assert "PDF" in messages["c_scan.txt"]
    assert stats(empty_db).issues == 2


def test_an_issue_goes_in_whole_or_not_at_all(empty_db, segmenter):
    class Failing(type(segmenter)):
        calls = 0

        def search_words(self, text):
            Failing.calls += 1
            if Failing.calls == 4:
                raise RuntimeError("the disk went away")
            return segmenter.search_words(text)

    with pytest.raises(RuntimeError):
        import_paths(empty_db, Failing(), [seed_files()[0]])
    assert snapshot(empty_db)["issue"] == []
    assert snapshot(empty_db)["article"] == []
    assert import_paths(empty_db, segmenter, [seed_files()[0]]).count("added") == 1


def test_import_reports_progress_and_can_be_cancelled(empty_db, segmenter):
    seen = []
    report = import_paths(
        empty_db, segmenter, seed_files(),
        progress=lambda done, total, name: seen.append((done, total)),
        should_cancel=lambda: len(seen) >= 2,
    )  # fmt: skip
    assert report.cancelled
    assert [i.status for i in report.items] == ["added", "added"]
    assert seen == [(0, 5), (1, 5)]
    assert stats(empty_db).issues == 2


def _copies(seed, folder):
    """The seed as other tools save it: GB18030, UTF-16 with a BOM, Windows line ends."""
    text = seed.read_text("utf-8")
    folder.mkdir()
    files = {
        "gb18030.txt": text.encode("gb18030"),
        "utf16.txt": codecs.BOM_UTF16_LE + text.encode("utf-16-le"),
        "crlf.txt": text.replace("\n", "\r\n").encode("utf-8"),
        "bom-crlf-trailing-spaces.txt": codecs.BOM_UTF8
        + "\r\n".join(line + "  \u3000" for line in text.split("\n")).encode("utf-8"),
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return [folder / name for name in files]


def test_the_same_issue_in_another_encoding_or_line_ending_is_the_same_issue(
    empty_db, segmenter, tmp_path
):
    seed = seed_files()[0]
    assert import_paths(empty_db, segmenter, [seed]).count("added") == 1
    report = import_paths(empty_db, segmenter, _copies(seed, tmp_path / "copies"))
    assert [item.status for item in report.items] == ["unchanged"] * 4
    issue = list_issues(empty_db)[0]
    assert stats(empty_db).issues == 1 and {i.issue_id for i in report.items} == {issue.id}
    assert issue.sha256 == hashlib.sha256(seed.read_bytes()).hexdigest()  # the first copy's bytes
    for article in list_articles(empty_db, issue.id):
        phrase = get_article(empty_db, article.id).article.text.split()[0][:10]
        hits = search(empty_db, segmenter, phrase, limit=None).article_ids
        assert hits.count(article.id) == 1 and len(hits) == len(set(hits)), phrase


def test_copies_of_one_issue_in_one_import_make_one_issue(empty_db, segmenter, tmp_path):
    seed = seed_files()[2]
    report = import_paths(empty_db, segmenter, [seed, *_copies(seed, tmp_path / "copies")])
    assert [item.status for item in report.items] == ["added"] + ["unchanged"] * 4
    assert stats(empty_db).issues == 1
