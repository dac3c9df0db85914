"""A parsed article → its database row and its search-index row.

Preparing (parse results → row fields and index columns, jieba included) is pure and may run
on a worker process; storing writes what was prepared, in the caller's transaction."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text as sql
from sqlmodel import Session

from desktop.ingest import ParsedArticle
from desktop.nlp import Segmenter
from desktop.store.models import Article
from desktop.store.normalize import char_tokens, normalize

OPENING_CHARS = 64  # what article_opening keeps of an untitled piece's text


@dataclass(frozen=True)
class IndexColumns:
    """An article's full-text index row: characters of the headline and the body, and words."""

    head: str
    body: str
    words: str


@dataclass(frozen=True)
class PreparedArticle:
    fields: dict[str, Any]  # Article's columns, all but id, issue_id, key and ordinal
    index: IndexColumns


def headline_text(a: ParsedArticle | Article) -> str:
    column = a.column if isinstance(a, ParsedArticle) else a.column_label
    return "\n".join(x for x in (a.kicker, a.title, a.subtitle, column, a.section) if x)


def _index_columns(head: str, body: str, segmenter: Segmenter) -> IndexColumns:
    """`head` and `body` already normalised."""
    words = " ".join(segmenter.search_words(f"{head}\n{body}"))
    return IndexColumns(char_tokens(head), char_tokens(body), words)


def _fields_and_index_text(parsed: ParsedArticle) -> tuple[dict[str, Any], str, str]:
    """Article's columns, and the normalised head and body the index is made from."""
    text = parsed.plain_text
    byline = " ".join([*parsed.authors, parsed.source or ""]).strip()
    # The normal form is taken character by character, so the normal form of joined pieces is
    # the join of theirs: the text is normalised once for the index and for search_text.
    head, normal_text = normalize(headline_text(parsed)), normalize(text)
    authors, source = normalize(" ".join(parsed.authors)), normalize(parsed.source or "")
    body = "\n".join([authors, source, normal_text])  # the index's body: byline and text
    fields = {
        "kind": parsed.kind,
        "section": parsed.section,
        "column_label": parsed.column,
        "kicker": parsed.kicker,
        "title": parsed.title,
        "subtitle": parsed.subtitle,
        "authors": json.dumps(parsed.authors, ensure_ascii=False),
        "source": parsed.source,
        "blocks": json.dumps(
            [{"type": b.type, "text": b.text} for b in parsed.blocks], ensure_ascii=False
        ),
        "markers": json.dumps(parsed.markers, ensure_ascii=False),
        "continued_to": parsed.continued_to,
        "continued_from": parsed.continued_from,
        "text": text,
        "search_text": "\n".join(x for x in (head, normalize(byline), normal_text) if x),
    }
    return fields, head, body


def article_fields(parsed: ParsedArticle) -> dict[str, Any]:
    """The row's columns alone (no jieba): what tells whether a stored row is still right."""
    return _fields_and_index_text(parsed)[0]


def prepare_article(parsed: ParsedArticle, segmenter: Segmenter) -> PreparedArticle:
    fields, head, body = _fields_and_index_text(parsed)
    return PreparedArticle(fields, _index_columns(head, body, segmenter))


def store_article(
    session: Session, prepared: PreparedArticle, *, issue_id: int, key: str, ordinal: int
) -> Article:
    """Write a prepared article: its row, its index row (rowid = the article's id) and, for an
    untitled piece, its opening for the tree's labels."""
    row = Article(issue_id=issue_id, key=key, ordinal=ordinal, **prepared.fields)
    session.add(row)
    session.flush()
    index_article(session, row, prepared)
    return row


def index_article(session: Session, row: Article, prepared: PreparedArticle) -> None:
    """A written article's index row (rowid = its id) and, for an untitled piece, its opening
    for the tree's labels."""
    index = prepared.index
    session.execute(
        sql("INSERT INTO article_fts(rowid, head, body, words) VALUES (:id, :head, :body, :words)"),
        {"id": row.id, "head": index.head, "body": index.body, "words": index.words},
    )
    if not row.title:
        session.execute(
            sql("INSERT INTO article_opening(article_id, opening) VALUES (:id, :opening)"),
            {"id": row.id, "opening": row.text[:OPENING_CHARS]},
        )


def insert_articles(
    session: Session, articles: list[PreparedArticle], *, issue_id: int, keys: list[str]
) -> None:
    """Write an issue's prepared articles (ordinals in list order) as store_article does, but
    through the driver: an import writes tens of thousands, and an ORM object and a flush per
    article made the writer the import's bottleneck. In the caller's transaction."""
    if not articles:
        return
    columns = ["issue_id", "key", "ordinal", *articles[0].fields]
    statement = (
        f"INSERT INTO article ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    )
    cursor = session.connection().connection.driver_connection.cursor()
    index_rows, openings = [], []
    for ordinal, (article, key) in enumerate(zip(articles, keys, strict=True)):
        cursor.execute(statement, (issue_id, key, ordinal, *article.fields.values()))
        article_id = cursor.lastrowid
        index = article.index
        index_rows.append((article_id, index.head, index.body, index.words))
        if not article.fields["title"]:
            openings.append((article_id, article.fields["text"][:OPENING_CHARS]))
    cursor.executemany(
        "INSERT INTO article_fts(rowid, head, body, words) VALUES (?, ?, ?, ?)", index_rows
    )
    cursor.executemany("INSERT INTO article_opening(article_id, opening) VALUES (?, ?)", openings)


def unindex_articles(session: Session, article_ids: list[int]) -> None:
    if article_ids:
        session.execute(
            sql("DELETE FROM article_fts WHERE rowid IN (SELECT value FROM json_each(:ids))"),
            {"ids": json.dumps(article_ids)},
        )


def unindex_issue(session: Session, issue_id: int) -> None:
    session.execute(
        sql("DELETE FROM article_fts WHERE rowid IN (SELECT id FROM article WHERE issue_id = :i)"),
        {"i": issue_id},
    )
