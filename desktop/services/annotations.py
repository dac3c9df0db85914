"""Highlights and notes, and each article's read and starred state.

Offsets count Unicode code points in Article.text (Python's convention); the window converts
Qt's UTF-16 positions at its boundary.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import text as sql
from sqlmodel import Session, select

from desktop.domain.anchoring import Anchor, make_anchor
from desktop.services.errors import InvalidInput
from desktop.services.filters import issue_conditions, tag_condition
from desktop.store.database import Database
from desktop.store.models import Article, ArticleState, Highlight, Issue, utc_now

COLORS = ("yellow", "green", "blue", "pink", "purple")
MAX_NOTE = 20_000


def check_color(color: str) -> str:
    if color not in COLORS:
        raise InvalidInput(f"“{color}” is not a highlight colour: use one of {', '.join(COLORS)}.")
    return color


def _note(note: str | None) -> str | None:
    if note is None or not note.strip():
        return None
    if len(note) > MAX_NOTE:
        raise InvalidInput(
            f"A note is at most {MAX_NOTE:,} characters.", code="note_too_long", most=MAX_NOTE
        )
    return note.strip()


def _anchor(session: Session, article: Article, start: int, end: int) -> tuple[Anchor, str]:
    """The anchor of a range of the article's text, and its issue's content hash."""
    try:
        anchor = make_anchor(article.text, start, end)
    except ValueError as error:
        raise InvalidInput(str(error)) from None
    issue = session.get(Issue, article.issue_id)
    assert issue is not None
    return anchor, issue.sha256


def add_highlight(
    db: Database,
    article_id: int,
    start: int,
    end: int,
    color: str = "yellow",
    note: str | None = None,
) -> Highlight:
    with db.session() as session:
        article = session.get(Article, article_id)
        if article is None:
            raise InvalidInput(f"There is no article {article_id}.")
        anchor, sha = _anchor(session, article, start, end)
        highlight = Highlight(
            article_key=article.key,
            issue_sha256=sha,
            start=anchor.start,
            end=anchor.end,
            quote=anchor.quote,
            prefix=anchor.prefix,
            suffix=anchor.suffix,
            color=check_color(color),
            note=_note(note),
        )
        session.add(highlight)
        session.flush()
        session.refresh(highlight)
        session.expunge(highlight)
        return highlight


def highlight_quote(db: Database, article_id: int, quote: str, **kwargs: object) -> Highlight:
    """Highlight the first occurrence of `quote` in the article (for the command line)."""
    with db.session() as session:
        article = session.get(Article, article_id)
        if article is None:
            raise InvalidInput(f"There is no article {article_id}.")
        start = article.text.find(quote) if quote else -1
    if start < 0:
        raise InvalidInput(f"“{quote}” is not in article {article_id}.")
    return add_highlight(db, article_id, start, start + len(quote), **kwargs)  # type: ignore[arg-type]


_UNSET: object = object()


def edit_highlight(
    db: Database,
    highlight_id: int,
    *,
    color: str | object = _UNSET,
    note: str | object | None = _UNSET,
) -> Highlight:
    with db.session() as session:
        highlight = session.get(Highlight, highlight_id)
        if highlight is None:
            raise InvalidInput(f"There is no highlight {highlight_id}.")
        if color is not _UNSET:
            highlight.color = check_color(color)  # type: ignore[arg-type]
        if note is not _UNSET:
            highlight.note = _note(note)  # type: ignore[arg-type]
        highlight.updated_at = utc_now()
        session.add(highlight)
        session.flush()
        session.refresh(highlight)
        session.expunge(highlight)
        return highlight


def move_highlight(db: Database, highlight_id: int, article_id: int, start: int, end: int) -> None:
    """Re-place a highlight (an orphaned one, or one the user adjusts) on a new range."""
    with db.session() as session:
        highlight = session.get(Highlight, highlight_id)
        article = session.get(Article, article_id)
        if highlight is None or article is None:
            raise InvalidInput("That highlight or article no longer exists.")
        anchor, sha = _anchor(session, article, start, end)
        highlight.article_key, highlight.issue_sha256 = article.key, sha
        highlight.start, highlight.end, highlight.quote = anchor.start, anchor.end, anchor.quote
        highlight.prefix, highlight.suffix = anchor.prefix, anchor.suffix
        highlight.orphaned = False
        highlight.updated_at = utc_now()
        session.add(highlight)


def delete_highlight(db: Database, highlight_id: int) -> Highlight:
    """Delete a highlight; returns it, so that an undo can put it back."""
    with db.session() as session:
        highlight = session.get(Highlight, highlight_id)
        if highlight is None:
            raise InvalidInput(f"There is no highlight {highlight_id}.")
        session.delete(highlight)
        session.flush()
        session.expunge(highlight)
        return highlight


def restore_highlight(db: Database, highlight: Highlight) -> None:
    """Put a deleted highlight back exactly as it was (undo)."""
    with db.session() as session:
        session.add(Highlight.model_validate(highlight.model_dump()))


def article_highlights(db: Database, article_id: int) -> list[Highlight]:
    with db.session() as session:
        key = session.exec(select(Article.key).where(Article.id == article_id)).first()
        if key is None:
            return []
        rows = session.exec(
            select(Highlight)
            .where(Highlight.article_key == key, Highlight.orphaned == False)  # noqa: E712
            .order_by(Highlight.start)
        ).all()
        return list(rows)


@dataclass(frozen=True)
class AnnotationRow:
    """A highlight with what a list across the library shows beside it."""

    highlight: Highlight
    article_id: int | None  # None while its article is gone (orphaned after a delete)
    article_title: str | None
    authors: list[str]
    paper: str | None
    date: str | None
    kind: str | None


@dataclass(frozen=True)
class AnnotationFilters:
    text: str | None = None  # in the quote or the note
    color: str | None = None
    tag: str | None = None
    paper: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    notes_only: bool = False
    orphaned: bool | None = None  # None: both


def list_annotations(
    db: Database, filters: AnnotationFilters = AnnotationFilters()
) -> list[AnnotationRow]:
    clauses: list[str] = []
    params: dict[str, object] = {}
    if filters.text:
        clauses.append(
            "(instr(lower(h.quote), lower(:q)) > 0"
            " OR instr(lower(COALESCE(h.note, '')), lower(:q)) > 0)"
        )
        params["q"] = filters.text
    if filters.color:
        clauses.append("h.color = :color")
        params["color"] = filters.color
    if filters.tag:
        clauses.append(tag_condition(params, "h.article_key", [filters.tag]))
    clauses += issue_conditions(
        params, paper=filters.paper, date_from=filters.date_from, date_to=filters.date_to
    )
    if filters.notes_only:
        clauses.append("trim(COALESCE(h.note, '')) != ''")
    if filters.orphaned is not None:
        clauses.append("h.orphaned = :orph")
        params["orph"] = int(filters.orphaned)
    where = " AND ".join(clauses) or "1"
    statement = (
        "SELECT h.id AS hid, a.id AS article_id, a.title, a.kind, a.authors, ie.paper, ie.date "
        "FROM highlight h LEFT JOIN article a ON a.key = h.article_key "
        "LEFT JOIN issue_effective ie ON ie.sha256 = h.issue_sha256 "
        f"WHERE {where} ORDER BY ie.date DESC, h.issue_sha256, a.ordinal, h.start"
    )
    with db.session() as session:
        rows = session.execute(sql(statement), params).all()
        out = []
        for r in rows:
            highlight = session.get(Highlight, r.hid)
            assert highlight is not None
            session.expunge(highlight)
            out.append(
                AnnotationRow(
                    highlight,
                    r.article_id,
                    r.title,
                    json.loads(r.authors) if r.authors else [],
                    r.paper,
                    r.date,
                    r.kind,
                )
            )
        return out


# ---- read / starred --------------------------------------------------------------------------


def _state(db: Database, article_id: int, field: Literal["read", "starred"], value: bool) -> None:
    with db.session() as session:
        key = session.exec(select(Article.key).where(Article.id == article_id)).first()
        if key is None:
            raise InvalidInput(f"There is no article {article_id}.")
        # An upsert: another window or command marking the same article at the same moment
        # cannot make it fail. `field` is one of two column names, never user text.
        session.execute(
            sql(
                f"INSERT INTO article_state(article_key, {field}, updated_at) "
                f"VALUES (:key, :value, :now) ON CONFLICT(article_key) "
                f"DO UPDATE SET {field} = excluded.{field}, updated_at = excluded.updated_at"
            ),
            {"key": key, "value": int(value), "now": utc_now()},
        )


def set_read(db: Database, article_id: int, read: bool = True) -> None:
    _state(db, article_id, "read", read)


def set_starred(db: Database, article_id: int, starred: bool = True) -> None:
    _state(db, article_id, "starred", starred)


def article_state(db: Database, article_id: int) -> ArticleState:
    with db.session() as session:
        key = session.exec(select(Article.key).where(Article.id == article_id)).first()
        state = session.get(ArticleState, key) if key else None
        result = state or ArticleState(article_key=key or "")
        if state is not None:
            session.expunge(state)
        return result


def get_highlight(db: Database, highlight_id: int) -> Highlight | None:
    with db.session() as session:
        return session.get(Highlight, highlight_id)
