"""A briefing (简报): chosen articles in order, each with its headline group, source line and
either its full text, its highlighted passages marked, or only those passages with the
user's notes. The DOCX and PDF writers lay out what this module decides."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date as Date

from desktop.services.annotations import article_highlights
from desktop.services.articles import ArticleView
from desktop.services.citation import reference_of
from desktop.services.errors import InvalidInput
from desktop.store.database import Database
from desktop.store.models import Highlight

DEFAULT_TITLE = "简报"
MAX_TITLE = 200
# Characters XML 1.0 cannot hold (DOCX is XML) and that no page shows: control characters
# other than tab and line breaks.
_UNPRINTABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def printable(text: str) -> str:
    return _UNPRINTABLE.sub("", text)


@dataclass(frozen=True)
class Run:
    text: str
    color: str | None = None  # the highlight colour of this stretch, if it is highlighted


@dataclass(frozen=True)
class Block:
    kind: str  # "paragraph" or "subheading"
    runs: tuple[Run, ...]


@dataclass(frozen=True)
class Passage:
    quote: str
    note: str | None
    color: str


@dataclass(frozen=True)
class BriefingEntry:
    view: ArticleView
    highlights: tuple[Highlight, ...] = ()

    @property
    def kicker(self) -> str | None:
        return printable(self.view.article.kicker) if self.view.article.kicker else None

    @property
    def title(self) -> str:
        return printable(self.view.article.title or self.view.label)

    @property
    def subtitle(self) -> str | None:
        return printable(self.view.article.subtitle) if self.view.article.subtitle else None

    @property
    def source_line(self) -> str:
        """报名 · 日期 · 版次 · 作者: what is unknown is left out."""
        ref = reference_of(self.view)
        parts = [
            ref.paper,
            chinese_date(ref.date) if ref.date else None,
            f"第{ref.page}版" if ref.page else None,
            "、".join(ref.authors) or None,
        ]
        return printable(" · ".join(p for p in parts if p))

    @property
    def blocks(self) -> list[Block]:
        """The article's text block by block, its highlighted stretches marked."""
        a = self.view.article
        out = []
        offset = 0  # Article.text is the blocks joined by newlines: highlights count in it
        for block in a.block_list:
            text = block["text"]
            runs = _runs(text, offset, self.highlights)
            out.append(Block(block["type"], runs))
            offset += len(text) + 1
        return out

    @property
    def passages(self) -> list[Passage]:
        return [Passage(printable(h.quote), h.note and printable(h.note), h.color)
                for h in self.highlights]  # fmt: skip


def _runs(text: str, offset: int, highlights: tuple[Highlight, ...]) -> tuple[Run, ...]:
    colors: list[str | None] = [None] * len(text)
    for h in highlights:
        for i in range(max(h.start - offset, 0), min(h.end - offset, len(text))):
            colors[i] = h.color
    runs: list[Run] = []
    for ch, color in zip(text, colors, strict=True):
        if runs and runs[-1].color == color:
            runs[-1] = Run(runs[-1].text + ch, color)
        else:
            runs.append(Run(ch, color))
    return tuple(Run(printable(r.text), r.color) for r in runs if printable(r.text))


@dataclass(frozen=True)
class Briefing:
    title: str
    unit: str | None
    date: str  # the day it is compiled, as printed: 2026年12月1日
    entries: tuple[BriefingEntry, ...]
    highlights_only: bool = False


def chinese_date(value: str) -> str:
    """2023 → 2023年, 2023-05 → 2023年5月, 2023-05-16 → 2023年5月16日."""
    parts = [int(p) for p in value.split("-") if p.isdigit()]
    return "".join(f"{n}{unit}" for n, unit in zip(parts, "年月日", strict=False))


def make_briefing(
    db: Database,
    views: list[ArticleView],
    *,
    title: str | None = None,
    unit: str | None = None,
    day: Date | None = None,
    highlights_only: bool = False,
) -> Briefing:
    """The briefing of these articles, in this order, each with its placed highlights."""
    if not views:
        raise InvalidInput("A briefing needs at least one article.")
    title = " ".join((title or DEFAULT_TITLE).split())
    if len(title) > MAX_TITLE:
        raise InvalidInput(f"A briefing's title is at most {MAX_TITLE} characters.")
    unit = " ".join(unit.split()) if unit else None
    when = (day or Date.today()).isoformat()
    entries = tuple(
        BriefingEntry(v, tuple(article_highlights(db, v.article.id or 0))) for v in views
    )
    return Briefing(
        printable(title), unit and printable(unit), chinese_date(when), entries, highlights_only
    )
