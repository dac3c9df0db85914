"""Listing and reading articles back out of the library."""

import pytest

from desktop.services.articles import list_articles
from desktop.services.errors import InvalidInput


def test_an_issues_articles_are_listed_in_order_and_a_missing_issue_is_refused(db):
    rows = list_articles(db, 1)
    assert rows and [r.ordinal for r in rows] == sorted(r.ordinal for r in rows)
    with pytest.raises(InvalidInput, match="no issue 99"):
        list_articles(db, 99)


def test_an_untitled_piece_is_labelled_by_what_it_is_and_its_opening_is_not_a_fake_title():
    from desktop.services.articles import article_label

    photo = article_label(
        "photo", None, "5月14日，嘉定区定向赛在远香湖公园举行，市民踊跃参加比赛。"
    )
    assert photo == "图片：5月14日，嘉定区定向赛在远香湖公园举行…"  # cut after a phrase
    brief = article_label(
        "brief", None, "1、近日，在36氪举办的“暗涌·2023产业未来峰会”上，多家企业入选。"
    )
    assert brief.startswith("简讯：1、近日") and brief.endswith("…”")  # no quote left open
    assert article_label("brief", None, "短讯一则。") == "简讯：短讯一则。"
