"""What the library holds, counted: what `stats` and the window's status line show."""

from desktop.services import annotations, issues, tags
from desktop.services.articles import list_articles
from desktop.services.stats import stats


def test_a_new_library_counts_its_seeds_and_nothing_the_user_made(db):
    counted = stats(db)
    assert (counted.papers, counted.issues, counted.articles) == (3, 5, 36)
    assert (counted.tags, counted.highlights, counted.notes) == (0, 0, 0)
    assert (counted.orphaned, counted.starred, counted.read) == (0, 0, 0)


def test_what_the_user_makes_is_counted(db):
    first, second = (row.id for row in list_articles(db)[:2])
    annotations.highlight_quote(db, first, "以铜为镜", note="以案为鉴。")
    annotations.highlight_quote(db, first, "以人为镜", note="  ")  # a blank note is no note
    tags.tag_articles(db, "警示", [first, second])
    annotations.set_read(db, first)
    annotations.set_starred(db, second)
    counted = stats(db).as_dict()
    assert {k: counted[k] for k in ("tags", "highlights", "notes", "read", "starred")} == {
        "tags": 1, "highlights": 2, "notes": 1, "read": 1, "starred": 1,
    }  # fmt: skip


def test_papers_are_counted_by_their_edited_name(db):
    for row in issues.list_issues(db):
        issues.edit_issue(db, row.id, paper="嘉定报")
    assert stats(db).papers == 1
