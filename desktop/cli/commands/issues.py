"""issues list / edit / delete."""

from __future__ import annotations

import argparse

from desktop.cli.context import Context
from desktop.cli.registry import Commands, option
from desktop.services import library
from desktop.services.dates import check_date
from desktop.services.errors import InvalidInput
from desktop.services.issues import IssueRow

commands = Commands("issues", "list, edit or delete issues")


def _issue_line(row: IssueRow) -> str:
    articles = "article" if row.articles == 1 else "articles"
    return (
        f"#{row.id:<4} {row.paper or '?':8} {row.date or '?':10} "
        f"{row.articles:3} {articles:8}  {row.source_name}"
    )


list_ = commands.listing("list", "list the issues in the library", library.list_issues, _issue_line)


def _date_or_empty(value: str) -> str:
    return check_date(value) if value else value  # empty: back to the parsed date


@commands.command(
    "edit",
    "correct an issue's paper or date",
    option("id", type=int),
    option("--paper", help="the paper's name (empty: as parsed)"),
    option("--date", check=_date_or_empty, help="2023, 2023-05 or 2023-05-16 (empty: as parsed)"),
)
def edit(args: argparse.Namespace, ctx: Context) -> int:
    changes = {}
    if args.paper is not None:
        changes["paper"] = args.paper
    if args.date is not None:
        changes["date"] = args.date
    if not changes:
        raise InvalidInput("Say what to change: --paper NAME and/or --date YYYY[-MM[-DD]].")
    library.edit_issue(ctx.db, args.id, **changes)
    ctx.out.line(f"issue {args.id} updated")
    return 0


@commands.command("delete", "delete an issue (its notes are saved first)", option("id", type=int))
def delete(args: argparse.Namespace, ctx: Context) -> int:
    saved = library.delete_issue(ctx.db, args.id, ctx.paths.data_dir / "deleted")
    ctx.out.line(f"issue {args.id} deleted; its highlights, notes and tags were saved to {saved}")
    return 0
