"""The issues in the library as the user sees them: listed with their counts, their paper and
date edited (user data, kept by content hash), and deleted with the user's work saved first."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete
from sqlalchemy import text as sql

from desktop.services import user_data
from desktop.services.dates import check_date
from desktop.services.errors import InvalidInput
from desktop.services.export import write_atomically
from desktop.services.indexing import unindex_issue
from desktop.store.database import Database
from desktop.store.models import ArticleState, ArticleTag, Highlight, Issue, IssueEdit, utc_now

_UNSET: object = object()


PAPER_NAME_MOST = 40  # characters


def check_paper_name(name: str) -> str:
    """The name as it is kept (stripped), or InvalidInput if it is too long."""
    name = name.strip()
    if len(name) > PAPER_NAME_MOST:
        raise InvalidInput(
            f"A paper's name is at most {PAPER_NAME_MOST} characters.",
            code="paper_too_long",
            most=PAPER_NAME_MOST,
        )
    return name


def edit_issue(
    db: Database,
    issue_id: int,
    *,
    paper: str | object | None = _UNSET,
    date: str | object | None = _UNSET,
) -> None:
    """Set the paper and/or date the user sees for an issue; an empty value reverts to the
    parsed one. Edits are user data: kept by content hash through re-parse and re-import."""
    with db.session() as session:
        issue = session.get(Issue, issue_id)
        if issue is None:
            raise InvalidInput(f"There is no issue {issue_id}.")
        edit = session.get(IssueEdit, issue.sha256) or IssueEdit(sha256=issue.sha256)
        if paper is not _UNSET:
            edit.paper = check_paper_name(paper or "") or None  # type: ignore[arg-type]
        if date is not _UNSET:
            value = (date or "").strip()  # type: ignore[union-attr]
            edit.date = check_date(value) if value else None
        edit.edited_at = utc_now()
        if edit.paper is None and edit.date is None:
            if session.get(IssueEdit, issue.sha256) is not None:
                session.delete(edit)
        else:
            session.add(edit)


# ---- delete ----------------------------------------------------------------------------------


def delete_issue(db: Database, issue_id: int, export_dir: Path) -> Path:
    """Delete an issue. Its highlights, notes, tags and state are first written to a file in
    `export_dir` (returned), so deleting never destroys the user's work."""
    with db.session() as session:
        issue = session.get(Issue, issue_id)
        if issue is None:
            raise InvalidInput(f"There is no issue {issue_id}.")
        data = user_data.collect(session, issue)
        export_dir.mkdir(parents=True, exist_ok=True)
        stamp = utc_now().replace(":", "").replace("+0000", "Z")
        target = export_dir / f"deleted-{Path(issue.source_name).stem}-{stamp}.json"
        write_atomically(target, json.dumps(data, ensure_ascii=False, indent=2))
        keys = [row["article_key"] for row in data["article_states"]] + [
            row["article_key"] for row in data["article_tags"]
        ]
        session.execute(delete(Highlight).where(Highlight.issue_sha256 == issue.sha256))
        session.execute(delete(ArticleTag).where(ArticleTag.article_key.in_(keys)))
        session.execute(delete(ArticleState).where(ArticleState.article_key.in_(keys)))
        session.execute(delete(IssueEdit).where(IssueEdit.sha256 == issue.sha256))
        unindex_issue(session, issue_id)
        session.delete(issue)  # its articles go with it (ON DELETE CASCADE)
    return target


# ---- listing --------------------------------------------------------------------------------


@dataclass(frozen=True)
class IssueRow:
    id: int
    sha256: str
    paper: str | None
    date: str | None
    date_precision: str | None  # "year", "month" or "day"
    source_name: str
    articles: int
    unread: int


def list_issues(db: Database) -> list[IssueRow]:
    with db.session() as session:
        rows = session.execute(
            sql(
                # Counted in a subquery, so that the issues are read from the issue_listing
                # index rather than from their large rows.
                "SELECT ie.id, ie.sha256, ie.paper, ie.date, ie.date_precision, ie.source_name, "
                "COALESCE(c.articles, 0) AS articles, COALESCE(c.unread, 0) AS unread "
                "FROM issue_effective ie LEFT JOIN ("
                "  SELECT a.issue_id, COUNT(*) AS articles, "
                "  SUM(CASE WHEN COALESCE(s.read, 0) THEN 0 ELSE 1 END) AS unread "
                "  FROM article a LEFT JOIN article_state s ON s.article_key = a.key "
                "  GROUP BY a.issue_id"
                ") c ON c.issue_id = ie.id "
                "ORDER BY ie.paper, ie.date DESC, ie.id"
            )
        ).all()
    return [
        IssueRow(
            r.id,
            r.sha256,
            r.paper,
            r.date,
            r.date_precision,
            r.source_name,
            r.articles,
            r.unread or 0,
        )
        for r in rows
    ]
