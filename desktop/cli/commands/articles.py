"""articles list / show / star / read."""

from __future__ import annotations

import argparse

from desktop.cli.context import Context
from desktop.cli.registry import Commands, option
from desktop.services import annotations, export, library
from desktop.services import articles as articles_service
from desktop.services.articles import ArticleView, get_article
from desktop.services.errors import InvalidInput
from desktop.store.database import Database

commands = Commands("articles", "list, show, star or mark articles read")


def article_or_fail(db: Database, article_id: int) -> ArticleView:
    view = get_article(db, article_id)
    if view is None:
        raise InvalidInput(f"There is no article {article_id}.")
    return view


def check_articles_exist(db: Database, article_ids: list[int]) -> None:
    for article_id in dict.fromkeys(article_ids):
        article_or_fail(db, article_id)


def issue_articles(db: Database, issue_id: int) -> list[articles_service.ArticleRow]:
    """The articles of an issue; InvalidInput if there is no such issue (rather than none)."""
    if all(row.id != issue_id for row in library.list_issues(db)):
        raise InvalidInput(f"There is no issue {issue_id}: `issues list` shows them.")
    return articles_service.list_articles(db, issue_id)


@commands.command(
    "list", "list the articles (of one issue)", option("--issue", type=int, metavar="ID")
)
def list_(args: argparse.Namespace, ctx: Context) -> int:
    if args.issue is None:
        rows = articles_service.list_articles(ctx.db)
    else:
        rows = issue_articles(ctx.db, args.issue)
    for row in rows:
        ctx.out.line(f"#{row.id:<5} {row.kind:12} {row.label}")
    return 0


@commands.command(
    "show",
    "print an article with its citation",
    option("id", type=int),
    option("--json", action="store_true"),
)
def show(args: argparse.Namespace, ctx: Context) -> int:
    view = article_or_fail(ctx.db, args.id)
    if not args.json:
        ctx.out.line(export.export_articles([view], "text"))
        return 0
    a = view.article
    ctx.out.json(
        {
            "article_id": a.id,
            "key": a.key,
            "paper": view.paper,
            "date": view.date,
            "kind": a.kind,
            "section": a.section,
            "column": a.column_label,
            "kicker": a.kicker,
            "title": a.title,
            "subtitle": a.subtitle,
            "authors": a.author_list,
            "source": a.source,
            "blocks": a.block_list,
            "text": a.text,
            "citation": export.article_citation(view),
        }
    )
    return 0


@commands.command(
    "star",
    "star an article",
    option("id", type=int),
    option("--off", action="store_true", help="unstar"),
)
def star(args: argparse.Namespace, ctx: Context) -> int:
    annotations.set_starred(ctx.db, args.id, not args.off)
    return 0


@commands.command(
    "read",
    "mark an article read",
    option("id", type=int),
    option("--off", action="store_true", help="mark unread"),
)
def read(args: argparse.Namespace, ctx: Context) -> int:
    annotations.set_read(ctx.db, args.id, not args.off)
    return 0
