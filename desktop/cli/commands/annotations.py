"""annotations list / add / edit / delete, and the filters they share with their export."""

from __future__ import annotations

import argparse
from dataclasses import fields

from desktop.cli.context import Context
from desktop.cli.registry import Commands, option
from desktop.services import annotations, export
from desktop.services.dates import check_date
from desktop.services.errors import InvalidInput

commands = Commands("annotations", "highlights and notes")

# Each filter's dest is the AnnotationFilters field it sets.
FILTERS = (
    option("--text", help="in the quote or the note"),
    option("--color", choices=annotations.COLORS),
    option("--tag"),
    option("--paper"),
    option("--from", dest="date_from", metavar="DATE", check=check_date),
    option("--to", dest="date_to", metavar="DATE", check=check_date),
    option("--notes", dest="notes_only", action="store_true", help="only highlights with a note"),
    option("--orphaned", action="store_const", const=True,
           help="only highlights that lost their place"),  # not given: None, orphaned or not
)  # fmt: skip


def filters_from(args: argparse.Namespace) -> annotations.AnnotationFilters:
    return annotations.AnnotationFilters(
        **{f.name: getattr(args, f.name) for f in fields(annotations.AnnotationFilters)}
    )


@commands.command(
    "list", "list highlights and notes", option("--json", action="store_true"), *FILTERS
)
def list_(args: argparse.Namespace, ctx: Context) -> int:
    rows = annotations.list_annotations(ctx.db, filters_from(args))
    if args.json:
        ctx.out.document(export.export_annotations(rows, "json"))
        return 0
    for row in rows:
        h = row.highlight
        flag = " (orphaned)" if h.orphaned else ""
        ctx.out.line(
            f"#{h.id:<4} {h.color:6} {row.paper or '?'} {row.date or '?'}  "
            f"{row.article_title or ''}{flag}"
        )
        ctx.out.line(f"      “{h.quote}”" + (f"  — {h.note}" if h.note else ""))
    return 0


@commands.command(
    "add",
    "highlight a passage of an article",
    option("article", type=int, help="an article id"),
    option("--quote", help="the text to highlight (its first occurrence)"),
    option("--start", type=int),
    option("--end", type=int),
    option("--color", choices=annotations.COLORS, default="yellow"),
    option("--note"),
)
def add(args: argparse.Namespace, ctx: Context) -> int:
    if args.quote:
        h = annotations.highlight_quote(
            ctx.db, args.article, args.quote, color=args.color, note=args.note
        )
    elif args.start is not None and args.end is not None:
        h = annotations.add_highlight(
            ctx.db, args.article, args.start, args.end, args.color, args.note
        )
    else:
        raise InvalidInput("Say what to highlight: --quote TEXT, or --start N --end N.")
    ctx.out.line(f"highlight {h.id} added: “{h.quote}”")
    return 0


@commands.command(
    "edit",
    "change a highlight's colour or note",
    option("id", type=int),
    option("--color", choices=annotations.COLORS),
    option("--note", help="the new note (empty: remove it)"),
)
def edit(args: argparse.Namespace, ctx: Context) -> int:
    changes: dict[str, object] = {}
    if args.color is not None:
        changes["color"] = args.color
    if args.note is not None:
        changes["note"] = args.note
    annotations.edit_highlight(ctx.db, args.id, **changes)  # type: ignore[arg-type]
    return 0


@commands.command("delete", "delete a highlight and its note", option("id", type=int))
def delete(args: argparse.Namespace, ctx: Context) -> int:
    annotations.delete_highlight(ctx.db, args.id)
    return 0
