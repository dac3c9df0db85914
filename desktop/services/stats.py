"""What the library holds, counted."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func
from sqlalchemy import text as sql
from sqlmodel import select

from desktop.store.database import Database
from desktop.store.models import Article, Issue, Tag


@dataclass(frozen=True)
class Stats:
    papers: int
    issues: int
    articles: int
    tags: int
    highlights: int
    notes: int
    orphaned: int
    starred: int
    read: int

    def as_dict(self) -> dict[str, int]:
        return dict(self.__dict__)


def stats(db: Database) -> Stats:
    with db.session() as session:

        def count(statement: str) -> int:
            return int(session.execute(sql(statement)).scalar() or 0)

        return Stats(
            papers=count(
                "SELECT COUNT(DISTINCT paper) FROM issue_effective WHERE paper IS NOT NULL"
            ),
            issues=int(session.exec(select(func.count()).select_from(Issue)).one()),
            articles=int(session.exec(select(func.count()).select_from(Article)).one()),
            tags=int(session.exec(select(func.count()).select_from(Tag)).one()),
            highlights=count("SELECT COUNT(*) FROM highlight"),
            notes=count("SELECT COUNT(*) FROM highlight WHERE trim(COALESCE(note, '')) != ''"),
            orphaned=count("SELECT COUNT(*) FROM highlight WHERE orphaned"),
            starred=count("SELECT COUNT(*) FROM article_state WHERE starred"),
            read=count("SELECT COUNT(*) FROM article_state WHERE read"),
        )
