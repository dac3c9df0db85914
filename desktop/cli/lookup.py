"""The articles and issues a command names by id: found, or InvalidInput (exit 3) with the
message, rather than a command that silently does nothing."""

from __future__ import annotations

from desktop.services import articles, library
from desktop.services.articles import ArticleRow, ArticleView, get_article
from desktop.services.errors import InvalidInput
from desktop.store.database import Database


def article_or_fail(db: Database, article_id: int) -> ArticleView:
    view = get_article(db, article_id)
    if view is None:
        raise InvalidInput(f"There is no article {article_id}.")
    return view


def check_articles_exist(db: Database, article_ids: list[int]) -> None:
    for article_id in dict.fromkeys(article_ids):
        article_or_fail(db, article_id)


def issue_articles(db: Database, issue_id: int) -> list[ArticleRow]:
    """The articles of an issue; InvalidInput if there is no such issue (rather than none)."""
    if all(row.id != issue_id for row in library.list_issues(db)):
        raise InvalidInput(f"There is no issue {issue_id}: `issues list` shows them.")
    return articles.list_articles(db, issue_id)
