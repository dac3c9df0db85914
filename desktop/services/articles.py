"""Reading articles back out of the library, with the labels a reader shows for them."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text as sql

from desktop.store.database import Database
from desktop.store.models import Article

_KIND_LABELS = {"photo": "图片", "brief": "简讯", "continuation": "续文", "teaser": "导读"}


def article_label(
    kind: str, title: str | None, text: str, continued_from: str | None = None
) -> str:
    """A title for the tree and result lists; untitled pieces get a label and their opening."""
    if title:
        return title
    opening = " ".join(text.split())[:24] or "（无正文）"
    if kind == "continuation" and continued_from:
        return f"（上接第{continued_from}版）{opening}"
    label = _KIND_LABELS.get(kind)
    return f"{label}：{opening}" if label else opening


@dataclass(frozen=True)
class ArticleView:
    """An article with the issue facts a reader shows beside it."""

    article: Article
    paper: str | None
    date: str | None
    issue_id: int
    source_name: str

    @property
    def label(self) -> str:
        a = self.article
        return article_label(a.kind, a.title, a.text, a.continued_from)


def get_article(db: Database, article_id: int) -> ArticleView | None:
    with db.session() as session:
        article = session.get(Article, article_id)
        if article is None:
            return None
        row = session.execute(
            sql("SELECT paper, date, source_name FROM issue_effective WHERE id = :i"),
            {"i": article.issue_id},
        ).one()
        session.expunge(article)
        return ArticleView(article, row.paper, row.date, article.issue_id, row.source_name)


def article_by_key(db: Database, key: str) -> ArticleView | None:
    with db.session() as session:
        found = session.execute(sql("SELECT id FROM article WHERE key = :k"), {"k": key}).first()
    return get_article(db, found.id) if found else None


@dataclass(frozen=True)
class ArticleRow:
    id: int
    key: str
    issue_id: int
    ordinal: int
    kind: str
    label: str
    read: bool
    starred: bool


def list_articles(db: Database, issue_id: int | None = None) -> list[ArticleRow]:
    where = "WHERE a.issue_id = :i" if issue_id is not None else ""
    with db.session() as session:
        rows = session.execute(
            sql(
                "SELECT a.id, a.key, a.issue_id, a.ordinal, a.kind, a.title, a.text, "
                "a.continued_from, "
                "COALESCE(s.read, 0) AS read, COALESCE(s.starred, 0) AS starred FROM article a "
                f"LEFT JOIN article_state s ON s.article_key = a.key {where} "
                "ORDER BY a.issue_id, a.ordinal"
            ),
            {"i": issue_id},
        ).all()
    return [
        ArticleRow(
            r.id,
            r.key,
            r.issue_id,
            r.ordinal,
            r.kind,
            article_label(r.kind, r.title, r.text, r.continued_from),
            bool(r.read),
            bool(r.starred),
        )
        for r in rows
    ]
