"""What the parser produces: a ParsedIssue of ParsedArticles (the parse contract, described in
the README's "Parsing an issue")."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Kind = str  # the name of one of desktop.domain.kinds.KINDS
BlockType = Literal["paragraph", "subheading"]


@dataclass
class Block:
    type: BlockType
    text: str


@dataclass
class ParsedArticle:
    kind: Kind = "article"
    section: str | None = None
    column: str | None = None
    kicker: str | None = None
    title: str | None = None
    subtitle: str | None = None
    authors: list[str] = field(default_factory=list)
    source: str | None = None
    blocks: list[Block] = field(default_factory=list)
    continued_to: str | None = None
    continued_from: str | None = None
    # The printed markers lifted out of the text (`撰稿 俞超`, `(下转第2版)`, `本报讯`), as
    # printed: the contract's fields hold what they mean, this keeps every printed character.
    markers: list[str] = field(default_factory=list)

    @property
    def paragraphs(self) -> list[str]:
        return [b.text for b in self.blocks if b.type == "paragraph"]

    @property
    def plain_text(self) -> str:
        return "\n".join(b.text for b in self.blocks)

    def add_author(self, *names: str) -> None:
        for name in names:
            if name not in self.authors:
                self.authors.append(name)

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "section": self.section,
            "column": self.column,
            "kicker": self.kicker,
            "title": self.title,
            "subtitle": self.subtitle,
            "authors": list(self.authors),
            "source": self.source,
            "blocks": [{"type": b.type, "text": b.text} for b in self.blocks],
            "continued_to": self.continued_to,
            "continued_from": self.continued_from,
            "markers": list(self.markers),
        }


@dataclass
class ParsedIssue:
    source: str
    sha256: str
    encoding: str
    paper: str | None
    date: str | None
    articles: list[ParsedArticle]
    # The paper was guessed from the places the text speaks of, not read from a masthead.
    paper_guessed: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "sha256": self.sha256,
            "encoding": self.encoding,
            "paper": self.paper,
            "paper_guessed": self.paper_guessed,
            "date": self.date,
            "articles": [a.to_dict() for a in self.articles],
        }
