"""A parsed article → its database row and its search-index row."""

from __future__ import annotations

import json

from sqlalchemy import text as sql
from sqlmodel import Session

from desktop.ingest import ParsedArticle
from desktop.nlp import Segmenter
from desktop.store.models import Article
from desktop.store.normalize import char_tokens, normalize


def headline_text(a: ParsedArticle | Article) -> str:
    column = a.column if isinstance(a, ParsedArticle) else a.column_label
    return "\n".join(x for x in (a.kicker, a.title, a.subtitle, column, a.section) if x)


def article_row(parsed: ParsedArticle, *, issue_id: int, key: str, ordinal: int) -> Article:
    text = parsed.plain_text
    byline = " ".join([*parsed.authors, parsed.source or ""]).strip()
    return Article(
        issue_id=issue_id,
        key=key,
        ordinal=ordinal,
        kind=parsed.kind,
        section=parsed.section,
        column_label=parsed.column,
        kicker=parsed.kicker,
        title=parsed.title,
        subtitle=parsed.subtitle,
        authors=json.dumps(parsed.authors, ensure_ascii=False),
        source=parsed.source,
        blocks=json.dumps(
            [{"type": b.type, "text": b.text} for b in parsed.blocks], ensure_ascii=False
        ),
        markers=json.dumps(parsed.markers, ensure_ascii=False),
        continued_to=parsed.continued_to,
        continued_from=parsed.continued_from,
        text=text,
        search_text=normalize("\n".join(x for x in (headline_text(parsed), byline, text) if x)),
    )


OPENING_CHARS = 64  # what article_opening keeps of an untitled piece's text


def index_article(session: Session, article: Article, segmenter: Segmenter) -> None:
    """Add the article to the full-text index (its rowid is the article's id), and an untitled
    piece's opening to the table the tree's labels come from."""
    head = normalize(headline_text(article))
    body = normalize("\n".join([" ".join(article.author_list), article.source or "", article.text]))
    words = " ".join(segmenter.search_words(f"{head}\n{body}"))
    session.execute(
        sql("INSERT INTO article_fts(rowid, head, body, words) VALUES (:id, :head, :body, :words)"),
        {"id": article.id, "head": char_tokens(head), "body": char_tokens(body), "words": words},
    )
    if not article.title:
        session.execute(
            sql("INSERT INTO article_opening(article_id, opening) VALUES (:id, :opening)"),
            {"id": article.id, "opening": article.text[:OPENING_CHARS]},
        )


def unindex_issue(session: Session, issue_id: int) -> None:
    session.execute(
        sql("DELETE FROM article_fts WHERE rowid IN (SELECT id FROM article WHERE issue_id = :i)"),
        {"i": issue_id},
    )
