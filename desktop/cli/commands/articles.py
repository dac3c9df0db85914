"""articles list / show / star / read, and the corrections by hand of an issue's parse: split,
merge, move, role, set, join, cut, undo, redo, corrections, outline."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import asdict
from typing import Any

from desktop.cli.context import Context
from desktop.cli.lookup import article_or_fail, issue_articles
from desktop.cli.output import counted
from desktop.cli.registry import Commands, Handler, option
from desktop.domain.corrections import DIRECTIONS, HEADLINE, ROLES, Place
from desktop.domain.kinds import KIND_NAMES
from desktop.outline import article_outline
from desktop.services import annotations, export
from desktop.services import articles as articles_service
from desktop.services import corrections as correcting
from desktop.services.errors import InvalidInput
from desktop.store.database import Database

commands = Commands("articles", "list, show, star or mark articles read; correct the parse")


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


# ---- corrections by hand ---------------------------------------------------------------------
# Paragraphs are counted from 1, as `articles show` lists the blocks; the library's row ids of
# an issue's articles change when it is rebuilt, so each command says where things are now.


def _paragraph(text: str) -> int:
    """A paragraph's number as typed (from 1) → its block's index."""
    try:
        number = int(text)
    except ValueError:
        raise InvalidInput(f"“{text}” is not a paragraph number (1 is the first).") from None
    if number < 1:
        raise InvalidInput(f"Paragraphs are counted from 1, not {number}.")
    return number - 1


def _line(text: str) -> Place:
    """A line: a headline field's name, or a paragraph's number."""
    return text if text in HEADLINE else _paragraph(text)


def _roles(text: str) -> list[str]:
    roles = [r.strip() for r in text.split(",") if r.strip()]
    wrong = [r for r in roles if r not in ROLES]
    if wrong:
        raise InvalidInput(f"“{wrong[0]}” is not a line's role (one of {', '.join(ROLES)}).")
    return roles


def _done(ctx: Context, args: argparse.Namespace, outcome: correcting.CorrectionOutcome) -> int:
    view, report = outcome.correction, outcome.report
    if args.json:
        ctx.out.json({"correction": asdict(view), "highlights_moved": report.highlights_moved,
                      "highlights_orphaned": report.highlights_orphaned})  # fmt: skip
        return 0
    ctx.out.line(f"correction {view.id}: {view.description}")
    if report.highlights_moved:
        ctx.out.line(f"{counted(report.highlights_moved, 'highlight')} moved with their text")
    if report.highlights_orphaned:
        ctx.out.note(
            f"{counted(report.highlights_orphaned, 'highlight')} of this issue could not be "
            "placed and are kept as orphaned"
        )
    return 0


_JSON = option("--json", action="store_true", help="print the correction as JSON")
_DIRECTION = {"choices": DIRECTIONS, "required": True}


@commands.command(
    "split",
    "split an article: a new one begins at a paragraph",
    option("id", type=int),
    option("--at", required=True, metavar="N", help="the paragraph the new article begins with"),
    option(
        "--roles",
        default="",
        metavar="ROLE,…",
        help=f"roles of the new article's first lines ({', '.join(ROLES)}), e.g. title,subtitle",
    ),
    _JSON,
)
def split(args: argparse.Namespace, ctx: Context) -> int:
    at, roles = _paragraph(args.at), _roles(args.roles)
    return _done(ctx, args, correcting.split(ctx.db, ctx.segmenter, args.id, at, roles))


@commands.command(
    "merge",
    "merge an article with the next or previous one",
    option("id", type=int),
    option("--with", dest="direction", **_DIRECTION),
    _JSON,
)
def merge(args: argparse.Namespace, ctx: Context) -> int:
    return _done(ctx, args, correcting.merge(ctx.db, ctx.segmenter, args.id, args.direction))


@commands.command(
    "move",
    "move a paragraph to the next or previous article",
    option("id", type=int),
    option("--paragraph", required=True, metavar="N"),
    option("--to", dest="direction", **_DIRECTION),
    _JSON,
)
def move(args: argparse.Namespace, ctx: Context) -> int:
    paragraph = _paragraph(args.paragraph)
    outcome = correcting.move_paragraph(ctx.db, ctx.segmenter, args.id, paragraph, args.direction)
    return _done(ctx, args, outcome)


@commands.command(
    "role",
    "say what a line is: kicker, title, subtitle, byline, caption, page_header or body",
    option("id", type=int),
    option("line", help="kicker, title, subtitle, or a paragraph's number"),
    option("role", choices=ROLES),
    _JSON,
)
def role(args: argparse.Namespace, ctx: Context) -> int:
    outcome = correcting.set_role(ctx.db, ctx.segmenter, args.id, _line(args.line), args.role)
    return _done(ctx, args, outcome)


_FIELDS = ("kicker", "title", "subtitle", "source", "section")


@commands.command(
    "set",
    "set an article's headline fields, authors, source, section or kind",
    option("id", type=int),
    *(option(f"--{name}", metavar="TEXT", help="'' unsets it") for name in _FIELDS),
    option("--authors", metavar="NAME,…", help="the authors, separated by commas"),
    option("--kind", choices=KIND_NAMES),
    _JSON,
)
def set_(args: argparse.Namespace, ctx: Context) -> int:
    fields: dict[str, Any] = {
        name: getattr(args, name) for name in _FIELDS if getattr(args, name) is not None
    }
    if args.authors is not None:
        fields["authors"] = [a.strip() for a in args.authors.replace("，", ",").split(",")]
        fields["authors"] = [a for a in fields["authors"] if a]
    if args.kind is not None:
        fields["kind"] = args.kind
    if not fields:
        raise InvalidInput(
            "Nothing to set: give --title, --kicker, --subtitle, --authors, --source, "
            "--section or --kind."
        )
    return _done(ctx, args, correcting.edit_fields(ctx.db, ctx.segmenter, args.id, fields))


@commands.command(
    "join",
    "join a paragraph with the one after it",
    option("id", type=int),
    option("--paragraph", required=True, metavar="N"),
    _JSON,
)
def join(args: argparse.Namespace, ctx: Context) -> int:
    paragraph = _paragraph(args.paragraph)
    return _done(ctx, args, correcting.join_paragraphs(ctx.db, ctx.segmenter, args.id, paragraph))


@commands.command(
    "cut",
    "split a paragraph in two at a character",
    option("id", type=int),
    option("--paragraph", required=True, metavar="N"),
    option("--at", required=True, type=int, metavar="CHAR", help="where the second part begins"),
    _JSON,
)
def cut(args: argparse.Namespace, ctx: Context) -> int:
    paragraph = _paragraph(args.paragraph)
    outcome = correcting.cut_paragraph(ctx.db, ctx.segmenter, args.id, paragraph, args.at)
    return _done(ctx, args, outcome)


def _undo_or_redo(name: str, help_text: str, step: Callable[..., Any], none_left: str) -> Handler:
    @commands.command(name, help_text, option("--issue", type=int, required=True), _JSON)
    def handler(args: argparse.Namespace, ctx: Context) -> int:
        view = step(ctx.db, ctx.segmenter, args.issue)
        if args.json:
            ctx.out.json({"correction": asdict(view) if view else None})
        elif view is None:
            ctx.out.line(none_left)
        else:
            ctx.out.line(f"{name}: correction {view.id}: {view.description}")
        return 0

    return handler


undo = _undo_or_redo("undo", "undo the issue's last correction", correcting.undo, "nothing to undo")
redo = _undo_or_redo(
    "redo", "make the issue's last undone correction again", correcting.redo, "nothing to redo"
)


@commands.command(
    "corrections",
    "list an issue's corrections, in the order made",
    option("--issue", type=int, required=True),
    option("--json", action="store_true"),
)
def corrections(args: argparse.Namespace, ctx: Context) -> int:
    views = correcting.list_corrections(ctx.db, args.issue)
    if args.json:
        ctx.out.json([asdict(v) for v in views])
    for view in [] if args.json else views:
        undone = " (undone)" if view.undone else ""
        ctx.out.line(f"{view.id:<5} {view.created_at}  {view.description}{undone}")
    return 0


@commands.command(
    "outline",
    "print an issue's outline as the library holds it, corrections applied",
    option("--issue", type=int, required=True),
    option("--json", action="store_true", help="the parse contract, with each article's key "
           "and the fields corrected by hand"),
)  # fmt: skip
def outline(args: argparse.Namespace, ctx: Context) -> int:
    held = correcting.issue_as_corrected(ctx.db, args.issue)
    if args.json:
        ctx.out.json(
            [{"key": a.key, **a.article.to_dict(), "corrected": a.corrected} for a in held]
        )
        return 0
    for index, a in enumerate(held):
        lines = article_outline(index, a.article)
        lines[0] += f"  (article {a.id})"
        if a.corrected:
            lines.insert(1, f"    {'by hand':9} {', '.join(a.corrected)}")
        for line in lines:
            ctx.out.line(line)
    return 0


# ---- a paper's rules -------------------------------------------------------------------------


def _rule_text(rule: correcting.RuleView) -> str:
    return f"{rule.paper}: a line starting 「{rule.starts_with}」 is {rule.role}"


def _rule_line(rule: correcting.RuleView) -> str:
    return f"{rule.id:<5} {_rule_text(rule)}"


def _rule_done(ctx: Context, args: argparse.Namespace, rule: correcting.RuleView, done: str) -> int:
    if args.json:
        ctx.out.json(asdict(rule))
    else:
        rebuilt = counted(rule.issues, "issue")
        ctx.out.line(f"{done} rule {rule.id}: {_rule_text(rule)}; {rebuilt} rebuilt")
    return 0


@commands.command(
    "rules", "list the papers' rules", option("--paper"), option("--json", action="store_true")
)
def rules(args: argparse.Namespace, ctx: Context) -> int:
    ctx.out.rows(correcting.list_rules(ctx.db, args.paper), args.json, _rule_line)
    return 0


@commands.command(
    "add-rule",
    "teach a paper a convention: a line that starts so has a role, in each of its issues",
    option("--paper", required=True),
    option("--starts-with", required=True, metavar="TEXT", help="e.g. □记者"),
    option("--role", required=True, choices=ROLES),
    option("--json", action="store_true"),
)
def add_rule(args: argparse.Namespace, ctx: Context) -> int:
    rule = correcting.add_rule(ctx.db, ctx.segmenter, args.paper, args.starts_with, args.role)
    return _rule_done(ctx, args, rule, "added")


@commands.command(
    "learn-rule",
    "make a paper's rule of a correction of a line's role",
    option("correction", type=int, help="its number in `articles corrections`"),
    option(
        "--starts-with", metavar="TEXT", help="the line start to look for (else its first word)"
    ),
    option("--json", action="store_true"),
)
def learn_rule(args: argparse.Namespace, ctx: Context) -> int:
    rule = correcting.rule_from_correction(
        ctx.db, ctx.segmenter, args.correction, starts_with=args.starts_with
    )
    return _rule_done(ctx, args, rule, "added")


@commands.command(
    "remove-rule",
    "remove a paper's rule (its issues are rebuilt without it)",
    option("id", type=int),
    option("--json", action="store_true"),
)
def remove_rule(args: argparse.Namespace, ctx: Context) -> int:
    return _rule_done(ctx, args, correcting.remove_rule(ctx.db, ctx.segmenter, args.id), "removed")
