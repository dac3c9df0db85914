"""Trends for the chart: how many articles a month carry a tag, name a person or match a
search, across papers, with the articles of each month (a bar's click narrows the tree)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import text as sql

from desktop.nlp import Segmenter
from desktop.services.errors import InvalidInput
from desktop.services.people import people_index
from desktop.services.search import search
from desktop.services.tags import articles_with_tags
from desktop.store.database import Database


@dataclass(frozen=True)
class TrendRow:
    month: str  # YYYY-MM
    count: int  # articles of the month that match
    article_ids: tuple[int, ...]  # in the library's order (issue, then place in the issue)


@dataclass(frozen=True)
class Trend:
    rows: list[TrendRow]  # every month from the first to the last match, empty ones included
    undated: tuple[int, ...]  # matching articles of issues without a month (dated by year only)


def _matching(
    db: Database,
    segmenter: Segmenter,
    tag: str | None,
    person: str | None,
    query: str | None,
) -> set[int]:
    sets: list[set[int]] = []
    if tag is not None:
        sets.append(set(articles_with_tags(db, [tag])))
    if person is not None:
        entry = next((e for e in people_index(db, segmenter) if e.name == person), None)
        sets.append(set(entry.articles) if entry else set())
    if query is not None:
        # every match is in article_ids; one hit is enough for the rest
        sets.append(set(search(db, segmenter, query, limit=1).article_ids))
    if not sets:
        raise InvalidInput("A trend needs a tag, a person or a search.")
    return set.intersection(*sets)


def _months(first: str, last: str) -> Iterable[str]:
    year, month = int(first[:4]), int(first[5:7])
    while f"{year:04d}-{month:02d}" <= last:
        yield f"{year:04d}-{month:02d}"
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def trend(
    db: Database,
    segmenter: Segmenter,
    *,
    tag: str | None = None,
    person: str | None = None,
    query: str | None = None,
) -> Trend:
    """Articles per month that carry the tag, name the person and match the search (those
    given, together)."""
    ids = _matching(db, segmenter, tag, person, query)
    by_month: dict[str, list[int]] = {}
    undated: list[int] = []
    if ids:
        params = {f"i{k}": v for k, v in enumerate(sorted(ids))}
        with db.session() as session:
            rows = session.execute(
                sql(
                    "SELECT a.id, ie.date, ie.date_precision FROM article a "
                    "JOIN issue_effective ie ON ie.id = a.issue_id "
                    f"WHERE a.id IN ({', '.join(':' + k for k in params)}) "
                    "ORDER BY a.issue_id, a.ordinal"
                ),
                params,
            ).all()
        for r in rows:
            if r.date and r.date_precision in ("month", "day"):
                by_month.setdefault(r.date[:7], []).append(r.id)
            else:
                undated.append(r.id)
    if not by_month:
        return Trend([], tuple(undated))
    months = list(_months(min(by_month), max(by_month)))
    rows_out = [TrendRow(m, len(by_month.get(m, ())), tuple(by_month.get(m, ()))) for m in months]
    return Trend(rows_out, tuple(undated))


def trend_csv(result: Trend) -> str:
    """The chart's numbers as CSV: month, count, then the article ids separated by spaces."""
    lines = ["month,count,article_ids"]
    lines += [f"{r.month},{r.count},{' '.join(map(str, r.article_ids))}" for r in result.rows]
    return "\n".join(lines) + "\n"
