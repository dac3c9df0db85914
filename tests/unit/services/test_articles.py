"""Listing and reading articles back out of the library."""

import pytest

from desktop.services.articles import list_articles
from desktop.services.errors import InvalidInput


def test_an_issues_articles_are_listed_in_order_and_a_missing_issue_is_refused(db):
    rows = list_articles(db, 1)
    assert rows and [r.ordinal for r in rows] == sorted(r.ordinal for r in rows)
    with pytest.raises(InvalidInput, match="no issue 99"):
        list_articles(db, 99)
