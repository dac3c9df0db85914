"""The library's lifecycle, as a user lives it: first run, import, re-import, re-parse, edit,
delete."""

import codecs
import hashlib
import json
import sqlite3
from dataclasses import replace

import pytest
from sqlmodel import select

from desktop.ingest import Block, parse_text
from desktop.resources import seed_files
from desktop.services import annotations, library, tags
from desktop.services.articles import get_article, list_articles
from desktop.services.errors import InvalidInput
from desktop.services.search import search
from desktop.store.models import Highlight, Issue

TABLES = [
    "paper",
    "issue",
    "article",
    "article_fts",
    "tag",
    "article_tag",
    "highlight",
    "article_state",
    "issue_edit",
]


def snapshot(db):
    with sqlite3.connect(db.path) as conn:
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall() for t in TABLES}


def test_a_new_library_holds_the_bundled_seeds(db):
    stats = library.stats(db)
    assert (stats.issues, stats.articles, stats.papers) == (5, 36, 3)
    rows = library.list_issues(db)
    assert {r.paper for r in rows} == {"嘉定报", "青浦报", "嘉定国资"}
    assert all(r.unread == r.articles for r in rows)


def test_importing_the_seeds_again_changes_nothing(db, segmenter):
    before = snapshot(db)
    report = library_import(db, segmenter, seed_files())
    assert [i.status for i in report.items] == ["unchanged"] * 5
    assert snapshot(db) == before


def library_import(db, segmenter, paths, **kw):
    return library.import_paths(db, segmenter, paths, **kw)


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

    report = library_import(empty_db, segmenter, [folder])
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
    assert library.stats(empty_db).issues == 2


def test_an_issue_goes_in_whole_or_not_at_all(empty_db, segmenter):
    class Failing(type(segmenter)):
        calls = 0

        def search_words(self, text):
            Failing.calls += 1
            if Failing.calls == 4:
                raise RuntimeError("the disk went away")
            return segmenter.search_words(text)

    with pytest.raises(RuntimeError):
        library.import_file(empty_db, Failing(), seed_files()[0])
    assert snapshot(empty_db)["issue"] == []
    assert snapshot(empty_db)["article"] == []
    assert library.import_file(empty_db, segmenter, seed_files()[0]).status == "added"


def test_import_reports_progress_and_can_be_cancelled(empty_db, segmenter):
    seen = []
    report = library_import(
        empty_db, segmenter, seed_files(),
        progress=lambda done, total, name: seen.append((done, total)),
        should_cancel=lambda: len(seen) >= 2,
    )  # fmt: skip
    assert report.cancelled
    assert [i.status for i in report.items] == ["added", "added"]
    assert seen == [(0, 5), (1, 5)]
    assert library.stats(empty_db).issues == 2


def _first_article(db, prefix="000"):
    issue = next(r for r in library.list_issues(db) if r.source_name.startswith(prefix))
    return list_articles(db, issue.id)[0]


def _shift_text(parse_result):
    """A parser whose output moved: a sentence added in front of every first paragraph, and
    a word changed in the middle of every article."""
    for article in parse_result.articles:
        if article.blocks:
            first = article.blocks[0]
            article.blocks[0] = Block(
                first.type, "【更新】编辑补充了一句导语。" + first.text.replace("会议", "会 议", 1)
            )
    return parse_result


def test_reparse_after_the_text_shifted_keeps_every_highlight_tag_and_state(db, segmenter):
    article = _first_article(db)
    text = annotations_text(db, article.id)
    quote = "以铜为镜，可以正衣冠"
    h1 = annotations.highlight_quote(db, article.id, quote, color="green", note="名句")
    h2 = annotations.highlight_quote(db, article.id, "共同营造风清气正的政治生态")
    tags.tag_articles(db, "廉政建设", [article.id])
    annotations.set_starred(db, article.id)
    assert text.index(quote) == h1.start

    report = library.reparse(db, segmenter, parse=lambda *a, **k: _shift_text(parse_text(*a, **k)))
    assert report.highlights_orphaned == 0
    assert report.highlights_moved == 2

    again = _first_article(db)
    assert again.key == article.key and again.starred
    new_text = annotations_text(db, again.id)
    marks = {h.id: h for h in annotations.article_highlights(db, again.id)}
    assert new_text[marks[h1.id].start : marks[h1.id].end] == quote
    assert marks[h1.id].note == "名句" and marks[h1.id].color == "green"
    assert new_text[marks[h2.id].start : marks[h2.id].end] == h2.quote
    assert [t.name for t in tags.article_tags(db, again.id)] == ["廉政建设"]


def annotations_text(db, article_id):
    return get_article(db, article_id).article.text


def test_a_highlight_whose_text_is_gone_is_kept_as_orphaned(db, segmenter):
    article = _first_article(db)
    h = annotations.highlight_quote(db, article.id, "以铜为镜，可以正衣冠", note="要记住")

    def drop_the_sentence(*args, **kwargs):
        parsed = parse_text(*args, **kwargs)
        for a in parsed.articles:
            a.blocks = [
                replace(b, text=b.text.replace("以铜为镜，可以正衣冠；", "")) for b in a.blocks
            ]
        return parsed

    report = library.reparse(db, segmenter, parse=drop_the_sentence)
    assert report.highlights_orphaned == 1
    orphans = annotations.list_annotations(db, annotations.AnnotationFilters(orphaned=True))
    assert [(r.highlight.id, r.highlight.note, r.highlight.quote) for r in orphans] == [
        (h.id, "要记住", h.quote)
    ]
    assert library.stats(db).highlights == 1


def test_reparse_with_the_same_parser_changes_no_user_data(db, segmenter):
    article = _first_article(db, "003")
    annotations.highlight_quote(db, article.id, "坚定信心")
    before = snapshot(db)
    library.reparse(db, segmenter)
    after = snapshot(db)
    for table in ("tag", "article_tag", "highlight", "article_state", "issue_edit"):
        assert after[table] == before[table]
    assert [r[2] for r in after["article"]] == [r[2] for r in before["article"]]  # the same keys


def test_editing_issue_metadata_survives_reparse(db, segmenter):
    issue = library.list_issues(db)[0]
    library.edit_issue(db, issue.id, paper="嘉定报（副刊）", date="2023-10-17")
    library.reparse(db, segmenter)
    edited = next(r for r in library.list_issues(db) if r.id == issue.id)
    assert (edited.paper, edited.date, edited.date_precision) == (
        "嘉定报（副刊）",
        "2023-10-17",
        "day",
    )
    library.edit_issue(db, issue.id, paper="", date="")
    reverted = next(r for r in library.list_issues(db) if r.id == issue.id)
    assert (reverted.paper, reverted.date) == (issue.paper, issue.date)


@pytest.mark.parametrize("bad", ["2023-13", "2023-02-30", "May 2023", "23-05"])
def test_a_wrong_date_is_refused_with_a_reason(db, bad):
    issue = library.list_issues(db)[0]
    with pytest.raises(InvalidInput, match="date"):
        library.edit_issue(db, issue.id, date=bad)


def test_deleting_an_issue_saves_its_user_data_first(db, segmenter, tmp_path):
    article = _first_article(db, "001")
    annotations.highlight_quote(db, article.id, "党建", note="重点")
    tags.tag_articles(db, "党的建设", [article.id])
    issue_id = article.issue_id

    saved = library.delete_issue(db, issue_id, tmp_path / "deleted")
    data = json.loads(saved.read_text("utf-8"))
    assert data["format"] == "district-reader-annotations"
    assert [h["note"] for h in data["highlights"]] == ["重点"]
    assert [t["name"] for t in data["tags"]] == ["党的建设"]
    stats = library.stats(db)
    assert (stats.issues, stats.highlights) == (4, 0)
    with db.session() as session:
        assert session.exec(select(Issue).where(Issue.id == issue_id)).first() is None
        assert session.exec(select(Highlight)).all() == []
    # The search index forgot it too.
    assert search(db, segmenter, "融入路径").total == 0


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
    assert library_import(empty_db, segmenter, [seed]).count("added") == 1
    report = library_import(empty_db, segmenter, _copies(seed, tmp_path / "copies"))
    assert [item.status for item in report.items] == ["unchanged"] * 4
    issue = library.list_issues(empty_db)[0]
    assert library.stats(empty_db).issues == 1 and {i.issue_id for i in report.items} == {issue.id}
    assert issue.sha256 == hashlib.sha256(seed.read_bytes()).hexdigest()  # the first copy's bytes
    for article in list_articles(empty_db, issue.id):
        phrase = get_article(empty_db, article.id).article.text.split()[0][:10]
        hits = search(empty_db, segmenter, phrase, limit=None).article_ids
        assert hits.count(article.id) == 1 and len(hits) == len(set(hits)), phrase


def test_copies_of_one_issue_in_one_import_make_one_issue(empty_db, segmenter, tmp_path):
    seed = seed_files()[2]
    report = library_import(empty_db, segmenter, [seed, *_copies(seed, tmp_path / "copies")])
    assert [item.status for item in report.items] == ["added"] + ["unchanged"] * 4
    assert library.stats(empty_db).issues == 1
