"""The labelled articles of tests/corpus/topics: the dev and held-out parts written for this
corpus, and labels of the seed issues' articles (whose text comes from parsing the seeds)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from desktop.ingest import parse_file
from desktop.resources import seed_files

HERE = Path(__file__).parent
PARTS = ("dev", "heldout", "seeds")


@dataclass(frozen=True)
class LabelledPerson:
    name: str
    count: int
    titles: tuple[str, ...]


@dataclass(frozen=True)
class LabelledArticle:
    id: str
    headline: str  # kicker, title and subtitle lines
    text: str  # the body
    authors: tuple[str, ...]
    topics: tuple[str, ...]
    people: tuple[LabelledPerson, ...]
    credits: str = ""  # the printed bylines, where the parser keeps them apart (the seeds)

    @property
    def full_text(self) -> str:
        return "\n".join(x for x in (self.headline, self.text) if x)


def _people(row: dict) -> tuple[LabelledPerson, ...]:
    return tuple(LabelledPerson(p["name"], p["count"], tuple(p["titles"])) for p in row["people"])


def _rows(name: str) -> list[dict]:
    with (HERE / f"{name}.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def load(part: str) -> list[LabelledArticle]:
    if part != "seeds":
        return [
            LabelledArticle(
                r["id"], r["title"], r["text"], tuple(r["authors"]), tuple(r["topics"]), _people(r)
            )
            for r in _rows(part)
        ]
    parsed = {p.name: parse_file(p).articles for p in seed_files()}
    articles = []
    for r in _rows("seeds"):
        a = parsed[r["seed"]][r["ordinal"]]
        headline = "\n".join(x for x in (a.kicker, a.title, a.subtitle) if x)
        text = "\n".join(b.text for b in a.blocks)
        topics = tuple(r["topics"])
        articles.append(
            LabelledArticle(
                r["id"], headline, text, tuple(a.authors), topics, _people(r), "\n".join(a.markers)
            )
        )
    return articles
