"""Trends for the chart: how many articles a month carry a tag, name a person or match a
search, across papers (each month's count split by paper), with the articles of each month
(a bar's click narrows the tree to them)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import text as sql

from desktop.nlp import Segmenter
from desktop.nlp.people import NamedPerson
from desktop.services.errors import InvalidInput
from desktop.services.exports.escaping import CSV_BOM, safe_cell
from desktop.services.people import PersonEntry, people_index
from desktop.services.search import SearchFilters, search
from desktop.services.tags import articles_with_tags
from desktop.store.database import Database


@dataclass(frozen=True)
class TrendRow:
    month: str  # YYYY-MM
    count: int  # articles of the month that match
    article_ids: tuple[int, ...]  # in the library's order (issue, then place in the issue)
    by_paper: tuple[int, ...] = ()  # the month's count for each of Trend.papers, in its order


@dataclass(frozen=True)
class Trend:
    rows: list[TrendRow]  # every month from the first to the last match, empty ones included
    undated: tuple[int, ...]  # matching articles of issues without a month (dated by year only)
    papers: tuple[str, ...] = ()  # the papers of the dated matches, most matches first

    @property
    def total(self) -> int:
        return sum(r.count for r in self.rows)


def _matching(
    db: Database,
    segmenter: Segmenter,
    tag: str | None,
    person: str | None,
    query: str | None,
    people_cache: dict[tuple[int, int], list[NamedPerson]] | None,
    people: list[PersonEntry] | None,
    search_filters: SearchFilters,
) -> set[int]:
    sets: list[set[int]] = []
    if tag is not None:
        sets.append(set(articles_with_tags(db, [tag])))
    if person is not None:
        index = people if people else people_index(db, segmenter, cache=people_cache)
        entry = next((e for e in index if e.name == person), None)
        sets.append(set(entry.articles) if entry else set())
    if query is not None:
        # every match is in article_ids; one hit is enough for the rest
        sets.append(set(search(db, segmenter, query, search_filters, limit=1).article_ids))
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
    people_cache: dict[tuple[int, int], list[NamedPerson]] | None = None,
    people: list[PersonEntry] | None = None,
    search_filters: SearchFilters | None = None,
) -> Trend:
    """Articles per month that carry the tag, name the person and match the search (those
    given, together), each month's count split by paper. A person's articles come from
    `people`, a people index already built (the window's 人物 panel), else from a new one:
    `people_cache` is people_index's cache, kept by a caller that asks again and again. The
    search is narrowed by `search_filters` (paper, dates, tags, author, kind), as in the search
    panel."""
    filters = search_filters or SearchFilters()
    ids = _matching(db, segmenter, tag, person, query, people_cache, people, filters)
    by_month: dict[str, list[tuple[int, str]]] = {}
    undated: list[int] = []
    if ids:
        with db.session() as session:
            # The ids as one JSON parameter: a common word matches more articles than SQLite
            # takes parameters.
            rows = session.execute(
                sql(
                    "SELECT a.id, ie.date, ie.date_precision, ie.paper FROM article a "
                    "JOIN issue_effective ie ON ie.id = a.issue_id "
                    "WHERE a.id IN (SELECT value FROM json_each(:ids)) "
                    "ORDER BY a.issue_id, a.ordinal"
                ),
                {"ids": json.dumps(sorted(ids))},
            ).all()
        for r in rows:
            if r.date and r.date_precision in ("month", "day"):
                by_month.setdefault(r.date[:7], []).append((r.id, r.paper or ""))
            else:
                undated.append(r.id)
    if not by_month:
        return Trend([], tuple(undated))
    per_paper: dict[str, int] = {}
    for found in by_month.values():
        for _id, paper in found:
            per_paper[paper] = per_paper.get(paper, 0) + 1
    papers = tuple(sorted(per_paper, key=lambda p: (-per_paper[p], p)))
    rows_out = []
    for month in _months(min(by_month), max(by_month)):
        found = by_month.get(month, [])
        split = tuple(sum(1 for _id, p in found if p == paper) for paper in papers)
        rows_out.append(TrendRow(month, len(found), tuple(i for i, _p in found), split))
    return Trend(rows_out, tuple(undated), papers)


def trend_csv(result: Trend) -> str:
    """The chart's numbers as CSV for a spreadsheet: month, count, a column for each paper's
    count, then the article ids separated by spaces. Paper names are text from files: no cell
    becomes a formula. With a byte order mark, so that Excel and WPS read it as UTF-8."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["month", "count", *(safe_cell(p) for p in result.papers), "article_ids"])
    for r in result.rows:
        writer.writerow([r.month, r.count, *r.by_paper, " ".join(map(str, r.article_ids))])
    return CSV_BOM + out.getvalue()
