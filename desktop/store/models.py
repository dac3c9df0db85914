"""The current schema's tables, as SQLModel classes: their columns, keys, links and indexes.

A new library is made from these (schema.py adds what SQLModel cannot express); the steps of
steps.py are the history that brings an older file to the same schema. (schema.py writes a
table's one key column without NOT NULL, as the first schema did.)"""

from __future__ import annotations

import json
from datetime import UTC, datetime

from sqlalchemy import Index, Text, text
from sqlmodel import Field, SQLModel


def utc_now() -> str:
    """Timestamps are stored as ISO 8601 text in UTC."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def _server_default(sql: str) -> dict[str, object]:
    """A column default that the file itself holds, for rows written by plain SQL."""
    return {"server_default": text(sql)}


# ---- derived: rebuilt from the issues' raw text ----


class Paper(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)


class Issue(SQLModel, table=True):
    __table_args__ = (
        # The issue's paper and date are stored after its raw text: reading them from the table
        # walks those overflow pages. This index holds what the tree lists.
        Index("issue_listing", "paper_id", "date", "sha256", "source_name"),
        Index("issue_text", "text_sha256", unique=True),
    )
    id: int | None = Field(default=None, primary_key=True)
    sha256: str = Field(unique=True)  # of the raw bytes of the first copy: user data names it
    source_name: str
    encoding: str
    raw_text: str
    paper_id: int | None = Field(default=None, foreign_key="paper.id")
    date: str | None = None
    parser_version: int
    imported_at: str = Field(default_factory=utc_now)
    # Of the normalised text: what makes two files one issue. NULL for the second copy of an
    # issue a library held twice before identities were kept (NULL is not unique).
    text_sha256: str | None = None


class IssueFile(SQLModel, table=True):
    """An e-paper PDF an issue was read from, kept whole: a re-parse reads its layout again and
    the page view draws its pages. A file is one page of the issue or several."""

    __tablename__ = "issue_file"
    __table_args__ = (Index("issue_file_issue", "issue_id"),)
    id: int | None = Field(default=None, primary_key=True)
    issue_id: int = Field(foreign_key="issue.id", ondelete="CASCADE")
    sha256: str = Field(unique=True)  # of the file's bytes: the same file is not stored twice
    name: str
    pages: str  # JSON: the printed page (版) of each of the file's pages, in file order
    data: bytes

    @property
    def page_list(self) -> list[int]:
        return json.loads(self.pages)


class Article(SQLModel, table=True):
    __table_args__ = (
        # The headline fields, for the tree's listing without reading the article's text.
        Index("article_listing", "issue_id", "ordinal", "key", "kind", "title", "continued_from"),
    )
    id: int | None = Field(default=None, primary_key=True)
    issue_id: int = Field(foreign_key="issue.id", ondelete="CASCADE")
    key: str = Field(unique=True)
    ordinal: int
    kind: str
    section: str | None = None
    column_label: str | None = None
    kicker: str | None = None
    title: str | None = None
    subtitle: str | None = None
    authors: str = Field(default="[]", sa_column_kwargs=_server_default("'[]'"))  # JSON names
    source: str | None = None
    blocks: str = Field(default="[]", sa_column_kwargs=_server_default("'[]'"))  # JSON blocks
    markers: str = Field(default="[]", sa_column_kwargs=_server_default("'[]'"))  # JSON markers
    continued_to: str | None = None
    continued_from: str | None = None
    text: str = ""  # the blocks joined by newlines: what highlights' offsets count in
    search_text: str = ""  # headline, byline and text, normalised for substring search
    # JSON names of the fields the user's corrections set (domain/corrections.py), "boundaries"
    # where the article was split, merged or given paragraphs.
    corrected: str = Field(default="[]", sa_column_kwargs=_server_default("'[]'"))

    @property
    def author_list(self) -> list[str]:
        return json.loads(self.authors)

    @property
    def block_list(self) -> list[dict[str, str]]:
        return json.loads(self.blocks)

    @property
    def corrected_fields(self) -> list[str]:
        return json.loads(self.corrected)


class ArticleOpening(SQLModel, table=True):
    """The start of an untitled piece's text, which stands in for its headline."""

    __tablename__ = "article_opening"
    article_id: int = Field(primary_key=True, foreign_key="article.id", ondelete="CASCADE")
    opening: str


# ---- user data: never rebuilt, so it names articles by key and issues by hash ----


class IssueEdit(SQLModel, table=True):
    __tablename__ = "issue_edit"
    sha256: str = Field(primary_key=True)
    paper: str | None = None
    date: str | None = None
    edited_at: str = Field(default_factory=utc_now)


class Tag(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True, sa_type=Text(collation="NOCASE"))
    color: str
    parent_id: int | None = Field(default=None, foreign_key="tag.id", ondelete="SET NULL")
    created_at: str = Field(default_factory=utc_now)


class ArticleTag(SQLModel, table=True):
    __tablename__ = "article_tag"
    __table_args__ = (Index("article_tag_tag", "tag_id"),)
    article_key: str = Field(primary_key=True)
    tag_id: int = Field(primary_key=True, foreign_key="tag.id", ondelete="CASCADE")
    created_at: str = Field(default_factory=utc_now)


class Highlight(SQLModel, table=True):
    __table_args__ = (Index("highlight_article", "article_key"),)
    id: int | None = Field(default=None, primary_key=True)
    article_key: str
    issue_sha256: str
    start: int  # code points into Article.text
    end: int
    quote: str
    prefix: str = Field(default="", sa_column_kwargs=_server_default("''"))
    suffix: str = Field(default="", sa_column_kwargs=_server_default("''"))
    color: str
    note: str | None = None
    orphaned: bool = Field(default=False, sa_column_kwargs=_server_default("0"))
    created_at: str = Field(default_factory=utc_now)
    updated_at: str = Field(default_factory=utc_now)


class ArticleState(SQLModel, table=True):
    __tablename__ = "article_state"
    article_key: str = Field(primary_key=True)
    read: bool = Field(default=False, sa_column_kwargs=_server_default("0"))
    starred: bool = Field(default=False, sa_column_kwargs=_server_default("0"))
    updated_at: str = Field(default_factory=utc_now)


class Correction(SQLModel, table=True):
    """An edit the user made over an issue's parse (domain/corrections.py), in the order made:
    the log is also the undo stack. It names its line by text, so a re-parse applies it again;
    one whose line is gone is kept, orphaned."""

    __table_args__ = (Index("correction_issue", "issue_sha256", "id"),)
    id: int | None = Field(default=None, primary_key=True)
    issue_sha256: str
    article_key: str  # the article it was made on, when it was made
    operation: str
    quote: str  # the start of the line it names …
    prefix: str = Field(default="", sa_column_kwargs=_server_default("''"))  # … and around it
    suffix: str = Field(default="", sa_column_kwargs=_server_default("''"))
    start: int = Field(default=0, sa_column_kwargs=_server_default("0"))
    details: str = Field(default="{}", sa_column_kwargs=_server_default("'{}'"))  # JSON
    orphaned: bool = Field(default=False, sa_column_kwargs=_server_default("0"))
    undone: bool = Field(default=False, sa_column_kwargs=_server_default("0"))
    created_at: str = Field(default_factory=utc_now)


class PaperRule(SQLModel, table=True):
    """A paper's convention the user taught (domain/corrections.LineRule): applied at every parse
    of that paper's issues, before their corrections."""

    __tablename__ = "paper_rule"
    __table_args__ = (Index("paper_rule_line", "paper", "starts_with", unique=True),)
    id: int | None = Field(default=None, primary_key=True)
    paper: str  # by name, as the user sees it (an edited paper name included)
    starts_with: str
    role: str
    created_at: str = Field(default_factory=utc_now)
