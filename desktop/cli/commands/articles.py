"""articles list / show / star / read."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from desktop.cli.context import Context
from desktop.cli.lookup import article_or_fail, issue_articles
from desktop.cli.registry import Commands, Handler, option
from desktop.services import annotations, export
from desktop.services import articles as articles_service
from desktop.store.database import Database

commands = Commands("articles", "list, show, star or mark articles read")


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


def _flag(
    name: str, help_text: str, off_help: str, set_flag: Callable[[Database, int, bool], None]
) -> Handler:
    """A command that sets one of an article's flags, or clears it with --off."""

    @commands.command(
        name, help_text, option("id", type=int), option("--off", action="store_true", help=off_help)
    )
    def handler(args: argparse.Namespace, ctx: Context) -> int:
        set_flag(ctx.db, args.id, not args.off)
        return 0

    return handler


star = _flag("star", "star an article", "unstar", annotations.set_starred)
read = _flag("read", "mark an article read", "mark unread", annotations.set_read)
