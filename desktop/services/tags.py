"""Tags: a user's topics. Create, rename, merge, recolour, delete; put on and take off articles,
one or many at a time; count; filter; and suggest topic tags for an article."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import delete
from sqlalchemy import text as sql
from sqlmodel import Session, select

from desktop.nlp import Segmenter, TopicLexicon, TopicSuggestion
from desktop.services.errors import InvalidInput
from desktop.services.filters import tag_condition
from desktop.store.database import Database
from desktop.store.models import Article, ArticleTag, Tag, utc_now

# Colours given to new tags in turn: distinct, and readable as text on light and dark themes.
PALETTE = (
    "#e8590c", "#1971c2", "#2f9e44", "#c2255c", "#6741d9",
    "#0c8599", "#e67700", "#5c940d", "#a61e4d", "#364fc7",
)  # fmt: skip
_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")
MAX_NAME = 40


@dataclass(frozen=True)
class TagInfo:
    id: int
    name: str
    color: str
    parent_id: int | None
    count: int  # articles in the library carrying the tag


def check_name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise InvalidInput("A tag needs a name.", code="tag_unnamed")
    if len(name) > MAX_NAME:
        raise InvalidInput(
            f"A tag's name is at most {MAX_NAME} characters.", code="tag_too_long", most=MAX_NAME
        )
    return name


def check_color(color: str) -> str:
    if not _COLOR.match(color):
        raise InvalidInput(
            f"“{color}” is not a colour: write it like #1971c2.", code="not_a_colour", value=color
        )
    return color.lower()


def _find(session: Session, name: str) -> Tag | None:
    # Names are unique without regard to case (COLLATE NOCASE).
    return session.exec(select(Tag).where(Tag.name == name)).first()


def _get(session: Session, name: str) -> Tag:
    tag = _find(session, name)
    if tag is None:
        raise InvalidInput(f"There is no tag “{name}”.", code="no_tag", name=name)
    return tag


def list_tags(db: Database) -> list[TagInfo]:
    with db.session() as session:
        rows = session.execute(
            sql(
                "SELECT t.id, t.name, t.color, t.parent_id, COUNT(a.id) AS n FROM tag t "
                "LEFT JOIN article_tag at ON at.tag_id = t.id "
                "LEFT JOIN article a ON a.key = at.article_key "
                "GROUP BY t.id ORDER BY t.name COLLATE NOCASE"
            )
        ).all()
    return [TagInfo(r.id, r.name, r.color, r.parent_id, r.n) for r in rows]


def create_tag(
    db: Database, name: str, color: str | None = None, parent: str | None = None
) -> TagInfo:
    name = check_name(name)
    with db.session() as session:
        parent_id = _get(session, parent).id if parent else None
        tag = _insert_tag(session, name, color, parent_id)
        if tag is None:
            raise InvalidInput(f"A tag “{name}” already exists.", code="tag_exists", name=name)
        return TagInfo(tag.id, tag.name, tag.color, tag.parent_id, 0)


def _insert_tag(
    session: Session, name: str, color: str | None, parent_id: int | None = None
) -> Tag | None:
    """Create the tag in this transaction; None if it exists. One statement, which cannot fail
    on a name another window or command has just taken (names are unique, without case)."""
    count = session.execute(sql("SELECT COUNT(*) FROM tag")).scalar() or 0
    row = session.execute(
        sql(
            "INSERT INTO tag(name, color, parent_id, created_at) "
            "VALUES (:name, :color, :parent, :now) ON CONFLICT(name) DO NOTHING RETURNING id"
        ),
        {
            "name": name,
            "color": check_color(color) if color else PALETTE[count % len(PALETTE)],
            "parent": parent_id,
            "now": utc_now(),
        },
    ).first()
    return None if row is None else session.get(Tag, row.id)


def ensure_tag(db: Database, name: str, color: str | None = None) -> None:
    name = check_name(name)
    with db.session() as session:
        if _find(session, name) is None:
            _insert_tag(session, name, color)


def rename_tag(db: Database, old: str, new: str) -> None:
    new = check_name(new)
    with db.session() as session:
        tag = _get(session, old)
        other = _find(session, new)
        if other is not None and other.id != tag.id:
            raise InvalidInput(
                f"A tag “{new}” already exists: merge the two instead.",
                code="tag_exists_merge",
                name=new,
            )
        tag.name = new
        session.add(tag)


def recolor_tag(db: Database, name: str, color: str) -> None:
    with db.session() as session:
        tag = _get(session, name)
        tag.color = check_color(color)
        session.add(tag)


def set_parent(db: Database, name: str, parent: str | None) -> None:
    with db.session() as session:
        tag = _get(session, name)
        if parent is None:
            tag.parent_id = None
        else:
            ancestor: Tag | None = _get(session, parent)
            while ancestor is not None:
                if ancestor.id == tag.id:
                    raise InvalidInput(
                        f"“{parent}” is inside “{name}”: a tag cannot contain itself."
                    )
                ancestor = session.get(Tag, ancestor.parent_id) if ancestor.parent_id else None
            tag.parent_id = _get(session, parent).id
        session.add(tag)


def merge_tags(db: Database, sources: Iterable[str], target: str) -> None:
    """Fold the source tags into the target: their articles and child tags move to it."""
    with db.session() as session:
        into = _get(session, target)
        merging = [_get(session, name) for name in sources]
        if all(tag.id == into.id for tag in merging):
            raise InvalidInput(
                f"A tag cannot be merged into itself (“{into.name}”).",
                code="tag_merge_self",
                name=into.name,
            )
        for tag in merging:
            if tag.id == into.id:
                continue
            session.execute(
                sql(
                    "INSERT OR IGNORE INTO article_tag(article_key, tag_id, created_at) "
                    "SELECT article_key, :into, created_at FROM article_tag WHERE tag_id = :src"
                ),
                {"into": into.id, "src": tag.id},
            )
            session.execute(
                sql("UPDATE tag SET parent_id = :into WHERE parent_id = :src AND id != :into"),
                {"into": into.id, "src": tag.id},
            )
            session.delete(tag)


def delete_tag(db: Database, name: str) -> int:
    """Delete a tag (child tags move up to its parent); returns how many articles it was on."""
    with db.session() as session:
        tag = _get(session, name)
        count = session.execute(
            sql("SELECT COUNT(*) FROM article_tag WHERE tag_id = :t"), {"t": tag.id}
        ).scalar()
        session.execute(
            sql("UPDATE tag SET parent_id = :p WHERE parent_id = :t"),
            {"p": tag.parent_id, "t": tag.id},
        )
        session.delete(tag)
        return int(count or 0)


def _keys(session: Session, article_ids: Iterable[int]) -> list[str]:
    """The articles' keys; an id that names no article is refused, not passed over."""
    ids = sorted(set(article_ids))
    if not ids:
        return []
    rows = session.execute(
        select(Article.id, Article.key).where(Article.id.in_(ids))  # type: ignore[attr-defined]
    ).all()
    missing = sorted(set(ids) - {row.id for row in rows})
    if missing:
        listed = ", ".join(map(str, missing[:5])) + ("…" if len(missing) > 5 else "")
        raise InvalidInput(f"There is no article {listed}.")
    return [row.key for row in rows]


def tag_articles(
    db: Database, name: str, article_ids: Iterable[int], *, create: bool = True
) -> int:
    """Put a tag on articles (creating the tag if needed), in one transaction; returns how many
    newly got it. Another window or command doing the same at the same moment is no conflict."""
    name = check_name(name)
    with db.session() as session:
        tag = _find(session, name)
        if tag is None and create:
            tag = _insert_tag(session, name, None)
        if tag is None:
            tag = _get(session, name)
        added = 0
        for key in _keys(session, article_ids):
            result = session.execute(
                sql(
                    "INSERT INTO article_tag(article_key, tag_id, created_at) "
                    "VALUES (:key, :tag, :now) ON CONFLICT DO NOTHING"
                ),
                {"key": key, "tag": tag.id, "now": utc_now()},
            )
            added += int(result.rowcount or 0)
        return added


def untag_articles(db: Database, name: str, article_ids: Iterable[int]) -> int:
    with db.session() as session:
        tag = _get(session, name)
        keys = _keys(session, article_ids)
        result = session.execute(
            delete(ArticleTag).where(ArticleTag.tag_id == tag.id, ArticleTag.article_key.in_(keys))
        )
        return int(result.rowcount or 0)


def article_tags(db: Database, article_id: int) -> list[TagInfo]:
    with db.session() as session:
        rows = session.execute(
            sql(
                "SELECT t.id, t.name, t.color, t.parent_id FROM tag t "
                "JOIN article_tag at ON at.tag_id = t.id JOIN article a ON a.key = at.article_key "
                "WHERE a.id = :a ORDER BY t.name COLLATE NOCASE"
            ),
            {"a": article_id},
        ).all()
    return [TagInfo(r.id, r.name, r.color, r.parent_id, 0) for r in rows]


def articles_with_tags(
    db: Database, names: Iterable[str], mode: Literal["any", "all"] = "any"
) -> list[int]:
    names = list(names)
    if not names:
        return []
    params: dict[str, object] = {}
    condition = tag_condition(params, "a.key", names, mode)
    with db.session() as session:
        rows = session.execute(
            sql(f"SELECT a.id FROM article a WHERE {condition} ORDER BY a.issue_id, a.ordinal"),
            params,
        ).all()
    return [r.id for r in rows]


def suggest_tags(
    db: Database, segmenter: Segmenter, lexicon: TopicLexicon, article_id: int
) -> list[TopicSuggestion]:
    """Topic tags the article's words point to, leaving out those it already has."""
    with db.session() as session:
        article = session.get(Article, article_id)
        if article is None:
            raise InvalidInput(f"There is no article {article_id}.")
        text = "\n".join(
            x for x in (article.kicker, article.title, article.subtitle, article.text) if x
        )
    have = {t.name.lower() for t in article_tags(db, article_id)}
    return [s for s in lexicon.suggest(text, segmenter) if s.topic.lower() not in have]
