"""SQLModel tables over the schema in schema.py (the migrations create them; these map them)."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from sqlmodel import Field, SQLModel


def utc_now() -> str:
    """Timestamps are stored as ISO 8601 text in UTC."""
    return datetime.now(UTC).isoformat(timespec="seconds")


class Paper(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str


class Issue(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    sha256: str  # of the raw bytes of the first copy imported: user data names issues by it
    text_sha256: str | None = None  # of the normalised text: what makes two files one issue
    source_name: str
    encoding: str
    raw_text: str
    paper_id: int | None = None
    date: str | None = None
    parser_version: int
    imported_at: str = Field(default_factory=utc_now)


class Article(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    issue_id: int
    key: str
    ordinal: int
    kind: str
    section: str | None = None
    column_label: str | None = None
    kicker: str | None = None
    title: str | None = None
    subtitle: str | None = None
    authors: str = "[]"  # JSON list of names
    source: str | None = None
    blocks: str = "[]"  # JSON list of {"type", "text"}
    markers: str = "[]"  # JSON list of printed markers
    continued_to: str | None = None
    continued_from: str | None = None
    text: str = ""  # the blocks joined by newlines: what highlights' offsets count in
    search_text: str = ""  # headline, byline and text, normalised for substring search

    @property
    def author_list(self) -> list[str]:
        return json.loads(self.authors)

    @property
    def block_list(self) -> list[dict[str, str]]:
        return json.loads(self.blocks)


class IssueEdit(SQLModel, table=True):
    __tablename__ = "issue_edit"
    sha256: str = Field(primary_key=True)
    paper: str | None = None
    date: str | None = None
    edited_at: str = Field(default_factory=utc_now)


class Tag(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str
    color: str
    parent_id: int | None = None
    created_at: str = Field(default_factory=utc_now)


class ArticleTag(SQLModel, table=True):
    __tablename__ = "article_tag"
    article_key: str = Field(primary_key=True)
    tag_id: int = Field(primary_key=True)
    created_at: str = Field(default_factory=utc_now)


class Highlight(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    article_key: str
    issue_sha256: str
    start: int  # code points into Article.text
    end: int
    quote: str
    prefix: str = ""
    suffix: str = ""
    color: str
    note: str | None = None
    orphaned: bool = False
    created_at: str = Field(default_factory=utc_now)
    updated_at: str = Field(default_factory=utc_now)


class ArticleState(SQLModel, table=True):
    __tablename__ = "article_state"
    article_key: str = Field(primary_key=True)
    read: bool = False
    starred: bool = False
    updated_at: str = Field(default_factory=utc_now)
