"""Reading articles back out of the library, with the labels a reader shows for them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from sqlalchemy import text as sql

from desktop.domain.kinds import KINDS
from desktop.services.errors import InvalidInput
from desktop.store.database import Database
from desktop.store.models import Article, Issue


@dataclass(frozen=True)
class LabelWords:
    """The words untitled pieces are labelled with; the window passes translated ones."""

    kinds: dict[str, str] = field(
        default_factory=lambda: {k.name: k.label for k in KINDS if k.name != "article"}
    )
    continued: str = "（上接第{page}版）"
    empty: str = "（无正文）"
    separator: str = "："


CHINESE = LabelWords()
OPENING = 24  # characters of an untitled piece's text that stand in for its title


def article_label(
    kind: str,
    title: str | None,
    text: str,
    continued_from: str | None = None,
    words: LabelWords = CHINESE,
) -> str:
    """A title for the tree and result lists; untitled pieces get a label and their opening."""
    if title:
        return title
    opening = _opening(" ".join(text.split())) or words.empty
    if kind == "continuation" and continued_from:
        return words.continued.format(page=continued_from) + opening
    label = words.kinds.get(kind)
    return f"{label}{words.separator}{opening}" if label else opening


_PHRASE_END = "，。；！？、：,;!?"
_QUOTES = {"“": "”", "《": "》", "（": "）", "(": ")", "「": "」", "‘": "’"}


def _opening(text: str) -> str:
    """The start of an untitled piece, to stand for its headline: cut after a phrase, not inside
    one, marked … when cut, and never leaving a quote or bracket open."""
    if len(text) <= OPENING:
        return text
    cut = max((text.rfind(mark, 0, OPENING) for mark in _PHRASE_END), default=-1)
    part = text[: cut + 1] if cut >= OPENING // 2 else text[:OPENING]
    part = part.rstrip(_PHRASE_END + " ")
    closing = [_QUOTES[c] for c in part if c in _QUOTES]
    for c in part:  # a quote closed within the part does not need closing again
        if c in _QUOTES.values() and c in closing:
            closing.remove(c)
    return part + "…" + "".join(reversed(closing))


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
        return self.label_in(CHINESE)

    def label_in(self, words: LabelWords) -> str:
        a = self.article
        return article_label(a.kind, a.title, a.text, a.continued_from, words)


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


class ArticleRow(NamedTuple):
    """One article as lists show it. A named tuple: the tree makes one per article of the
    library at start-up, and a tuple is made several times faster than a frozen dataclass."""

    id: int
    key: str
    issue_id: int
    ordinal: int
    kind: str
    title: str | None
    opening: str  # the start of its text, for untitled pieces
    continued_from: str | None
    read: bool
    starred: bool

    @property
    def label(self) -> str:
        return self.label_in(CHINESE)

    def label_in(self, words: LabelWords) -> str:
        return article_label(self.kind, self.title, self.opening, self.continued_from, words)


def list_articles(db: Database, issue_id: int | None = None) -> list[ArticleRow]:
    where = "WHERE a.issue_id = :i" if issue_id is not None else ""
    # Everything comes from the article_listing index and the small article_opening table: the
    # article rows themselves are large, and reading tens of thousands of them is slow.
    statement = (
        "SELECT a.id, a.key, a.issue_id, a.ordinal, a.kind, a.title, "
        "COALESCE(o.opening, ''), a.continued_from, "
        "COALESCE(s.read, 0), COALESCE(s.starred, 0) FROM article a "
        "LEFT JOIN article_opening o ON o.article_id = a.id "
        f"LEFT JOIN article_state s ON s.article_key = a.key {where} "
        "ORDER BY a.issue_id, a.ordinal"
    )
    with db.session() as session:
        # Plain tuples from the driver: the tree asks for every article of the library at once.
        cursor = session.connection().connection.driver_connection.execute(
            statement, {"i": issue_id}
        )
        rows = [ArticleRow(*row[:8], bool(row[8]), bool(row[9])) for row in cursor]
        if not rows and issue_id is not None and session.get(Issue, issue_id) is None:
            raise InvalidInput(f"There is no issue {issue_id}.")
        return rows
