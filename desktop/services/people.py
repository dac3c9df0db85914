"""The people index: everyone the library's articles name, how often, with their titles and
the articles, newest first; and where a person is named in an article, to mark it.

Found on demand from the articles' text and bylines (desktop.nlp.people): the sample library
takes a fraction of a second. A name found in one article is counted in every article of the
index that prints it (习近平 with his title in one, alone in the next).
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import text as sql

from desktop.nlp import Segmenter
from desktop.nlp.people import NamedPerson, PeopleFinder, find_in_articles
from desktop.services.errors import InvalidInput
from desktop.store.database import Database


@dataclass(frozen=True)
class PersonEntry:
    name: str
    count: int  # times named in those articles, bylines and photo credits included
    titles: tuple[str, ...]  # as printed, newest article first
    articles: tuple[int, ...]  # article ids, newest first


def _articles(db: Database, issue_id: int | None) -> list:
    where = "WHERE a.issue_id = :i" if issue_id is not None else ""
    with db.session() as session:
        if (
            issue_id is not None
            and session.execute(sql("SELECT 1 FROM issue WHERE id = :i"), {"i": issue_id}).first()
            is None
        ):
            raise InvalidInput(f"There is no issue {issue_id}.")
        return session.execute(
            sql(
                "SELECT a.id, a.kicker, a.title, a.subtitle, a.text, a.authors, a.markers "
                "FROM article a "
                f"JOIN issue_effective i ON i.id = a.issue_id {where} "
                "ORDER BY i.date_start IS NULL, i.date_start DESC, a.issue_id DESC, a.ordinal"
            ),
            {"i": issue_id},
        ).all()


def _credits(row) -> str:
    return "\n".join(json.loads(row.markers))


def _full_text(row) -> str:
    return "\n".join(x for x in (row.kicker, row.title, row.subtitle, row.text) if x)


def people_index(
    db: Database,
    segmenter: Segmenter,
    issue_id: int | None = None,
    cache: dict[tuple[int, int], list[NamedPerson]] | None = None,
) -> list[PersonEntry]:
    """Everyone named in the library's articles (or one issue's), most named first.

    `cache`, a dict the caller keeps between calls (the window), holds each article's own
    people by (article id, hash of its text): a second index reads the articles again but
    looks only at the new or changed ones."""
    rows = _articles(db, issue_id)
    finder = PeopleFinder(segmenter)
    articles = [(_full_text(r), json.loads(r.authors), _credits(r)) for r in rows]
    cache = {} if cache is None else cache
    first = []
    for row, (text, authors, credits) in zip(rows, articles, strict=True):
        key = (row.id, hash((text, tuple(authors), credits)))
        if key not in cache:
            cache[key] = finder.find(text, authors=authors, credits=credits)
        first.append(cache[key])
    found = find_in_articles(finder, articles, first)
    counts: dict[str, int] = {}
    titles: dict[str, list[str]] = {}
    articles: dict[str, list[int]] = {}
    for row, people in zip(rows, found, strict=True):
        for person in people:
            counts[person.name] = counts.get(person.name, 0) + person.count
            known = titles.setdefault(person.name, [])
            known.extend(t for t in person.titles if t not in known)
            articles.setdefault(person.name, []).append(row.id)
    entries = [
        PersonEntry(name, counts[name], tuple(titles[name]), tuple(articles[name]))
        for name in counts
    ]
    entries.sort(key=lambda e: (-e.count, e.name))
    return entries


def article_people(db: Database, segmenter: Segmenter, article_id: int) -> list[NamedPerson]:
    """The people one article names (on its own: names it prints without any title found
    elsewhere are not among them)."""
    row = _article(db, article_id)
    return PeopleFinder(segmenter).find(
        _full_text(row), authors=json.loads(row.authors), credits=_credits(row)
    )


def person_mentions(
    db: Database, segmenter: Segmenter, article_id: int, name: str
) -> list[tuple[int, int]]:
    """Where the article's text names the person, as (start, end) offsets into Article.text
    (the offsets highlights use)."""
    row = _article(db, article_id)
    finder = PeopleFinder(segmenter)
    others = {p.name for p in finder.find(_full_text(row), authors=json.loads(row.authors))}
    return finder.mentions(row.text, name, others)


def _article(db: Database, article_id: int):
    with db.session() as session:
        row = session.execute(
            sql(
                "SELECT id, kicker, title, subtitle, text, authors, markers FROM article "
                "WHERE id = :a"
            ),
            {"a": article_id},
        ).first()
    if row is None:
        raise InvalidInput(f"There is no article {article_id}.")
    return row
