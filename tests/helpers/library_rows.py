"""Reading a library file as rows, to compare before and after, and finding its articles."""

import sqlite3

from desktop.services.articles import list_articles
from desktop.services.issues import list_issues

TABLES = [
    "paper",
    "issue",
    "article",
    "article_fts",
    "tag",
    "article_tag",
    "highlight",
    "article_state",
    "issue_edit",
    "issue_file",
]


def snapshot(db):
    with sqlite3.connect(db.path) as conn:
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall() for t in TABLES}


def first_article(db, prefix="000"):
    """The first article of the seed issue whose file name starts with `prefix`."""
    issue = next(r for r in list_issues(db) if r.source_name.startswith(prefix))
    return list_articles(db, issue.id)[0]
