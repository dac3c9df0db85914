"""An issue's metadata edited and kept, and an issue deleted with the user's work saved first."""

import json

import pytest
from sqlmodel import select

from desktop.services import annotations, reparsing, tags
from desktop.services.errors import InvalidInput
from desktop.services.issues import delete_issue, edit_issue, list_issues
from desktop.services.search import search
from desktop.services.stats import stats
from desktop.store.models import Highlight, Issue
from tests.helpers.library_rows import first_article


def test_editing_issue_metadata_survives_reparse(db, segmenter):
    issue = list_issues(db)[0]
    edit_issue(db, issue.id, paper="嘉定报（副刊）", date="2023-10-17")
    reparsing.reparse(db, segmenter)
    edited = next(r for r in list_issues(db) if r.id == issue.id)
    assert (edited.paper, edited.date, edited.date_precision) == (
        "嘉定报（副刊）",
        "2023-10-17",
        "day",
    )
    edit_issue(db, issue.id, paper="", date="")
    reverted = next(r for r in list_issues(db) if r.id == issue.id)
    assert (reverted.paper, reverted.date) == (issue.paper, issue.date)


@pytest.mark.parametrize("bad", ["2023-13", "2023-02-30", "May 2023", "23-05"])
def test_a_wrong_date_is_refused_with_a_reason(db, bad):
    issue = list_issues(db)[0]
    with pytest.raises(InvalidInput, match="date"):
        edit_issue(db, issue.id, date=bad)


def test_deleting_an_issue_saves_its_user_data_first(db, segmenter, tmp_path):
    article = first_article(db, "001")
    annotations.highlight_quote(db, article.id, "党建", note="重点")
    tags.tag_articles(db, "党的建设", [article.id])
    issue_id = article.issue_id

    saved = delete_issue(db, issue_id, tmp_path / "deleted")
    data = json.loads(saved.read_text("utf-8"))
    assert data["format"] == "district-reader-annotations"
    assert [h["note"] for h in data["highlights"]] == ["重点"]
    assert [t["name"] for t in data["tags"]] == ["党的建设"]
    counts = stats(db)
    assert (counts.issues, counts.highlights) == (4, 0)
    with db.session() as session:
        assert session.exec(select(Issue).where(Issue.id == issue_id)).first() is None
        assert session.exec(select(Highlight)).all() == []
    # The search index forgot it too.
    assert search(db, segmenter, "融入路径").total == 0
