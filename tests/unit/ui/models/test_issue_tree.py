"""The issue tree reads an issue's articles only when it is opened or asked about, and shows
the same tree, counts and lookups as a tree built whole."""

import pytest
from PySide6.QtCore import Qt

from desktop.services import annotations
from desktop.services.articles import list_articles
from desktop.services.library import list_issues
from desktop.ui.app import make_application
from desktop.ui.models import issue_tree
from desktop.ui.models.issue_tree import IssueTreeModel, NodeKind, Role
from tests.helpers.trees import tree_rows as rows


@pytest.fixture
def model(db):
    make_application()
    return IssueTreeModel(db)


@pytest.fixture
def listings(monkeypatch):
    """The issues whose articles the tree read: None for a whole-library listing."""
    asked = []

    def counted(db, issue_id=None):
        asked.append(issue_id)
        return list_articles(db, issue_id)

    monkeypatch.setattr(issue_tree, "list_articles", counted)
    return asked


def issue_indexes(model):
    return [i for i in rows(model) if i.data(Role.KIND) == NodeKind.ISSUE]


def whole_tree(db):
    """Issue id → its articles' (id, label) in order, as the library lists them."""
    by_issue = {}
    for row in list_articles(db):
        by_issue.setdefault(row.issue_id, []).append((row.id, row.label))
    return by_issue


def test_opening_the_tree_reads_no_articles_and_counts_them_all(db, listings):
    make_application()
    model = IssueTreeModel(db)
    assert listings == []
    issues = {i.id: i for i in list_issues(db)}
    shown = [model.index(r, 0, model.index(p, 0)) for p in range(model.rowCount())
             for r in range(model.rowCount(model.index(p, 0)))]  # fmt: skip
    years = [y for y in shown if y.data(Role.KIND) == NodeKind.YEAR]
    issue_rows = [model.index(r, 0, y) for y in years for r in range(model.rowCount(y))]
    for index in issue_rows:  # what a view asks of a closed issue, without opening it
        issue = issues[index.data(Role.ISSUE_ID)]
        assert model.hasChildren(index) and model.canFetchMore(index)
        assert index.data(Role.UNREAD) == issue.unread == issue.articles
    assert listings == []
    assert sum(i.data(Role.UNREAD) for i in issue_rows) == sum(i.articles for i in issues.values())


def test_an_opened_issue_has_the_same_articles_as_the_library(db, model, listings):
    expected = whole_tree(db)
    for index in issue_indexes(model):
        issue_id = index.data(Role.ISSUE_ID)
        model.fetchMore(index)
        assert not model.canFetchMore(index)
        got = [(model.index(r, 0, index).data(Role.ARTICLE_ID),
                model.index(r, 0, index).data(Qt.ItemDataRole.DisplayRole))
               for r in range(model.rowCount(index))]  # fmt: skip
        assert got == expected[issue_id]
    assert None not in listings  # one issue at a time, never the whole library


def test_lookups_find_articles_of_issues_never_opened(db, model):
    expected = whole_tree(db)
    order = [i.data(Role.ISSUE_ID) for i in issue_indexes(model)]
    assert list(model.article_ids_in_order()) == [a for i in order for a, _ in expected[i]]
    fresh = IssueTreeModel(db)
    for issue_id, articles in expected.items():
        last_id = articles[-1][0]
        index = fresh.index_for_article(last_id)
        assert index.data(Role.ARTICLE_ID) == last_id
        assert index.parent().data(Role.ISSUE_ID) == issue_id
        assert fresh.issue_of(last_id).id == issue_id
        assert fresh.position_in_issue(last_id) == (len(articles), len(articles))


def test_reading_an_article_of_a_closed_issue_lowers_its_count(db, model):
    issue = issue_indexes(model)[0]
    before = issue.data(Role.UNREAD)
    article_id = whole_tree(db)[issue.data(Role.ISSUE_ID)][0][0]
    annotations.set_read(db, article_id)
    model.update_article(article_id, read=True)
    assert issue.data(Role.UNREAD) == before - 1
    model.reload()  # the library's own count agrees
    assert issue_indexes(model)[0].data(Role.UNREAD) == before - 1
