"""export annotations / articles / references / briefing: to a file, or printed. Each
command's --format choices are the registry's formats of its subject."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.commands.annotations import FILTERS, filters_from
from desktop.cli.context import Context
from desktop.cli.registry import Commands, Handler, Option, option
from desktop.services import annotations
from desktop.services.articles import ArticleView
from desktop.services.exports import Subject, export, formats_for, write_atomically
from desktop.services.exports.briefing import DEFAULT_TITLE, make_briefing
from desktop.services.exports.selection import selected_articles

commands = Commands("export", "export annotations, articles, references or a briefing")

OUT = option("--out", metavar="FILE", type=Path, help="write to FILE (default: print)")
SELECTION = (
    option("--article", type=int, action="append", metavar="ID", help="this article (repeatable)"),
    option("--search", metavar="QUERY", help="the articles a search finds, best first"),
    option("--tag", metavar="NAME", help="the articles with this tag"),
    option("--issue", type=int, metavar="ID", help="the articles of this issue"),
)


def format_option(subject: Subject, default: str | None = None) -> Option:
    names = list(formats_for(subject))
    if default is None:
        return option("--format", choices=names, required=True)
    return option("--format", choices=names, default=default)


def _selection(args: argparse.Namespace, ctx: Context) -> list[ArticleView]:
    return selected_articles(
        ctx.db,
        ctx.segmenter,
        ids=args.article or (),
        query=args.search,
        tag=args.tag,
        issue=args.issue,
    )


def _deliver(ctx: Context, text: str | bytes, out: Path | None) -> None:
    if out is None:
        assert isinstance(text, str)
        ctx.out.document(text)
        return
    write_atomically(out, text)
    ctx.out.line(f"written to {out}")


@commands.command(
    "annotations",
    "every highlight and note, with its citation",
    format_option("annotations", "markdown"),
    OUT,
    *FILTERS,
)
def export_annotations(args: argparse.Namespace, ctx: Context) -> int:
    rows = annotations.list_annotations(ctx.db, filters_from(args))
    _deliver(ctx, export("annotations", args.format, rows), args.out)
    return 0


def _export_selection(subject: Subject, help_text: str, format_choice: Option) -> Handler:
    """A command that exports the chosen articles as they are: its subject's formats."""

    @commands.command(subject, help_text, format_choice, OUT, *SELECTION)
    def handler(args: argparse.Namespace, ctx: Context) -> int:
        _deliver(ctx, export(subject, args.format, _selection(args, ctx)), args.out)
        return 0

    return handler


export_articles = _export_selection(
    "articles", "articles' text, with their citations", format_option("articles", "markdown")
)
export_references = _export_selection(
    "references",
    "articles as references for Zotero, EndNote or JabRef",
    format_option("references"),
)


@commands.command(
    "briefing",
    "a briefing (简报) of chosen articles, in the order given, as DOCX or PDF",
    format_option("briefing"),
    option("--out", metavar="FILE", type=Path, required=True, help="write to FILE"),
    *SELECTION,
    option(
        "--highlights-only",
        action="store_true",
        help="only the highlighted passages with their notes, not the full text",
    ),
    option("--title", metavar="T", help=f"the briefing's title (default: {DEFAULT_TITLE})"),
    option("--unit", metavar="U", help="the compiling unit printed under the title"),
)
def export_briefing(args: argparse.Namespace, ctx: Context) -> int:
    briefing = make_briefing(
        ctx.db,
        _selection(args, ctx),
        title=args.title,
        unit=args.unit,
        highlights_only=args.highlights_only,
    )
    _deliver(ctx, export("briefing", args.format, briefing), args.out)
    return 0
