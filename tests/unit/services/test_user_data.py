"""The annotations backup: everything a user made goes out in one file and comes back into a
fresh library intact, however often it is imported and whatever the file holds."""

import json
import shutil
import sqlite3

import pytest

from desktop.resources import seed_files
from desktop.services import annotations, library, tags, user_data
from desktop.services import corrections as correcting
from desktop.services.articles import article_by_key, list_articles
from desktop.services.errors import InvalidInput
from desktop.store.database import open_database


@pytest.fixture
def annotated(db):
    """A library with one of each kind of user data."""
    first, second = list_articles(db, 1)[:2]
    annotations.highlight_quote(db, first.id, first.title[:4], color="green", note="为什么？")
    tags.create_tag(db, "产业", color="#e8590c")
    tags.create_tag(db, "汽车", parent="产业")
    tags.tag_articles(db, "汽车", [first.id, second.id])
    annotations.set_starred(db, second.id)
    library.edit_issue(db, 1, date="2023-05-17")
    return db


@pytest.fixture
def fresh(tmp_path, seeded_library_file):
    """Another install: the same seeds, no user data."""
    path = tmp_path / "fresh" / "library.sqlite3"
    path.parent.mkdir()
    shutil.copyfile(seeded_library_file, path)
    db = open_database(path)
    yield db
    db.close()


def user_rows(db):
    with sqlite3.connect(db.path) as conn:
        return {
            "highlights": conn.execute(
                'SELECT article_key, start, "end", quote, color, note, orphaned, created_at '
                "FROM highlight ORDER BY id"
            ).fetchall(),
            "tags": conn.execute(
                "SELECT t.name, t.color, p.name FROM tag t LEFT JOIN tag p ON p.id = t.parent_id "
                "ORDER BY t.name"
            ).fetchall(),
            "links": conn.execute(
                "SELECT at.article_key, t.name FROM article_tag at JOIN tag t ON t.id = at.tag_id "
                "ORDER BY 1, 2"
            ).fetchall(),
            "states": conn.execute(
                "SELECT article_key, read, starred FROM article_state ORDER BY 1"
            ).fetchall(),
            "edits": conn.execute("SELECT sha256, paper, date FROM issue_edit").fetchall(),
        }


def roundtrip(source, target, tmp_path):
    path = tmp_path / "backup.json"
    path.write_text(user_data.export_user_data(source), "utf-8")
    return user_data.import_user_data(target, user_data.read_user_data(path))


def test_a_fresh_install_gets_back_everything_the_user_made(annotated, fresh, tmp_path):
    report = roundtrip(annotated, fresh, tmp_path)
    assert user_rows(fresh) == user_rows(annotated)
    assert (report.highlights_added, report.tags_added, report.tags_linked) == (1, 2, 2)
    assert (report.states, report.issue_edits, report.waiting) == (1, 1, 0)


def test_importing_the_same_backup_twice_adds_nothing(annotated, fresh, tmp_path):
    roundtrip(annotated, fresh, tmp_path)
    before = user_rows(fresh)
    report = roundtrip(annotated, fresh, tmp_path)
    assert user_rows(fresh) == before
    assert (report.highlights_added, report.highlights_present, report.tags_added) == (0, 1, 0)


def test_a_backup_merges_with_what_the_library_already_holds(annotated, fresh, tmp_path):
    article = list_articles(fresh, 2)[0]
    annotations.highlight_quote(fresh, article.id, article.title[:3])
    tags.create_tag(fresh, "汽车", color="#2f9e44")  # same name, the user's own colour
    roundtrip(annotated, fresh, tmp_path)
    rows = user_rows(fresh)
    assert len(rows["highlights"]) == 2
    assert ("汽车", "#2f9e44", None) in rows["tags"]  # an existing tag is not changed


def test_articles_are_found_by_headline_when_their_keys_differ(annotated, fresh, tmp_path):
    # As after a re-parse in the library the backup came from: the same articles, other keys.
    with sqlite3.connect(fresh.path) as conn:
        conn.execute("UPDATE article SET key = key || '-other' WHERE issue_id = 1")
    roundtrip(annotated, fresh, tmp_path)
    highlight_key = user_rows(fresh)["highlights"][0][0]
    assert highlight_key.endswith("-other")
    view = article_by_key(fresh, highlight_key)
    assert view is not None
    assert {name for _key, name in user_rows(fresh)["links"]} == {"汽车"}
    assert all(key.endswith("-other") for key, _name in user_rows(fresh)["links"])


def test_data_for_issues_not_yet_imported_waits_for_them(annotated, tmp_path, segmenter):
    empty = open_database(tmp_path / "new" / "library.sqlite3")
    try:
        report = roundtrip(annotated, empty, tmp_path)
        assert report.waiting == 3  # one highlight, two tag links
        library.import_paths(empty, segmenter, [seed_files()[0]])
        first = list_articles(empty, 1)[0]
        assert [h.quote for h in annotations.article_highlights(empty, first.id)] == [
            first.title[:4]
        ]
    finally:
        empty.close()


def test_a_passage_that_is_gone_is_kept_and_marked_orphaned(annotated, fresh, tmp_path):
    path = tmp_path / "backup.json"
    data = json.loads(user_data.export_user_data(annotated))
    data["highlights"][0] |= {"quote": "这段话不在任何文章里", "prefix": "", "suffix": ""}
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    report = user_data.import_user_data(fresh, user_data.read_user_data(path))
    assert report.highlights_orphaned == 1
    assert user_rows(fresh)["highlights"][0][6] == 1


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00", "not JSON"),
        (b"", "not JSON"),
        (b'{"format": "something-else"}', "not a District Reader annotations backup"),
        (b"[1, 2, 3]", "not a District Reader annotations backup"),
        (b'{"format": "district-reader-annotations", "version": 99}', "newer District Reader"),
    ],
)
def test_a_file_that_is_not_a_backup_is_refused_by_name(tmp_path, content, words):
    path = tmp_path / "notes.json"
    path.write_bytes(content)
    with pytest.raises(InvalidInput, match=words):
        user_data.read_user_data(path)


def test_a_bad_entry_refuses_the_whole_file_and_changes_nothing(annotated, fresh, tmp_path):
    data = json.loads(user_data.export_user_data(annotated))
    data["highlights"].append(dict(data["highlights"][0], start="three"))
    before = user_rows(fresh)
    with pytest.raises(InvalidInput, match="highlights"):
        user_data.import_user_data(fresh, data)
    assert user_rows(fresh) == before


def test_a_bad_range_in_the_middle_rolls_everything_back(annotated, fresh):
    data = json.loads(user_data.export_user_data(annotated))
    data["highlights"].append(dict(data["highlights"][0], start=9, end=2, created_at="x"))
    before = user_rows(fresh)
    with pytest.raises(InvalidInput, match="no valid range"):
        user_data.import_user_data(fresh, data)
    assert user_rows(fresh) == before  # the tags made before the bad row were rolled back too


def test_the_delete_safety_file_is_an_importable_backup(annotated, fresh, tmp_path):
    saved = library.delete_issue(annotated, 1, tmp_path / "deleted")
    report = user_data.import_user_data(fresh, user_data.read_user_data(saved))
    assert report.highlights_added == 1 and report.tags_linked == 2 and report.issue_edits == 1


def test_a_library_that_has_the_issues_in_another_encoding_takes_the_backup(
    annotated, tmp_path, segmenter
):
    other = open_database(tmp_path / "gbk" / "library.sqlite3")
    try:
        folder = tmp_path / "gb18030"
        folder.mkdir()
        for seed in seed_files():
            (folder / seed.name).write_bytes(seed.read_text("utf-8").encode("gb18030"))
        library.import_paths(other, segmenter, [folder])
        assert {i.sha256 for i in library.list_issues(other)}.isdisjoint(
            {i.sha256 for i in library.list_issues(annotated)}
        )  # the same issues under other content hashes
        report = roundtrip(annotated, other, tmp_path)
        assert (report.highlights_added, report.waiting, report.issue_edits) == (1, 0, 1)
        mine = list_articles(annotated, 1)[0]
        (same,) = [a for a in list_articles(other) if a.title == mine.title]
        assert same.key != mine.key  # keys are made from the content hash
        marks = annotations.article_highlights(other, same.id)
        assert [(h.quote, h.orphaned, h.article_key) for h in marks] == [
            (mine.title[:4], False, same.key)
        ]
        edited = [i for i in library.list_issues(other) if i.date == "2023-05-17"]
        assert len(edited) == 1
    finally:
        other.close()


def test_the_newer_of_two_changes_to_a_state_or_an_issue_wins(annotated, fresh):
    data = json.loads(user_data.export_user_data(annotated))
    (state,) = data["article_states"]
    (edit,) = data["issue_edits"]
    newer = {**state, "starred": False, "read": True, "updated_at": "2099-01-01T00:00:00"}
    older = {**edit, "date": "2023-05-18", "edited_at": "2000-01-01T00:00:00"}
    report = user_data.import_user_data(
        annotated, {**data, "article_states": [newer], "issue_edits": [older]}
    )
    assert (report.states, report.issue_edits) == (1, 0)
    assert user_rows(annotated)["states"] == [(state["article_key"], 1, 0)]
    assert [row[2] for row in user_rows(annotated)["edits"]] == ["2023-05-17"]  # the library's
    assert user_data.import_user_data(fresh, {**data, "issue_edits": [older]}).issue_edits == 1
    assert [row[2] for row in user_rows(fresh)["edits"]] == ["2023-05-18"]


# ---- corrections by hand ---------------------------------------------------------------------


def _outline(db, issue_id):
    with sqlite3.connect(db.path) as conn:
        return conn.execute(
            "SELECT kicker, title, subtitle, text, corrected FROM article WHERE issue_id = ? "
            "ORDER BY ordinal",
            (issue_id,),
        ).fetchall()


@pytest.fixture
def corrected(db, segmenter):
    """The first seed issue split in two, with a kicker that was a subtitle, and a highlight
    in the part split off."""
    first = list_articles(db, 1)[0]
    third = json.loads(article_by_key(db, first.key).article.blocks)[3]["text"]
    annotations.highlight_quote(db, first.id, third[:10], note="分出")
    correcting.split(db, segmenter, first.id, 2, ["title"])
    correcting.set_role(db, segmenter, list_articles(db, 1)[0].id, "kicker", "subtitle")
    return db


def test_corrections_round_trip_through_the_backup(corrected, fresh, segmenter):
    correcting.add_rule(corrected, segmenter, "嘉定报", "区领导", "page_header")
    data = json.loads(user_data.export_user_data(corrected))
    assert [c["operation"] for c in data["corrections"]] == ["split", "role"]
    report = user_data.import_user_data(fresh, data, segmenter)
    assert report.corrections_added == 2 and report.rules_added == 1
    assert sorted(report.issues_corrected) == [1, 2, 5]  # the issues of 嘉定报
    for issue in (1, 2, 5):
        assert _outline(fresh, issue) == _outline(corrected, issue)
    assert [(r.paper, r.starts_with) for r in correcting.list_rules(fresh)] == [
        ("嘉定报", "区领导")
    ]
    assert user_rows(fresh)["highlights"] == user_rows(corrected)["highlights"]
    assert [c.operation for c in correcting.list_corrections(fresh, 1)] == ["split", "role"]
    again = user_data.import_user_data(fresh, data, segmenter)
    assert again.corrections_added == 0 and again.corrections_present == 2
    assert again.rules_added == 0
    assert len(correcting.list_corrections(fresh, 1)) == 2


def test_an_issue_imported_again_gets_its_corrections_back(corrected, segmenter, tmp_path):
    before = _outline(corrected, 1)
    seed = next(p for p in seed_files() if p.name.startswith("000"))
    library.delete_issue(corrected, 1, tmp_path / "deleted")
    report = library.import_paths(corrected, segmenter, [seed])
    (item,) = report.items
    assert item.status == "added"
    assert _outline(corrected, item.issue_id) == before


def test_a_backup_with_a_bad_correction_is_refused_whole(corrected, fresh, segmenter):
    data = json.loads(user_data.export_user_data(corrected))
    data["corrections"][1]["details"] = {"role": "headline"}
    before = user_rows(fresh)
    with pytest.raises(InvalidInput, match="role"):
        user_data.import_user_data(fresh, data, segmenter)
    assert user_rows(fresh) == before and correcting.list_corrections(fresh, 1) == []
