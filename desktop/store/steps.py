"""The schema's history: the numbered steps that bring a library of an older version to the
current schema (models.py and schema.py). migrations.py runs them; a new library is made from
the current schema instead and never runs them.

Derived data — papers, issues, articles, the search index — is rebuilt from the issues' raw
text. User data — tags, highlights and notes, read/starred state, edited issue metadata,
corrections — is never rebuilt, so it does not hang on derived rows by foreign key: it names
articles by their stable `key` and issues by their content hash, and survives re-parsing and
re-importing.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from desktop.domain.issue_identity import text_sha256

Progress = Callable[[int, int], None]
"""Told (done, total) as a step that runs code goes along."""

StepFunction = Callable[[sqlite3.Connection, Progress], None]
# A step is SQL statements, or a function given the migration's connection (inside its one
# transaction) and a progress callback. Never edit a released step: add a new one.
Step = tuple[str, list[str] | StepFunction]


def _give_issues_their_identities(conn: sqlite3.Connection, progress: Progress) -> None:
    """Each issue without a text identity (imported before step 3) gets it. Where the library
    holds one issue twice already, the first copy gets it and the second stays NULL: the
    user's to delete. (Should the normal form of issue_identity.py change, a new step gives
    every issue its new identity; this one is not edited.)"""
    taken = {
        row[0]
        for row in conn.execute("SELECT text_sha256 FROM issue WHERE text_sha256 IS NOT NULL")
    }
    missing = [
        row[0] for row in conn.execute("SELECT id FROM issue WHERE text_sha256 IS NULL ORDER BY id")
    ]
    for done, issue_id in enumerate(missing, 1):
        # One raw text in memory at a time: a large library holds gigabytes of them.
        row = conn.execute("SELECT raw_text FROM issue WHERE id = ?", (issue_id,)).fetchone()
        identity = text_sha256(row[0])
        if identity not in taken:
            taken.add(identity)
            conn.execute("UPDATE issue SET text_sha256 = ? WHERE id = ?", (identity, issue_id))
        progress(done, len(missing))


STEPS: list[Step] = [
    (
        "the first library",
        [
            # ---- derived ----
            """CREATE TABLE paper (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL UNIQUE
            )""",
            """CREATE TABLE issue (
                id INTEGER PRIMARY KEY,
                sha256 TEXT NOT NULL UNIQUE,
                source_name TEXT NOT NULL,
                encoding TEXT NOT NULL,
                raw_text TEXT NOT NULL,
                paper_id INTEGER REFERENCES paper(id),
                date TEXT,
                parser_version INTEGER NOT NULL,
                imported_at TEXT NOT NULL
            )""",
            """CREATE TABLE article (
                id INTEGER PRIMARY KEY,
                issue_id INTEGER NOT NULL REFERENCES issue(id) ON DELETE CASCADE,
                key TEXT NOT NULL UNIQUE,
                ordinal INTEGER NOT NULL,
                kind TEXT NOT NULL,
                section TEXT,
                column_label TEXT,
                kicker TEXT,
                title TEXT,
                subtitle TEXT,
                authors TEXT NOT NULL DEFAULT '[]',
                source TEXT,
                blocks TEXT NOT NULL DEFAULT '[]',
                markers TEXT NOT NULL DEFAULT '[]',
                continued_to TEXT,
                continued_from TEXT,
                text TEXT NOT NULL,
                search_text TEXT NOT NULL
            )""",
            "CREATE INDEX article_issue ON article(issue_id, ordinal)",
            # One row per article (rowid = article.id). `head` and `body` hold every character
            # as its own token, so a phrase query finds any substring; `words` holds jieba's
            # words, for ranking.
            """CREATE VIRTUAL TABLE article_fts USING fts5(
                head, body, words, tokenize = 'unicode61 remove_diacritics 0'
            )""",
            # ---- user data ----
            """CREATE TABLE issue_edit (
                sha256 TEXT PRIMARY KEY,
                paper TEXT,
                date TEXT,
                edited_at TEXT NOT NULL
            )""",
            """CREATE TABLE tag (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL UNIQUE COLLATE NOCASE,
                color TEXT NOT NULL,
                parent_id INTEGER REFERENCES tag(id) ON DELETE SET NULL,
                created_at TEXT NOT NULL
            )""",
            """CREATE TABLE article_tag (
                article_key TEXT NOT NULL,
                tag_id INTEGER NOT NULL REFERENCES tag(id) ON DELETE CASCADE,
                created_at TEXT NOT NULL,
                PRIMARY KEY (article_key, tag_id)
            )""",
            "CREATE INDEX article_tag_tag ON article_tag(tag_id)",
            """CREATE TABLE highlight (
                id INTEGER PRIMARY KEY,
                article_key TEXT NOT NULL,
                issue_sha256 TEXT NOT NULL,
                start INTEGER NOT NULL,
                "end" INTEGER NOT NULL,
                quote TEXT NOT NULL,
                prefix TEXT NOT NULL DEFAULT '',
                suffix TEXT NOT NULL DEFAULT '',
                color TEXT NOT NULL,
                note TEXT,
                orphaned INTEGER NOT NULL DEFAULT 0,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL
            )""",
            "CREATE INDEX highlight_article ON highlight(article_key)",
            """CREATE TABLE article_state (
                article_key TEXT PRIMARY KEY,
                read INTEGER NOT NULL DEFAULT 0,
                starred INTEGER NOT NULL DEFAULT 0,
                updated_at TEXT NOT NULL
            )""",
            # Issues as the user sees them: edited metadata over parsed metadata, and the date
            # as a range so that `2023-05` falls inside a filter from 2023-05-10 to 2023-06-01.
            """CREATE VIEW issue_effective AS
            SELECT i.id, i.sha256, i.source_name,
                   COALESCE(e.paper, p.name) AS paper,
                   COALESCE(e.date, i.date) AS date,
                   CASE length(COALESCE(e.date, i.date))
                       WHEN 4 THEN 'year' WHEN 7 THEN 'month' WHEN 10 THEN 'day'
                       END AS date_precision,
                   CASE length(COALESCE(e.date, i.date))
                       WHEN 4 THEN COALESCE(e.date, i.date) || '-01-01'
                       WHEN 7 THEN COALESCE(e.date, i.date) || '-01'
                       ELSE COALESCE(e.date, i.date) END AS date_start,
                   CASE length(COALESCE(e.date, i.date))
                       WHEN 4 THEN COALESCE(e.date, i.date) || '-12-31'
                       WHEN 7 THEN COALESCE(e.date, i.date) || '-31'
                       ELSE COALESCE(e.date, i.date) END AS date_end
            FROM issue i
            LEFT JOIN paper p ON p.id = i.paper_id
            LEFT JOIN issue_edit e ON e.sha256 = i.sha256""",
        ],
    ),
    (
        "indexes that answer the tree's listings without reading large rows",
        [
            # The issue's paper and date, and the article's headline fields, are stored after
            # the raw and full text: reading them from the table walks those overflow pages,
            # hundreds of megabytes at a large library. These indexes hold what the tree lists.
            "CREATE INDEX issue_listing ON issue(paper_id, date, sha256, source_name)",
            "CREATE INDEX article_listing "
            "ON article(issue_id, ordinal, key, kind, title, continued_from)",
            "DROP INDEX article_issue",  # article_listing starts with the same columns
            # The start of an untitled piece's text, which stands in for its headline.
            """CREATE TABLE article_opening (
                article_id INTEGER PRIMARY KEY REFERENCES article(id) ON DELETE CASCADE,
                opening TEXT NOT NULL
            )""",
            "INSERT INTO article_opening SELECT id, substr(text, 1, 64) FROM article "
            "WHERE title IS NULL OR title = ''",
        ],
    ),
    (
        "an issue's identity is its text, not its bytes",
        [
            # The sha256 of the issue's text in the normal form of domain/issue_identity.py:
            # the same issue in another encoding or with other line ends is found by it.
            # Issues that predate this column get theirs in step 4.
            "ALTER TABLE issue ADD COLUMN text_sha256 TEXT",
            "CREATE UNIQUE INDEX issue_text ON issue(text_sha256)",
        ],
    ),
    ("issues imported before step 3 are given their identity", _give_issues_their_identities),
    (
        "corrections by hand",
        [
            # User data: the edits a user made over a parse, naming lines by their text.
            """CREATE TABLE correction (
                id INTEGER PRIMARY KEY,
                issue_sha256 TEXT NOT NULL,
                article_key TEXT NOT NULL,
                operation TEXT NOT NULL,
                quote TEXT NOT NULL,
                prefix TEXT NOT NULL DEFAULT '',
                suffix TEXT NOT NULL DEFAULT '',
                start INTEGER NOT NULL DEFAULT 0,
                details TEXT NOT NULL DEFAULT '{}',
                orphaned INTEGER NOT NULL DEFAULT 0,
                undone INTEGER NOT NULL DEFAULT 0,
                created_at TEXT NOT NULL
            )""",
            "CREATE INDEX correction_issue ON correction(issue_sha256, id)",
            # User data: a paper's conventions, taught from corrections.
            """CREATE TABLE paper_rule (
                id INTEGER PRIMARY KEY,
                paper TEXT NOT NULL,
                starts_with TEXT NOT NULL,
                role TEXT NOT NULL,
                created_at TEXT NOT NULL
            )""",
            "CREATE UNIQUE INDEX paper_rule_line ON paper_rule(paper, starts_with)",
            # Derived: which of an article's fields the corrections set.
            "ALTER TABLE article ADD COLUMN corrected TEXT NOT NULL DEFAULT '[]'",
        ],
    ),
    (
        "the PDFs an issue was read from are kept with it",
        [
            # The file's bytes, for a re-parse that reads the real layout and for the page
            # view; one row per file (one page of the issue, or several).
            """CREATE TABLE issue_file (
                id INTEGER PRIMARY KEY,
                issue_id INTEGER NOT NULL REFERENCES issue(id) ON DELETE CASCADE,
                sha256 TEXT NOT NULL UNIQUE,
                name TEXT NOT NULL,
                pages TEXT NOT NULL,
                data BLOB NOT NULL
            )""",
            "CREATE INDEX issue_file_issue ON issue_file(issue_id)",
        ],
    ),
]

LATEST_VERSION = len(STEPS)
# The oldest version whose schema is already the current one (the steps after it rewrite data
# only): a library of it can be read as it is when it cannot be migrated (opened read-only).
# A step that changes the schema sets this to its own number.
READABLE_FROM = 6
