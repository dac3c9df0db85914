"""A ParsedIssue as a readable outline: what an editor checks at a glance."""

from __future__ import annotations

import re

from desktop.ingest import ParsedArticle, ParsedIssue

_SENTENCE = re.compile(r"[^。！？!?…]+(?:[。！？!?…]+[”’」』）)]*|$)")


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.findall(text) if s.strip()]


def _clip(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def article_outline(index: int, a: ParsedArticle) -> list[str]:
    label = a.kind
    if a.section:
        label += f" [{a.section}]"
    if a.column:
        label += f" «{a.column}»"
    lines = [f"#{index} {label}"]
    for name, value in (("kicker", a.kicker), ("title", a.title), ("subtitle", a.subtitle)):
        if value:
            lines.append(f"    {name:9} {value}")
    if a.authors:
        lines.append(f"    {'authors':9} {', '.join(a.authors)}")
    if a.source:
        lines.append(f"    {'source':9} {a.source}")
    jumps = []
    if a.continued_from:
        jumps.append(f"from page {a.continued_from}")
    if a.continued_to:
        jumps.append(f"to page {a.continued_to}")
    if jumps:
        lines.append(f"    {'jumps':9} {'; '.join(jumps)}")
    paragraphs = a.paragraphs
    subheadings = sum(1 for b in a.blocks if b.type == "subheading")
    count = f"{len(paragraphs)} paragraph{'s' if len(paragraphs) != 1 else ''}"
    if subheadings:
        count += f", {subheadings} subheading{'s' if subheadings != 1 else ''}"
    lines.append(f"    {'body':9} {count}")
    body = sentences("".join(paragraphs))
    if body:
        lines.append(f"    {'first':9} {_clip(body[0])}")
        if len(body) > 1:
            lines.append(f"    {'last':9} {_clip(body[-1])}")
    return lines


def issue_outline(issue: ParsedIssue) -> str:
    head = (
        f"{issue.source}  paper: {issue.paper or '?'}  date: {issue.date or '?'}  "
        f"encoding: {issue.encoding}  articles: {len(issue.articles)}"
    )
    lines = [head, "=" * min(len(head), 80)]
    for i, article in enumerate(issue.articles):
        lines.extend(article_outline(i, article))
    return "\n".join(lines)
