"""Pinning parsed articles: what a careful editor would write down for each one."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from desktop.ingest import ParsedArticle, ParsedIssue, parse_file
from desktop.outline import sentences

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def parse_seed(prefix: str) -> ParsedIssue:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return parse_file(path)


@dataclass
class Expect:
    """The facts of one article; fields left at None must be None in the parse too."""

    kind: str
    paragraphs: int
    first: str | None = None
    last: str | None = None
    section: str | None = None
    column: str | None = None
    kicker: str | None = None
    title: str | None = None
    subtitle: str | None = None
    source: str | None = None
    authors: list[str] = field(default_factory=list)
    subheadings: list[str] = field(default_factory=list)
    continued_to: str | None = None
    continued_from: str | None = None


def facts(article: ParsedArticle) -> Expect:
    body = sentences("".join(article.paragraphs))
    return Expect(
        kind=article.kind,
        paragraphs=len(article.paragraphs),
        first=body[0] if body else None,
        last=body[-1] if body else None,
        section=article.section,
        column=article.column,
        kicker=article.kicker,
        title=article.title,
        subtitle=article.subtitle,
        source=article.source,
        authors=list(article.authors),
        subheadings=[b.text for b in article.blocks if b.type == "subheading"],
        continued_to=article.continued_to,
        continued_from=article.continued_from,
    )
