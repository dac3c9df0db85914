"""The articles and issues a command names: found, or a message saying there is none."""

import pytest

from desktop.cli.lookup import article_or_fail, check_articles_exist, issue_articles
from desktop.services.errors import InvalidInput


def test_an_article_is_found_by_its_id(db):
    assert article_or_fail(db, 3).article.id == 3


def test_a_missing_article_is_named(db):
    with pytest.raises(InvalidInput, match=r"^There is no article 999\.$"):
        article_or_fail(db, 999)
    with pytest.raises(InvalidInput, match="There is no article 998"):
        check_articles_exist(db, [1, 1, 998, 999])  # the first missing one, once
    check_articles_exist(db, [1, 2, 1])


def test_an_issues_articles_or_a_message_that_it_does_not_exist(db):
    rows = issue_articles(db, 1)
    assert len(rows) == 6 and {row.issue_id for row in rows} == {1}
    with pytest.raises(InvalidInput, match=r"^There is no issue 99: `issues list` shows them\.$"):
        issue_articles(db, 99)
