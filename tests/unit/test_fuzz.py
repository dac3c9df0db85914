"""Fuzz at volume: 100,000 generated issue texts through the parser and 10,000 generated query
strings through search, every one checked, not only "did not raise".

The inputs come from a seeded generator (tests/helpers/fuzz.py), so a failure is repeatable.
`FUZZ_SCALE=20 python -m pytest tests/unit/test_fuzz.py` runs twenty times as many."""

import os

import pytest
from sqlalchemy import text as sql

from desktop.ingest import parse_text
from desktop.services.search import parse_query, search
from tests.helpers.fuzz import issue_texts, query_strings
from tests.helpers.lossless import lost_characters

pytestmark = pytest.mark.slow
SCALE = int(os.environ.get("FUZZ_SCALE", "1"))
PARSER_INPUTS = 100_000 * SCALE
QUERIES = 10_000 * SCALE


def test_the_parser_takes_a_hundred_thousand_generated_issues_and_loses_nothing():
    checked = 0
    for n, text in enumerate(issue_texts(PARSER_INPUTS, seed=SCALE)):
        issue = parse_text(text)
        lost = lost_characters(text, issue)
        assert not lost, f"input {n} lost {dict(lost)}: {text!r}"
        # The contract's shape holds for whatever came in.
        for article in issue.articles:
            assert article.kind in {"article", "photo", "brief", "continuation", "teaser"}
            assert all(block.text.strip() for block in article.blocks)
        checked += 1
    assert checked == PARSER_INPUTS


def test_ten_thousand_generated_queries_find_exactly_what_a_scan_finds(seeded, segmenter):
    with seeded.session() as session:
        rows = session.execute(sql("SELECT id, search_text FROM article")).all()
    answered = matched = 0
    for query in query_strings(QUERIES, seed=SCALE):
        results = search(seeded, segmenter, query, limit=None)
        wanted = parse_query(query)
        expected = (
            {
                row.id
                for row in rows
                if all(t in row.search_text for t in wanted.terms)
                and not any(t in row.search_text for t in wanted.excluded)
            }
            if wanted.terms or wanted.excluded  # exclusions alone: everything else
            else set()
        )
        assert set(results.article_ids) == expected, query
        assert results.total == len(expected)
        answered += 1
        matched += bool(expected)
    assert answered == QUERIES
    assert matched > QUERIES // 10  # the generator reaches real text, not only noise
