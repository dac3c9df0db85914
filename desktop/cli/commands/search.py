"""search, and the filters it takes."""

from __future__ import annotations

import argparse

from desktop.cli.context import Context
from desktop.cli.output import counted
from desktop.cli.registry import Commands, option
from desktop.domain.kinds import KIND_NAMES
from desktop.services.dates import check_date
from desktop.services.search import SearchFilters, search

commands = Commands()

FILTERS = (
    option("--paper", help="only this paper"),
    option("--from", dest="date_from", metavar="DATE", check=check_date,
           help="from this date (2023, 2023-05 …)"),
    option("--to", dest="date_to", metavar="DATE", check=check_date, help="up to this date"),
    option("--tag", action="append", help="with this tag (repeat for more)"),
    option("--all-tags", action="store_true", help="with all the --tag tags, not any"),
    option("--author", help="by this author"),
    option("--kind", choices=KIND_NAMES),
)  # fmt: skip


def _filters(args: argparse.Namespace) -> SearchFilters:
    return SearchFilters(
        paper=args.paper,
        date_from=args.date_from,
        date_to=args.date_to,
        tags=tuple(args.tag or ()),
        tag_mode="all" if args.all_tags else "any",
        author=args.author,
        kind=args.kind,
    )


@commands.command(
    "search",
    "search the library",
    option("query", metavar="QUERY", help='words, "phrases", -exclusions'),
    option("--json", action="store_true"),
    option("--limit", type=int, default=20, help="how many results (0: all)"),
    *FILTERS,
)
def search_(args: argparse.Namespace, ctx: Context) -> int:
    results = search(ctx.db, ctx.segmenter, args.query, _filters(args), limit=args.limit or None)
    if args.json:
        ctx.out.json(
            [
                {
                    "article_id": h.article_id,
                    "paper": h.paper,
                    "date": h.date,
                    "title": h.title,
                    "kind": h.kind,
                    "snippet": h.snippet,
                    "marks": [list(m) for m in h.marks],
                    "score": h.score,
                }
                for h in results.hits
            ]
        )
        return 0
    for h in results.hits:
        snippet = h.snippet
        for start, end in reversed(h.marks):
            snippet = f"{snippet[:start]}[{snippet[start:end]}]{snippet[end:]}"
        ctx.out.line(f"#{h.article_id}  {h.paper or '?'} {h.date or '?'}  {h.title}")
        ctx.out.line(f"    {snippet}")
    verb = "matches" if results.total == 1 else "match"
    shown = f"; {len(results.hits)} shown" if results.total > len(results.hits) else ""
    ctx.out.line(f"{counted(results.total, 'article')} {verb}{shown}")
    return 0
