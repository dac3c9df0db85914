"""The SQL conditions shared by article and annotation searches: values in parameters, dates
by overlap (an issue dated by its month matches a day range that touches the month)."""

import pytest
from sqlalchemy import text as sql

from desktop.services import tags
from desktop.services.articles import list_articles
from desktop.services.filters import issue_conditions, tag_condition


def _issue_ids(db, clauses, params):
    where = " AND ".join(clauses) or "1"
    with db.session() as session:
        rows = session.execute(sql(f"SELECT ie.id FROM issue_effective ie WHERE {where}"), params)
        return {row.id for row in rows}


def test_no_filter_is_no_condition():
    params: dict[str, object] = {}
    assert issue_conditions(params) == [] and params == {}


def test_values_go_into_parameters_never_into_the_sql():
    params: dict[str, object] = {}
    clauses = issue_conditions(params, paper="嘉定报'; DROP TABLE issue; --", date_from="2023")
    assert all("DROP" not in clause for clause in clauses)
    assert params == {"paper": "嘉定报'; DROP TABLE issue; --", "date_from": "2023-01-01"}


def test_a_paper_and_a_date_range_choose_the_issues_that_overlap_it(db):
    every = _issue_ids(db, [], {})
    params: dict[str, object] = {}
    jiading = _issue_ids(db, issue_conditions(params, paper="嘉定报"), params)
    assert jiading and jiading < every
    params = {}
    none = _issue_ids(db, issue_conditions(params, date_from="1990", date_to="1990-12"), params)
    assert none == set()
    params = {}
    wide = _issue_ids(db, issue_conditions(params, date_from="2000", date_to="2099"), params)
    assert wide == every


@pytest.mark.parametrize(("mode", "expected"), [("any", {0, 1, 2}), ("all", {1})])
def test_tags_match_any_or_all_of_the_names(db, mode, expected):
    rows = list_articles(db)[:3]
    tags.tag_articles(db, "甲", [rows[0].id, rows[1].id])
    tags.tag_articles(db, "乙", [rows[1].id, rows[2].id])
    params: dict[str, object] = {}
    condition = tag_condition(params, "a.key", ["甲", "乙"], mode)
    with db.session() as session:
        found = {
            r.id
            for r in session.execute(sql(f"SELECT a.id FROM article a WHERE {condition}"), params)
        }
    assert found == {rows[i].id for i in expected}
    assert params == {"tag0": "甲", "tag1": "乙"}
