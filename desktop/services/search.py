"""Full-text search over titles, bylines and bodies.

Query syntax: words (all must occur), "quoted phrases", -exclusions (-word, -"phrase").
Every term is a substring test, like Ctrl+F: FTS5 finds candidates fast (each character is a
token, so a phrase of characters matches any substring, across jieba's word boundaries), and an
exact `instr` on the normalised text keeps only true matches. jieba's words rank the results.
A query has at most MAX_QUERY_CHARS characters and MAX_TERMS terms.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal

from sqlalchemy import Row
from sqlalchemy import text as sql

from desktop.ingest.text import squeeze_spaces
from desktop.nlp import Segmenter
from desktop.services.articles import OPENING, LabelWords, article_label
from desktop.services.errors import InvalidInput
from desktop.services.filters import issue_conditions, tag_condition
from desktop.store.database import Database
from desktop.store.normalize import is_token_char, normalize, normalize_with_map

# A query is bounded so that no query string can stall the search or build an expression SQLite
# refuses: a pasted paragraph fits, a pasted page does not (and is refused with a message).
MAX_QUERY_CHARS = 1000
MAX_TERMS = 100  # words and phrases, exclusions included
# The index is asked for a term's first characters only: a phrase of them already finds few
# candidates, and each further character costs its whole list of positions; the exact `instr`
# check then decides on the whole term.
INDEXED_CHARS = 16
# Ranking weights for bm25: headline characters, body characters, jieba words.
_BM25 = "bm25(article_fts, 8.0, 1.0, 3.0)"
# A word, or a "phrase" between two quote marks (of any kind), either one perhaps negated by a
# leading "-". A quote mark that is never closed is part of a word. One pass: linear.
_TOKEN = re.compile(r'(-(?=\S))?(?:["“”]([^"“”]*)["“”]|(\S+))')


class QueryTooLong(InvalidInput):
    """A query beyond the bounds; `code` and `params` let the interface say so in its language."""

    def __init__(self, code: Literal["query_too_long", "too_many_terms"], count: int) -> None:
        self.limit = MAX_QUERY_CHARS if code == "query_too_long" else MAX_TERMS
        if code == "query_too_long":
            message = (
                f"A search can be at most {self.limit:,} characters long; this one has "
                f"{count:,}. Search for a shorter part of the text."
            )
        else:
            message = (
                f"A search can have at most {self.limit} words and phrases; this one has "
                f"{count}. Leave some out, or put a passage in quotes to find it as one phrase."
            )
        super().__init__(message, code=code, count=count, limit=self.limit)


@dataclass(frozen=True)
class SearchQuery:
    terms: tuple[str, ...] = ()  # normalised; every one must occur
    excluded: tuple[str, ...] = ()  # normalised; none may occur

    @property
    def empty(self) -> bool:
        return not self.terms and not self.excluded


def parse_query(text: str) -> SearchQuery:
    """Words, "phrases" and -exclusions. An unclosed quote is just a character; a query longer
    than MAX_QUERY_CHARS, or of more than MAX_TERMS terms, raises QueryTooLong."""
    if len(text) > MAX_QUERY_CHARS:
        raise QueryTooLong("query_too_long", len(text))
    terms: dict[str, None] = {}  # ordered sets: the first occurrence keeps its place
    excluded: dict[str, None] = {}
    for match in _TOKEN.finditer(normalize(text)):
        negated, phrase, word = match.groups()
        term = squeeze_spaces(phrase) if phrase is not None else word
        if term:
            (excluded if negated else terms)[term] = None
    if len(terms) + len(excluded) > MAX_TERMS:
        raise QueryTooLong("too_many_terms", len(terms) + len(excluded))
    return SearchQuery(tuple(terms), tuple(excluded))


@dataclass(frozen=True)
class SearchFilters:
    paper: str | None = None
    date_from: str | None = None  # ISO, as precise as wanted: 2023, 2023-05, 2023-05-16
    date_to: str | None = None
    tags: tuple[str, ...] = ()
    tag_mode: Literal["any", "all"] = "any"
    author: str | None = None
    kind: str | None = None

    @property
    def empty(self) -> bool:
        return not (
            self.paper or self.date_from or self.date_to or self.tags or self.author or self.kind
        )


@dataclass(frozen=True)
class SearchHit:
    article_id: int
    key: str
    issue_id: int
    paper: str | None
    date: str | None
    kind: str
    title: str  # the headline, or the label of an untitled piece (in Chinese)
    score: float
    headline: str | None = None
    opening: str = ""
    continued_from: str | None = None
    text: str = field(default="", repr=False, compare=False)  # the article's, for the snippet
    terms: tuple[str, ...] = field(default=(), repr=False, compare=False)

    def label_in(self, words: LabelWords) -> str:
        return article_label(self.kind, self.headline, self.opening, self.continued_from, words)

    @property
    def snippet(self) -> str:
        return self._snippet[0]

    @property
    def marks(self) -> tuple[tuple[int, int], ...]:
        """The hits' ranges within the snippet."""
        return self._snippet[1]

    @cached_property
    def _snippet(self) -> tuple[str, tuple[tuple[int, int], ...]]:
        # Made when first asked for: a list shows a few of its hundreds of hits at a time.
        body = self.text.replace("\n", " ")
        hits = find_hits(body, self.terms)
        if hits or not self.terms:
            return _window(body, hits)
        return make_snippet(self.title, self.terms)  # in the headline or byline only


@dataclass
class SearchResults:
    query: SearchQuery
    total: int
    hits: list[SearchHit] = field(default_factory=list)
    article_ids: list[int] = field(default_factory=list)  # every match, best first


def _fts_expression(term: str, segmenter: Segmenter) -> str | None:
    """The index's condition for a term: a phrase of its first characters (each one a token,
    quoted, so no query text is ever FTS5 syntax), or jieba's words of that part, which rank.
    None if the index cannot narrow the search for it."""
    positions = [i for i, c in enumerate(term) if is_token_char(c)][:INDEXED_CHARS]
    if not any(_index_is_exact_for(term[i]) for i in positions):
        # Letters of other scripts alone: the index's tokenizer may not keep them as tokens
        # (its Unicode tables are older than Python's), and a phrase it keeps nothing of would
        # match nothing. The exact check alone answers.
        return None
    expression = '{head body}: "' + " ".join(term[i] for i in positions) + '"'
    if len(positions) == 1:
        # One character: being a word of its own ranks nothing, and merging a second list of
        # tens of thousands of matches costs a fifth of the query.
        return expression
    leading = term[: positions[-1] + 1]
    words = [w for w in segmenter.search_words(leading) if any(is_token_char(c) for c in w)]
    if words:
        quoted = " AND ".join('"' + w.replace('"', '""') + '"' for w in words)
        expression = f"({expression} OR words: ({quoted}))"
    return expression


def _index_is_exact_for(term: str) -> bool:
    """True for one Chinese character (basic plane) or one ASCII letter or digit: the index
    holds every such character of an article as a token of its own, so an index match is an
    exact substring match. Longer terms are checked against the text, because the index drops
    the punctuation and spaces between characters; other single characters are checked too,
    where the tokenizer's idea of a character may differ from Python's."""
    if len(term) != 1:
        return False
    return (
        "\u4e00" <= term <= "\u9fff"
        or "\u3400" <= term <= "\u4dbf"
        or (term.isascii() and term.isalnum())
    )


def _filter_clauses(filters: SearchFilters, params: dict[str, object]) -> list[str]:
    clauses = []
    on_issue = issue_conditions(
        params, paper=filters.paper, date_from=filters.date_from, date_to=filters.date_to
    )
    if on_issue:
        # The issues that qualify, found once (from the listing index) rather than joined for
        # every candidate article: an issue row keeps its raw text before its paper and date.
        clauses.append(
            "a.issue_id IN (SELECT ie.id FROM issue_effective ie WHERE "
            + " AND ".join(on_issue)
            + ")"
        )
    if filters.author:
        clauses.append("instr(a.authors, :author) > 0")
        params["author"] = f'"{filters.author.strip()}"'
    if filters.kind:
        clauses.append("a.kind = :kind")
        params["kind"] = filters.kind
    if filters.tags:
        clauses.append(tag_condition(params, "a.key", filters.tags, filters.tag_mode))
    return clauses


def _matching(
    db: Database, segmenter: Segmenter, query: SearchQuery, filters: SearchFilters
) -> list[tuple[int, float]]:
    """Every matching article id with its score, best first (ties: oldest first)."""
    params: dict[str, object] = {}
    clauses = _filter_clauses(filters, params)
    expressions = [e for e in (_fts_expression(t, segmenter) for t in query.terms) if e]
    for k, term in enumerate(query.terms):
        if expressions and _index_is_exact_for(term):
            continue  # the index alone decides: no need to read the article's text
        clauses.append(f"instr(a.search_text, :t{k}) > 0")
        params[f"t{k}"] = term
    for k, term in enumerate(query.excluded):
        clauses.append(f"instr(a.search_text, :x{k}) = 0")
        params[f"x{k}"] = term
    needs_article = any("a." in clause for clause in clauses)
    if expressions:
        # Only the tables a condition needs are joined: article rows are large, and reading
        # thousands of them costs more than the index lookup itself.
        source = "article_fts"
        if needs_article:
            source += " JOIN article a ON a.id = article_fts.rowid"
        clauses.insert(0, "article_fts MATCH :match")
        params["match"] = " AND ".join(expressions)
        columns, order = f"article_fts.rowid, {_BM25} AS score", "score, article_fts.rowid"
    else:
        source, columns, order = "article a", "a.id, 0.0 AS score", "a.id"
    where = " AND ".join(clauses) or "1"
    statement = f"SELECT {columns} FROM {source} WHERE {where} ORDER BY {order}"
    with db.session() as session:
        # Plain tuples from the driver: thousands of rows, no ORM row objects needed.
        cursor = session.connection().connection.driver_connection.execute(statement, params)
        return [(row[0], float(row[1])) for row in cursor]


def find_hits(text: str, terms: tuple[str, ...]) -> list[tuple[int, int]]:
    """Every place in `text` (original offsets) where a normalised term occurs, in order."""
    norm, origin = normalize_with_map(text)
    hits = []
    for term in terms:
        pos = norm.find(term)
        while pos != -1 and term:
            hits.append((origin[pos], origin[pos + len(term) - 1] + 1))
            pos = norm.find(term, pos + len(term))
    return sorted(set(hits))


def make_snippet(
    text: str, terms: tuple[str, ...], width: int = 80
) -> tuple[str, tuple[tuple[int, int], ...]]:
    """A window of the text around its first hit, and the hits within it."""
    flat = text.replace("\n", " ")  # one character for one: the hits' offsets hold
    return _window(flat, find_hits(flat, terms), width)


def _window(
    flat: str, hits: list[tuple[int, int]], width: int = 80
) -> tuple[str, tuple[tuple[int, int], ...]]:
    first = hits[0][0] if hits else 0
    start = max(0, first - width // 4)
    end = min(len(flat), start + width)
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(flat) else ""
    marks = tuple(
        (s - start + len(prefix), e - start + len(prefix))
        for s, e in hits
        if s >= start and e <= end
    )
    return prefix + flat[start:end] + suffix, marks


_ROWS_AT_ONCE = 500  # ids in one statement: far below SQLite's limit on parameters


def _shown_rows(db: Database, ids: list[int]) -> dict[int, Row]:
    """The columns a hit shows, for the articles `ids`."""
    rows: dict[int, Row] = {}
    with db.session() as session:
        for start in range(0, len(ids), _ROWS_AT_ONCE):
            chunk = ids[start : start + _ROWS_AT_ONCE]
            params = {f"i{k}": v for k, v in enumerate(chunk)}
            statement = (
                "SELECT a.id, a.key, a.issue_id, a.kind, a.title, a.kicker, a.subtitle, a.text, "
                "a.continued_from, ie.paper, ie.date FROM article a "
                "JOIN issue_effective ie ON ie.id = a.issue_id "
                f"WHERE a.id IN ({', '.join(':' + k for k in params)})"
            )
            rows.update((row.id, row) for row in session.execute(sql(statement), params))
    return rows


def search(
    db: Database,
    segmenter: Segmenter,
    text: str,
    filters: SearchFilters = SearchFilters(),
    *,
    limit: int | None = 50,
) -> SearchResults:
    """Search the library. `limit=None` gives every hit. Any query string within the bounds is
    answered; one beyond them raises QueryTooLong (an InvalidInput) saying the limit."""
    query = parse_query(text)
    if query.empty and filters.empty:
        return SearchResults(query, 0)
    matches = _matching(db, segmenter, query, filters)
    results = SearchResults(query, len(matches), article_ids=[m[0] for m in matches])
    shown = matches if limit is None or limit <= 0 else matches[:limit]
    if not shown:
        return results
    rows = _shown_rows(db, [m[0] for m in shown])
    for article_id, score in shown:
        row = rows[article_id]
        results.hits.append(
            SearchHit(
                article_id=row.id,
                key=row.key,
                issue_id=row.issue_id,
                paper=row.paper,
                date=row.date,
                kind=row.kind,
                title=article_label(row.kind, row.title, row.text, row.continued_from),
                score=round(-score, 6),
                headline=row.title,
                opening=row.text[: OPENING * 2],
                continued_from=row.continued_from,
                text=row.text,
                terms=query.terms,
            )
        )
    return results
