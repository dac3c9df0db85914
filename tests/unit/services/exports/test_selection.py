"""Which articles an export takes: chosen ids, then a search's results, a tag's articles and an
issue's, each article once; a choice that names nothing, or something missing, is refused."""

import pytest

from desktop.services import tags
from desktop.services.articles import list_articles
from desktop.services.errors import InvalidInput
from desktop.services.exports.selection import selected_articles
from desktop.services.search import search


def _ids(views):
    return [v.article.id for v in views]


def test_ids_come_first_in_the_order_given_then_the_rest_each_once(db, segmenter):
    rows = list_articles(db)
    tags.tag_articles(db, "要闻", [rows[5].id, rows[1].id])
    found = search(db, segmenter, "以铜为镜", limit=None).article_ids
    chosen = selected_articles(
        db, segmenter, ids=[rows[3].id, rows[1].id], query="以铜为镜", tag="要闻"
    )
    expected = list(dict.fromkeys([rows[3].id, rows[1].id, *found, rows[1].id, rows[5].id]))
    assert _ids(chosen) == expected


def test_an_issue_gives_its_articles_in_reading_order(db, segmenter):
    issue = list_articles(db)[0].issue_id
    chosen = selected_articles(db, segmenter, issue=issue)
    assert _ids(chosen) == [row.id for row in list_articles(db, issue)]


@pytest.mark.parametrize(
    ("choice", "words"),
    [
        ({}, "Say which articles"),
        ({"ids": [999_999]}, "There is no article 999999"),
        ({"tag": "不存在"}, "There is no tag “不存在”"),
        ({"query": "没有这样的文字zzqx"}, "No article matches that choice"),
    ],
)
def test_a_choice_that_names_nothing_or_something_missing_is_refused(db, segmenter, choice, words):
    with pytest.raises(InvalidInput, match=words):
        selected_articles(db, segmenter, **choice)
