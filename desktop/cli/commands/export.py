"""export annotations / articles: to a file, or printed."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.commands.annotations import FILTERS, filters_from
from desktop.cli.commands.articles import article_or_fail, issue_articles
from desktop.cli.context import Context
from desktop.cli.registry import Commands, option
from desktop.services import annotations, export
from desktop.services.errors import InvalidInput
from desktop.services.search import search

commands = Commands("export", "export annotations or articles")

OUT = option("--out", metavar="FILE", type=Path, help="write to FILE (default: print)")


def _deliver(ctx: Context, text: str, out: Path | None) -> None:
    if out is None:
        ctx.out.document(text)
        return
    export.write_atomically(out, text)
    ctx.out.line(f"written to {out}")


@commands.command(
    "annotations",
    "every highlight and note, with its citation",
    option("--format", choices=["markdown", "csv", "json"], default="markdown"),
    OUT,
    *FILTERS,
)
def export_annotations(args: argparse.Namespace, ctx: Context) -> int:
    rows = annotations.list_annotations(ctx.db, filters_from(args))
    _deliver(ctx, export.export_annotations(rows, args.format), args.out)
    return 0


@commands.command(
    "articles",
    "articles' text, with their citations",
    option("--format", choices=["markdown", "text"], default="markdown"),
    OUT,
    option("--article", type=int, action="append", metavar="ID"),
    option("--issue", type=int, metavar="ID"),
    option("--search", metavar="QUERY"),
)
def export_articles(args: argparse.Namespace, ctx: Context) -> int:
    ids = list(args.article or [])
    if args.search:
        ids += search(ctx.db, ctx.segmenter, args.search, limit=None).article_ids
    if args.issue is not None:
        ids += [row.id for row in issue_articles(ctx.db, args.issue)]
    if not ids:
        raise InvalidInput("Say which articles: --article ID …, --issue ID or --search QUERY.")
    views = [article_or_fail(ctx.db, i) for i in ids]
    _deliver(ctx, export.export_articles(views, args.format), args.out)
    return 0
