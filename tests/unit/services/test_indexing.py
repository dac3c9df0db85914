"""A parsed article becomes its row and its search-index row: the searchable text is the
normal form of headline, byline and text, and the batched writer stores what one by one does."""

import json
import shutil
import sqlite3

from desktop.ingest import parse_text
from desktop.resources import seed_files
from desktop.services.indexing import (
    OPENING_CHARS,
    article_fields,
    headline_text,
    insert_articles,
    prepare_article,
    store_article,
    unindex_articles,
    unindex_issue,
)
from desktop.store.database import open_database
from desktop.store.normalize import normalize


def _parsed():
    return parse_text(seed_files()[0].read_text("utf-8")).articles


def test_the_row_holds_the_text_its_blocks_and_a_normalised_searchable_text(segmenter):
    article = next(a for a in _parsed() if a.title and a.authors)
    fields = article_fields(article)
    assert fields["title"] == article.title and fields["text"] == article.plain_text
    assert json.loads(fields["authors"]) == article.authors
    assert [b["text"] for b in json.loads(fields["blocks"])] == [b.text for b in article.blocks]
    assert fields["search_text"].startswith(normalize(headline_text(article)))
    assert normalize(article.authors[0]) in fields["search_text"]
    prepared = prepare_article(article, segmenter)
    assert prepared.fields == fields
    assert prepared.index.words and " " in prepared.index.head  # characters, one by one


def _stored(db, prepared, write):
    with db.session() as session:
        write(session, prepared)
        session.commit()
    with sqlite3.connect(db.path) as conn:
        rows = conn.execute(
            "SELECT a.key, a.ordinal, a.title, a.text, a.search_text, f.head, f.body, f.words, "
            "o.opening FROM article a JOIN article_fts f ON f.rowid = a.id "
            "LEFT JOIN article_opening o ON o.article_id = a.id WHERE a.issue_id = 1 "
            "AND a.key LIKE 'new-%' ORDER BY a.ordinal"
        ).fetchall()
    return rows


def test_the_batched_writer_stores_what_storing_one_by_one_does(db, tmp_path, segmenter):
    prepared = [prepare_article(a, segmenter) for a in _parsed()]
    keys = [f"new-{n}" for n in range(len(prepared))]
    twin_path = tmp_path / "twin.sqlite3"
    shutil.copyfile(db.path, twin_path)
    twin = open_database(twin_path)
    try:

        def one_by_one(session, items):
            for n, item in enumerate(items):
                store_article(session, item, issue_id=1, key=keys[n], ordinal=n)

        by_one = _stored(twin, prepared, one_by_one)
    finally:
        twin.close()
    batched = _stored(
        db, prepared, lambda s, items: insert_articles(s, items, issue_id=1, keys=keys)
    )
    assert batched == by_one and len(batched) == len(prepared)
    untitled = [row for row in batched if not row[2]]
    assert all(row[8] == row[3][:OPENING_CHARS] for row in untitled)


def test_unindexing_takes_articles_out_of_the_search_index_only(db):
    with sqlite3.connect(db.path) as conn:
        first = conn.execute("SELECT MIN(id) FROM article WHERE issue_id = 1").fetchone()[0]
        indexed = conn.execute("SELECT COUNT(*) FROM article_fts").fetchone()[0]
    with db.session() as session:
        unindex_articles(session, [first])
        session.commit()
    with sqlite3.connect(db.path) as conn:
        assert conn.execute("SELECT COUNT(*) FROM article_fts").fetchone()[0] == indexed - 1
        in_issue = conn.execute("SELECT COUNT(*) FROM article WHERE issue_id = 1").fetchone()[0]
    with db.session() as session:
        unindex_issue(session, 1)
        session.commit()
    with sqlite3.connect(db.path) as conn:
        assert conn.execute("SELECT COUNT(*) FROM article_fts").fetchone()[0] == indexed - in_issue
        assert conn.execute("SELECT COUNT(*) FROM article").fetchone()[0] == 36
