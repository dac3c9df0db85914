"""A library as an older version of the app left it, made from a current one by undoing the
schema steps added since (each function undoes what its version did not have yet)."""

import sqlite3
from pathlib import Path


def as_version_5(path: Path) -> None:
    """Before step 6: the PDFs were not kept (no issue_file table)."""
    with sqlite3.connect(path) as conn:
        conn.executescript("DROP TABLE IF EXISTS issue_file; PRAGMA user_version = 5;")
    conn.close()


def as_version_4(path: Path) -> None:
    """Before step 5: no corrections by hand (and so, before step 6, no kept PDFs)."""
    as_version_5(path)
    with sqlite3.connect(path) as conn:
        conn.executescript(
            "DROP TABLE correction; DROP TABLE paper_rule;"
            "ALTER TABLE article DROP COLUMN corrected;"
            "PRAGMA user_version = 4;"
        )
    conn.close()


def as_version_3(path: Path) -> None:
    """Before step 4: the issues imported before step 3 have no text identity yet."""
    as_version_4(path)
    with sqlite3.connect(path) as conn:
        conn.executescript("UPDATE issue SET text_sha256 = NULL; PRAGMA user_version = 3;")
    conn.close()


def as_version_2(path: Path) -> None:
    """Before step 3: no text identities."""
    as_version_3(path)
    with sqlite3.connect(path) as conn:
        conn.executescript(
            "DROP INDEX issue_text; ALTER TABLE issue DROP COLUMN text_sha256;"
            "PRAGMA user_version = 2;"
        )
    conn.close()


def as_version_1(path: Path) -> None:
    """Before step 2 too: no listing indexes, no openings table."""
    as_version_2(path)
    with sqlite3.connect(path) as conn:
        conn.executescript(
            "DROP TABLE article_opening; DROP INDEX issue_listing; DROP INDEX article_listing;"
            "CREATE INDEX article_issue ON article(issue_id, ordinal); PRAGMA user_version = 1;"
        )
    conn.close()
