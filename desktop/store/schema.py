"""The current schema, whole: the tables of models.py, and what SQLModel cannot express (the
full-text index and the issue_effective view) as DDL beside them. A new library is made from
this; an older one reaches the same schema through the steps of steps.py (a test compares the
two both ways)."""

from __future__ import annotations

import sqlite3
from typing import Any

from sqlalchemy.dialects.sqlite.base import SQLiteDDLCompiler, SQLiteTypeCompiler
from sqlalchemy.dialects.sqlite.pysqlite import SQLiteDialect_pysqlite
from sqlalchemy.schema import CreateIndex, CreateTable
from sqlmodel import SQLModel

from desktop.store import models  # noqa: F401  (its classes are the metadata's tables)

# One row per article (rowid = article.id). `head` and `body` hold every character as its own
# token, so a phrase query finds any substring; `words` holds jieba's words, for ranking.
ARTICLE_FTS = """CREATE VIRTUAL TABLE article_fts USING fts5(
    head, body, words, tokenize = 'unicode61 remove_diacritics 0'
)"""

# Issues as the user sees them: edited metadata over parsed metadata, and the date as a range so
# that `2023-05` falls inside a filter from 2023-05-10 to 2023-06-01.
ISSUE_EFFECTIVE = """CREATE VIEW issue_effective AS
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
LEFT JOIN issue_edit e ON e.sha256 = i.sha256"""

BEYOND_MODELS = [ARTICLE_FTS, ISSUE_EFFECTIVE]


class _LibraryTypes(SQLiteTypeCompiler):
    """SQLModel's `str` and `bool` as the library has always declared them (TEXT and INTEGER,
    not VARCHAR and BOOLEAN), so that a new library and a migrated one are declared alike."""

    def visit_VARCHAR(self, type_: Any, **kw: Any) -> str:
        return "TEXT"

    def visit_BOOLEAN(self, type_: Any, **kw: Any) -> str:
        return "INTEGER"


class _LibraryDDL(SQLiteDDLCompiler):
    def get_column_specification(self, column: Any, **kw: Any) -> str:
        text = super().get_column_specification(column, **kw)
        if column.primary_key and len(column.table.primary_key.columns) == 1:
            # The steps declared a table's one key column without NOT NULL (an INTEGER
            # PRIMARY KEY is the rowid, never NULL), so a new library says it the same way;
            # the models keep it NOT NULL, which the ORM needs to insert rows with their ids.
            text = text.replace(" NOT NULL", "", 1)
        return text

    def visit_create_index(self, create: Any, **kw: Any) -> str:
        # An index's text in the file reads as the steps wrote it, `ON table(columns)`, so that
        # what matches on a migrated library's schema text matches on a new one's too.
        text = super().visit_create_index(create, **kw)
        table = self.preparer.format_table(create.element.table, use_schema=False)
        return text.replace(f" ON {table} (", f" ON {table}(", 1)


class _LibraryDialect(SQLiteDialect_pysqlite):
    type_compiler_cls = _LibraryTypes
    ddl_compiler = _LibraryDDL


def schema_statements() -> list[str]:
    """The DDL that makes the current schema in an empty database."""
    dialect = _LibraryDialect()
    statements: list[str] = []
    for table in SQLModel.metadata.sorted_tables:
        statements.append(str(CreateTable(table).compile(dialect=dialect)).strip())
        for index in sorted(table.indexes, key=lambda index: str(index.name)):
            statements.append(str(CreateIndex(index).compile(dialect=dialect)))
    return [*statements, *BEYOND_MODELS]


def create_schema(conn: sqlite3.Connection) -> None:
    for statement in schema_statements():
        conn.execute(statement)
