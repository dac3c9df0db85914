"""E-paper PDFs, one file per page, imported as a user has them: the pages of one paper and day
become one issue whether they come together or one at a time, the story that jumps from page 1
to page 2 is joined, and the user's data on page 1 stays when page 2 comes later."""

import hashlib
import sqlite3
from datetime import date

import pytest

from desktop.services import annotations, tags
from desktop.services.articles import get_article, list_articles
from desktop.services.backup import daily_backup
from desktop.services.importing import import_paths
from desktop.services.issues import delete_issue, list_issues
from desktop.services.pages import issue_layout
from desktop.services.reparsing import reparse
from desktop.store.backups import restore_backup
from desktop.store.database import open_database
from tests.helpers.epaper import FIRST_PART, SECOND_PART, TITLE, page_one, page_two


def _files(tmp_path, *pages):
    paths = []
    for name, data in pages:
        path = tmp_path / name
        path.write_bytes(data)
        paths.append(path)
    return paths


def _articles(db, issue_id):
    return [get_article(db, row.id).article for row in list_articles(db, issue_id)]


def _the_issue(db):
    (issue,) = [r for r in list_issues(db) if r.paper == "人民日报" and r.date == "2024-01-13"]
    return issue


@pytest.mark.slow
def test_two_page_files_in_one_import_are_one_issue_with_the_jump_joined(
    empty_db, segmenter, tmp_path
):
    paths = _files(tmp_path, ("2024-01-13_02.pdf", page_two()), ("2024-01-13_01.pdf", page_one()))
    report = import_paths(empty_db, segmenter, paths)
    assert [i.status for i in report.items] == ["added", "added"]
    assert {i.issue_id for i in report.items} == {_the_issue(empty_db).id}
    pages = {i.path.rsplit("/", 1)[-1]: (i.pages, i.grouped_with) for i in report.items}
    assert pages["2024-01-13_01.pdf"] == ([1], [str(paths[0])])
    assert pages["2024-01-13_02.pdf"] == ([2], [str(paths[1])])
    articles = _articles(empty_db, _the_issue(empty_db).id)
    jumped = [a for a in articles if a.continued_to == "2"]
    continued = [a for a in articles if a.continued_from == "1"]
    assert [a.title for a in jumped] == [TITLE] and len(continued) == 1
    assert jumped[0].text.endswith(FIRST_PART[1])  # its dateline is a marker
    assert continued[0].text.endswith(SECOND_PART[-1][-20:])
    assert articles.index(jumped[0]) < articles.index(continued[0])  # page 1 before page 2


@pytest.mark.slow
def test_a_later_page_joins_its_issue_and_keeps_the_users_data_on_the_first(
    empty_db, segmenter, tmp_path
):
    (first,) = _files(tmp_path, ("2024-01-13_01.pdf", page_one()))
    import_paths(empty_db, segmenter, [first])
    issue = _the_issue(empty_db)
    story = next(a for a in _articles(empty_db, issue.id) if a.title == TITLE)
    quote = FIRST_PART[1][:12]
    mark = annotations.highlight_quote(empty_db, story.id, quote, note="春耕")
    tags.tag_articles(empty_db, "农业", [story.id])

    (second,) = _files(tmp_path, ("2024-01-13_02.pdf", page_two()))
    report = import_paths(empty_db, segmenter, [second])
    (item,) = report.items
    assert (item.status, item.joined, item.pages, item.issue_id) == ("added", True, [2], issue.id)
    assert _the_issue(empty_db).sha256 == issue.sha256  # the name user data knows it by
    articles = _articles(empty_db, issue.id)
    assert any(a.continued_from == "1" for a in articles)
    story_now = next(a for a in articles if a.key == story.key)
    (kept,) = annotations.article_highlights(empty_db, story_now.id)
    assert (kept.quote, kept.note, kept.orphaned) == (quote, "春耕", False)
    assert kept.id == mark.id
    assert [t.name for t in tags.article_tags(empty_db, story_now.id)] == ["农业"]

    again = import_paths(empty_db, segmenter, [second])
    assert [i.status for i in again.items] == ["unchanged"]


@pytest.mark.slow
def test_a_second_copy_of_a_page_the_issue_has_is_refused_and_changes_nothing(
    empty_db, segmenter, tmp_path
):
    import_paths(
        empty_db, segmenter, _files(tmp_path, ("a_01.pdf", page_one()), ("a_02.pdf", page_two()))
    )
    before = [a.text for a in _articles(empty_db, _the_issue(empty_db).id)]
    other = page_two() + b"\n% downloaded again\n"  # the same page, other bytes
    (copy,) = _files(tmp_path, ("b_02.pdf", other))
    (item,) = import_paths(empty_db, segmenter, [copy]).items
    assert item.status == "failed"
    assert "has page 2 already" in item.message
    assert [a.text for a in _articles(empty_db, _the_issue(empty_db).id)] == before


@pytest.mark.slow
def test_a_reparse_reads_the_kept_pdfs_and_their_layout(empty_db, segmenter, tmp_path):
    import_paths(
        empty_db, segmenter, _files(tmp_path, ("a_01.pdf", page_one()), ("a_02.pdf", page_two()))
    )
    issue = _the_issue(empty_db)
    before = [(a.key, a.title, a.text) for a in _articles(empty_db, issue.id)]
    with sqlite3.connect(empty_db.path) as conn:  # the stored text alone would lose the sizes
        conn.execute("UPDATE issue SET raw_text = '' WHERE id = ?", (issue.id,))
    conn.close()
    reparse(empty_db, segmenter)
    assert [(a.key, a.title, a.text) for a in _articles(empty_db, issue.id)] == before


@pytest.mark.slow
def test_a_backup_and_its_restore_keep_the_pdfs_and_the_page_view(empty_db, segmenter, tmp_path):
    import_paths(
        empty_db, segmenter, _files(tmp_path, ("a_01.pdf", page_one()), ("a_02.pdf", page_two()))
    )
    copy = daily_backup(empty_db, date(2026, 12, 2)).library
    path = empty_db.path
    empty_db.close()
    path.unlink()  # the library lost
    restore_backup(copy, path, date(2026, 12, 2))
    db = open_database(path)
    try:
        layout = issue_layout(db, _the_issue(db).id)
        assert layout is not None and layout.numbers == [1, 2]
    finally:
        db.close()


@pytest.mark.slow
def test_a_deleted_issue_takes_its_pdfs_and_comes_back_when_imported_again(
    empty_db, segmenter, tmp_path
):
    paths = _files(tmp_path, ("a_01.pdf", page_one()), ("a_02.pdf", page_two()))
    import_paths(empty_db, segmenter, paths)
    delete_issue(empty_db, _the_issue(empty_db).id, tmp_path / "deleted")
    with sqlite3.connect(empty_db.path) as conn:
        assert conn.execute("SELECT COUNT(*) FROM issue_file").fetchone() == (0,)
    conn.close()
    report = import_paths(empty_db, segmenter, paths)
    assert [i.status for i in report.items] == ["added", "added"]
    assert len(_articles(empty_db, _the_issue(empty_db).id)) == 4


@pytest.mark.slow
def test_a_pdf_imported_before_the_files_were_kept_gets_its_page_view_when_imported_again(
    empty_db, segmenter, tmp_path
):
    paths = _files(tmp_path, ("whole.pdf", page_one()))
    import_paths(empty_db, segmenter, paths)
    issue = _the_issue(empty_db)
    with sqlite3.connect(empty_db.path) as conn:  # as an older version left it: no file kept,
        conn.execute("DELETE FROM issue_file")  # the issue named by the file's bytes
        conn.execute(
            "UPDATE issue SET sha256 = ?", (hashlib.sha256(paths[0].read_bytes()).hexdigest(),)
        )
    conn.close()
    assert issue_layout(empty_db, issue.id) is None
    (item,) = import_paths(empty_db, segmenter, paths).items
    assert item.status == "unchanged" and "kept now, for the page view" in item.message
    assert issue_layout(empty_db, issue.id).numbers == [1]


@pytest.mark.slow
def test_a_page_file_changed_during_the_import_fails_its_issue_whole(empty_db, segmenter, tmp_path):
    paths = _files(tmp_path, ("a_01.pdf", page_one()), ("a_02.pdf", page_two()))

    def progress(_done, _total, name):
        if name == "a_02.pdf":  # a_01.pdf is read by now: another program rewrites it
            paths[0].write_bytes(page_one() + b"\n% saved again\n")

    report = import_paths(empty_db, segmenter, paths, progress=progress)
    assert [i.status for i in report.items] == ["failed", "failed"]
    assert "the file changed while it was imported" in report.items[0].message
    assert list_issues(empty_db) == []


@pytest.mark.slow
def test_a_cancelled_import_of_pages_writes_nothing(empty_db, segmenter, tmp_path):
    paths = _files(tmp_path, ("a_01.pdf", page_one()), ("a_02.pdf", page_two()))
    asked = []
    report = import_paths(
        empty_db,
        segmenter,
        paths,
        progress=lambda *a: asked.append(a),
        should_cancel=lambda: len(asked) >= 2,
    )
    assert report.cancelled and report.items == []
    assert list_issues(empty_db) == []
