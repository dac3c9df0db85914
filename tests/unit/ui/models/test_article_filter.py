"""The tree narrowed to a set of articles: only they and what holds them show, counted."""

import pytest

from desktop.ui.app import make_application
from desktop.ui.models.article_filter import ArticleFilterProxy
from desktop.ui.models.issue_tree import IssueTreeModel, NodeKind, Role
from tests.helpers.trees import tree_rows as rows
from tests.unit.ui.models.test_issue_tree import whole_tree


@pytest.fixture
def model(db):
    make_application()
    return IssueTreeModel(db)


def test_a_narrowed_tree_shows_only_the_articles_allowed(db, model, qtmodeltester):
    proxy = ArticleFilterProxy()
    proxy.setSourceModel(model)
    allowed = {ids[-1][0] for ids in whole_tree(db).values()}  # the last article of each issue
    proxy.set_allowed(allowed)
    qtmodeltester.check(proxy)
    shown = {i.data(Role.ARTICLE_ID) for i in rows(proxy) if i.data(Role.KIND) == NodeKind.ARTICLE}
    assert shown == allowed
    qtmodeltester.check(IssueTreeModel(db))  # a fresh model, every issue still closed


def test_a_narrowed_tree_counts_what_it_shows_and_none_shows_all(db, model):
    proxy = ArticleFilterProxy()
    proxy.setSourceModel(model)
    first_issue = next(iter(whole_tree(db).values()))
    allowed = {first_issue[0][0], first_issue[1][0]}
    proxy.set_allowed(allowed)
    assert proxy.narrowed and proxy.allows(first_issue[0][0])
    assert not proxy.allows(first_issue[2][0])
    issue = next(i for i in rows(proxy) if i.data(Role.KIND) == NodeKind.ISSUE)
    assert issue.data().endswith("  (2)")  # what is listed, not the library's unread count
    proxy.set_allowed(None)
    assert not proxy.narrowed
    shown = [i for i in rows(proxy) if i.data(Role.KIND) == NodeKind.ARTICLE]
    assert len(shown) == sum(len(a) for a in whole_tree(db).values())
