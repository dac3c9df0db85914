"""An issue's logical lines → its articles: tokenize, walk the layout, finish each draft."""

from __future__ import annotations

import itertools

from desktop.ingest import headline, markers
from desktop.ingest.cohesion import overlap
from desktop.ingest.drafts import Draft
from desktop.ingest.model import ParsedArticle
from desktop.ingest.tokens import detect_layout, tokenize
from desktop.ingest.walker import LayoutWalker


def _give_back_trailing_headlines(drafts: list[Draft]) -> None:
    """青浦报 prints some headline pairs after their article's body. When an article has no
    headline and the next one's head lines came straight after it, give each line to the
    article whose text it matches better."""
    for prev, nxt in itertools.pairwise(drafts):
        if prev.head or not nxt.head_after_body or len(nxt.head) < 2:
            continue
        if prev.article.kind != "article" or prev.photo:
            continue
        body_a = prev.article.plain_text
        body_b = nxt.article.plain_text
        lines = nxt.head
        best_k, best = 0, sum(overlap(x, body_b) for x in lines)
        for k in range(1, len(lines) + 1):
            score = sum(overlap(x, body_a) for x in lines[:k]) + sum(
                overlap(x, body_b) for x in lines[k:]
            )
            if score > best + 1e-9:
                best_k, best = k, score
        if best_k:
            prev.head, nxt.head = lines[:best_k], lines[best_k:]


def finish(d: Draft) -> ParsedArticle:
    a = d.article
    h = headline.assign(d.head)
    a.kicker, a.title, a.subtitle, a.column = h.kicker, h.title, h.subtitle, h.column
    if d.photo and a.kind == "article" and (a.title is None or len(a.paragraphs) <= 1):
        a.kind = "photo"
    briefs = bool(a.section and markers.BRIEF_SECTION.search(a.section))
    if a.kind == "article" and a.title is None and briefs:
        a.kind = "brief"
    return a


def segment_lines(
    lines: list[str], large: list[bool] | None = None, mastheads: frozenset[str] = frozenset()
) -> list[ParsedArticle]:
    """The articles of an issue's logical lines (see unwrap); `large` marks headline-size lines
    and `mastheads` are the papers' names, printed alone on a line as a masthead."""
    tokens = tokenize(lines, large, mastheads)
    drafts = LayoutWalker(tokens, detect_layout(tokens)).run()
    _give_back_trailing_headlines(drafts)
    return [finish(d) for d in drafts]
