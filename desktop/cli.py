"""Command line: `python -m desktop [COMMAND]`.

Every operation the window offers exists here too. Errors a user can act on (a bad file, a
locked library, a mistyped date) print one clear line on stderr and exit non-zero; anything
unexpected is written to the log file and reported in one line that names it. No traceback
ever reaches the terminal.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import traceback
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path

from desktop.ingest import IngestError, parse_file
from desktop.nlp import Segmenter, TopicLexicon
from desktop.outline import issue_outline
from desktop.paths import AppPaths
from desktop.resources import resource_path, seed_files
from desktop.services import annotations, backup, export, library, tags, user_data
from desktop.services import articles as articles_service
from desktop.services.articles import ArticleView, get_article
from desktop.services.errors import InvalidInput
from desktop.services.search import SearchFilters, search
from desktop.store import backups
from desktop.store.database import Database
from desktop.store.errors import LibraryError

EXIT_USAGE = 2
EXIT_BAD_INPUT = 3
EXIT_LIBRARY = 4
EXIT_BUG = 70

log = logging.getLogger("desktop")


@dataclass
class Context:
    """What a command needs, built from the common options."""

    paths: AppPaths
    db_file: Path
    segmenter: Segmenter
    _db: Database | None = None

    @property
    def db(self) -> Database:
        if self._db is None:
            self._db = library.open_library(self.db_file, self.segmenter, seeds=seed_files())
        return self._db

    def close(self) -> None:
        if self._db is not None:
            self._db.close()


def _out(text: str = "") -> None:
    sys.stdout.write(text + "\n")


def _json(data: object) -> None:
    _out(json.dumps(data, ensure_ascii=False, indent=2))


# ---- commands ----------------------------------------------------------------------------------


def cmd_parse(args: argparse.Namespace, _ctx: Context | None) -> int:
    issue = parse_file(args.file)
    if args.json:
        _json(issue.to_dict())
    else:
        _out(issue_outline(issue))
    return 0


def cmd_outline(_args: argparse.Namespace, _ctx: Context | None) -> int:
    files = seed_files()
    if not files:
        print("error: the bundled sample issues are missing (seeds/*.txt).", file=sys.stderr)
        return EXIT_BAD_INPUT
    for path in files:
        _out(issue_outline(parse_file(path)))
        _out()
    return 0


def cmd_import(args: argparse.Namespace, ctx: Context) -> int:
    report = library.import_paths(ctx.db, ctx.segmenter, [Path(p) for p in args.paths])
    for item in report.items:
        detail = f"{item.articles} articles" if item.status == "added" else item.message
        _out(f"{item.status:9} {item.path}  {detail}")
    _out(
        f"{report.count('added')} added, {report.count('unchanged')} already in the library, "
        f"{report.count('failed')} failed"
    )
    return EXIT_BAD_INPUT if report.failed else 0


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


def cmd_search(args: argparse.Namespace, ctx: Context) -> int:
    results = search(ctx.db, ctx.segmenter, args.query, _filters(args), limit=args.limit or None)
    if args.json:
        _json(
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
        _out(f"#{h.article_id}  {h.paper or '?'} {h.date or '?'}  {h.title}")
        _out(f"    {snippet}")
    _out(
        f"{results.total} articles match"
        + (f"; {len(results.hits)} shown" if results.total > len(results.hits) else "")
    )
    return 0


def cmd_stats(args: argparse.Namespace, ctx: Context) -> int:
    counts = library.stats(ctx.db).as_dict()
    if args.json:
        _json(counts)
    else:
        for name, value in counts.items():
            _out(f"{name:11} {value}")
        _out(f"{'library':11} {ctx.db_file}")
    return 0


def cmd_reparse(args: argparse.Namespace, ctx: Context) -> int:
    report = library.reparse(ctx.db, ctx.segmenter, only_outdated=args.outdated)
    _out(
        f"{report.issues} issues re-parsed; highlights: {report.highlights_kept} in place, "
        f"{report.highlights_moved} moved, {report.highlights_orphaned} orphaned"
    )
    return 0


def cmd_issues(args: argparse.Namespace, ctx: Context) -> int:
    if args.action == "edit":
        changes = {}
        if args.paper is not None:
            changes["paper"] = args.paper
        if args.date is not None:
            changes["date"] = args.date
        if not changes:
            raise InvalidInput("Say what to change: --paper NAME and/or --date YYYY[-MM[-DD]].")
        library.edit_issue(ctx.db, args.id, **changes)
        _out(f"issue {args.id} updated")
        return 0
    if args.action == "delete":
        saved = library.delete_issue(ctx.db, args.id, ctx.paths.data_dir / "deleted")
        _out(f"issue {args.id} deleted; its highlights, notes and tags were saved to {saved}")
        return 0
    rows = library.list_issues(ctx.db)
    if args.json:
        _json([row.__dict__ for row in rows])
    for row in [] if args.json else rows:
        _out(
            f"#{row.id:<4} {row.paper or '?':8} {row.date or '?':10} "
            f"{row.articles:3} articles  {row.source_name}"
        )
    return 0


def _article_or_fail(ctx: Context, article_id: int) -> ArticleView:
    view = get_article(ctx.db, article_id)
    if view is None:
        raise InvalidInput(f"There is no article {article_id}.")
    return view


def cmd_articles(args: argparse.Namespace, ctx: Context) -> int:
    if args.action == "list":
        for row in articles_service.list_articles(ctx.db, args.issue):
            _out(f"#{row.id:<5} {row.kind:12} {row.label}")
        return 0
    if args.action == "star":
        annotations.set_starred(ctx.db, args.id, not args.off)
        return 0
    if args.action == "read":
        annotations.set_read(ctx.db, args.id, not args.off)
        return 0
    view = _article_or_fail(ctx, args.id)
    if args.json:
        a = view.article
        _json(
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
    else:
        _out(export.export_articles([view], "text"))
    return 0


def cmd_tags(args: argparse.Namespace, ctx: Context) -> int:
    action = args.action
    if action == "list":
        rows = tags.list_tags(ctx.db)
        if args.json:
            _json([row.__dict__ for row in rows])
        for row in [] if args.json else rows:
            _out(f"{row.color}  {row.name}  ({row.count})")
    elif action == "create":
        tags.create_tag(ctx.db, args.name, args.color, args.parent)
    elif action == "rename":
        tags.rename_tag(ctx.db, args.name, args.new_name)
    elif action == "merge":
        tags.merge_tags(ctx.db, args.sources, args.into)
    elif action == "color":
        tags.recolor_tag(ctx.db, args.name, args.color)
    elif action == "delete":
        count = tags.delete_tag(ctx.db, args.name)
        _out(f"tag “{args.name}” deleted (it was on {count} articles)")
    elif action in ("add", "remove"):
        ids = list(args.article or [])
        if args.search:
            ids += search(ctx.db, ctx.segmenter, args.search, limit=None).article_ids
        if not ids:
            raise InvalidInput("Say which articles: --article ID … or --search QUERY.")
        if action == "add":
            n = tags.tag_articles(ctx.db, args.name, ids)
            _out(f"“{args.name}” added to {n} articles")
        else:
            n = tags.untag_articles(ctx.db, args.name, ids)
            _out(f"“{args.name}” removed from {n} articles")
    elif action == "suggest":
        lexicon = TopicLexicon.load(resource_path("topics.json"))
        found = tags.suggest_tags(ctx.db, ctx.segmenter, lexicon, args.id)
        if args.json:
            _json(
                [{"topic": s.topic, "score": s.score, "triggers": list(s.triggers)} for s in found]
            )
        for s in [] if args.json else found:
            _out(f"{s.topic}  ({s.score})  {'、'.join(s.triggers)}")
    return 0


def _annotation_filters(args: argparse.Namespace) -> annotations.AnnotationFilters:
    return annotations.AnnotationFilters(
        text=args.text,
        color=args.color,
        tag=args.tag,
        paper=args.paper,
        date_from=args.date_from,
        date_to=args.date_to,
        notes_only=args.notes,
        orphaned=True if args.orphaned else None,
    )


def cmd_annotations(args: argparse.Namespace, ctx: Context) -> int:
    action = args.action
    if action == "add":
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
        _out(f"highlight {h.id} added: “{h.quote}”")
    elif action == "edit":
        changes: dict[str, object] = {}
        if args.color is not None:
            changes["color"] = args.color
        if args.note is not None:
            changes["note"] = args.note
        annotations.edit_highlight(ctx.db, args.id, **changes)  # type: ignore[arg-type]
    elif action == "delete":
        annotations.delete_highlight(ctx.db, args.id)
    else:
        rows = annotations.list_annotations(ctx.db, _annotation_filters(args))
        if args.json:
            _out(export.export_annotations(rows, "json"))
        for row in [] if args.json else rows:
            h = row.highlight
            flag = " (orphaned)" if h.orphaned else ""
            _out(
                f"#{h.id:<4} {h.color:6} {row.paper or '?'} {row.date or '?'}  "
                f"{row.article_title or ''}{flag}"
            )
            _out(f"      “{h.quote}”" + (f"  — {h.note}" if h.note else ""))
    return 0


def cmd_export(args: argparse.Namespace, ctx: Context) -> int:
    if args.what == "annotations":
        rows = annotations.list_annotations(ctx.db, _annotation_filters(args))
        text = export.export_annotations(rows, args.format)
    else:
        ids = list(args.article or [])
        if args.search:
            ids += search(ctx.db, ctx.segmenter, args.search, limit=None).article_ids
        if args.issue:
            ids += [row.id for row in articles_service.list_articles(ctx.db, args.issue)]
        if not ids:
            raise InvalidInput("Say which articles: --article ID …, --issue ID or --search QUERY.")
        fmt = "markdown" if args.format == "markdown" else "text"
        text = export.export_articles([_article_or_fail(ctx, i) for i in ids], fmt)
    if args.out:
        export.write_atomically(Path(args.out), text)
        _out(f"written to {args.out}")
    else:
        sys.stdout.write(text)
    return 0


def cmd_backup(args: argparse.Namespace, ctx: Context) -> int:
    if args.action == "list":
        for found in backups.list_backups(ctx.db_file):
            _out(f"{found.label:26} {found.size / 1e6:8.1f} MB  {found.path}")
    elif args.action == "now":
        made = backup.daily_backup(ctx.db, date.today(), replace=True)
        if made is not None:
            _out(f"written to {made.library} and {made.annotations}")
    elif args.action == "restore":
        # The library is not opened: it may be the damaged file being replaced.
        kept = backups.restore_backup(Path(args.file), ctx.db_file, date.today())
        _out(f"restored {args.file} to {ctx.db_file}")
        if kept is not None:
            _out(f"the file it replaced was kept as {kept}")
    elif args.action == "export":
        export.write_atomically(Path(args.out), user_data.export_user_data(ctx.db))
        _out(f"written to {args.out}")
    else:
        report = user_data.import_user_data(ctx.db, user_data.read_user_data(Path(args.file)))
        if args.json:
            _json(asdict(report))
        else:
            _out(", ".join(f"{name.replace('_', ' ')}: {n}" for name, n in asdict(report).items()))
    return 0


# ---- the parser --------------------------------------------------------------------------------


def _build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    where = common.add_mutually_exclusive_group()
    where.add_argument(
        "--db", metavar="FILE", help="the library file (default: in the user data folder)"
    )
    where.add_argument("--data-dir", metavar="DIR", help="keep library, settings and logs in DIR")

    parser = argparse.ArgumentParser(
        prog="python -m desktop",
        description="District Reader (区报阅读): read, search and annotate district newspapers. "
        "With no command, the window opens.",
        parents=[common],
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="start headless on a temporary library, check that everything works, exit",
    )
    parser.add_argument(
        "--screenshot", metavar="PNG", help="with --self-test: save the window it drew to PNG"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(
        name: str, handler: Callable[..., int], help_text: str, **kw: object
    ) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, parents=kw.pop("parents", [common]), **kw)  # type: ignore[arg-type]
        p.set_defaults(handler=handler)
        return p

    p = command("parse", cmd_parse, "parse one issue file and print its articles", parents=[])
    p.add_argument("file", metavar="FILE")
    p.add_argument("--json", action="store_true", help="print the parse contract as JSON")
    command("outline", cmd_outline, "print the outline of the bundled sample issues", parents=[])

    p = command("import", cmd_import, "import issue files and folders into the library")
    p.add_argument("paths", nargs="+", metavar="PATH")

    def filter_options(p: argparse.ArgumentParser) -> None:
        p.add_argument("--paper", help="only this paper")
        p.add_argument(
            "--from", dest="date_from", metavar="DATE", help="from this date (2023, 2023-05 …)"
        )
        p.add_argument("--to", dest="date_to", metavar="DATE", help="up to this date")
        p.add_argument("--tag", action="append", help="with this tag (repeat for more)")
        p.add_argument("--all-tags", action="store_true", help="with all the --tag tags, not any")
        p.add_argument("--author", help="by this author")
        p.add_argument("--kind", choices=["article", "photo", "brief", "continuation", "teaser"])

    p = command("search", cmd_search, "search the library")
    p.add_argument("query", metavar="QUERY", help='words, "phrases", -exclusions')
    p.add_argument("--json", action="store_true")
    p.add_argument("--limit", type=int, default=20, help="how many results (0: all)")
    filter_options(p)

    p = command("stats", cmd_stats, "count what is in the library")
    p.add_argument("--json", action="store_true")

    p = command("reparse", cmd_reparse, "parse every issue again with the current parser")
    p.add_argument("--outdated", action="store_true", help="only issues parsed by an older parser")

    p = command("issues", cmd_issues, "list, edit or delete issues")
    isub = p.add_subparsers(dest="action", required=True)
    q = isub.add_parser("list", parents=[common])
    q.add_argument("--json", action="store_true")
    q = isub.add_parser("edit", parents=[common])
    q.add_argument("id", type=int)
    q.add_argument("--paper", help="the paper's name (empty: as parsed)")
    q.add_argument("--date", help="2023, 2023-05 or 2023-05-16 (empty: as parsed)")
    q = isub.add_parser(
        "delete", parents=[common], help="delete an issue (its notes are saved first)"
    )
    q.add_argument("id", type=int)

    p = command("articles", cmd_articles, "list, show, star or mark articles read")
    asub = p.add_subparsers(dest="action", required=True)
    q = asub.add_parser("list", parents=[common])
    q.add_argument("--issue", type=int)
    q = asub.add_parser("show", parents=[common])
    q.add_argument("id", type=int)
    q.add_argument("--json", action="store_true")
    for name in ("star", "read"):
        q = asub.add_parser(name, parents=[common])
        q.add_argument("id", type=int)
        q.add_argument("--off", action="store_true", help="unstar / mark unread")

    p = command("tags", cmd_tags, "create, rename, merge, recolour, delete and apply tags")
    tsub = p.add_subparsers(dest="action", required=True)
    q = tsub.add_parser("list", parents=[common])
    q.add_argument("--json", action="store_true")
    q = tsub.add_parser("create", parents=[common])
    q.add_argument("name")
    q.add_argument("--color", help="#rrggbb")
    q.add_argument("--parent", help="a tag to put it under")
    q = tsub.add_parser("rename", parents=[common])
    q.add_argument("name")
    q.add_argument("new_name")
    q = tsub.add_parser("merge", parents=[common])
    q.add_argument("sources", nargs="+")
    q.add_argument("--into", required=True)
    q = tsub.add_parser("color", parents=[common])
    q.add_argument("name")
    q.add_argument("color")
    q = tsub.add_parser("delete", parents=[common])
    q.add_argument("name")
    for name in ("add", "remove"):
        q = tsub.add_parser(name, parents=[common])
        q.add_argument("name")
        q.add_argument("--article", type=int, action="append", metavar="ID")
        q.add_argument("--search", metavar="QUERY", help="every article this search finds")
    q = tsub.add_parser("suggest", parents=[common])
    q.add_argument("id", type=int, help="an article id")
    q.add_argument("--json", action="store_true")

    def annotation_filters(q: argparse.ArgumentParser) -> None:
        q.add_argument("--text", help="in the quote or the note")
        q.add_argument("--color", choices=annotations.COLORS)
        q.add_argument("--tag")
        q.add_argument("--paper")
        q.add_argument("--from", dest="date_from", metavar="DATE")
        q.add_argument("--to", dest="date_to", metavar="DATE")
        q.add_argument("--notes", action="store_true", help="only highlights with a note")
        q.add_argument(
            "--orphaned", action="store_true", help="only highlights that lost their place"
        )

    p = command("annotations", cmd_annotations, "highlights and notes")
    nsub = p.add_subparsers(dest="action", required=True)
    q = nsub.add_parser("list", parents=[common])
    q.add_argument("--json", action="store_true")
    annotation_filters(q)
    q = nsub.add_parser("add", parents=[common])
    q.add_argument("article", type=int, help="an article id")
    q.add_argument("--quote", help="the text to highlight (its first occurrence)")
    q.add_argument("--start", type=int)
    q.add_argument("--end", type=int)
    q.add_argument("--color", choices=annotations.COLORS, default="yellow")
    q.add_argument("--note")
    q = nsub.add_parser("edit", parents=[common])
    q.add_argument("id", type=int)
    q.add_argument("--color", choices=annotations.COLORS)
    q.add_argument("--note", help="the new note (empty: remove it)")
    q = nsub.add_parser("delete", parents=[common])
    q.add_argument("id", type=int)

    p = command("export", cmd_export, "export annotations or articles")
    esub = p.add_subparsers(dest="what", required=True)
    q = esub.add_parser("annotations", parents=[common])
    q.add_argument("--format", choices=["markdown", "csv", "json"], default="markdown")
    q.add_argument("--out", metavar="FILE", help="write to FILE (default: print)")
    annotation_filters(q)
    q = esub.add_parser("articles", parents=[common])
    q.add_argument("--format", choices=["markdown", "text"], default="markdown")
    q.add_argument("--out", metavar="FILE")
    q.add_argument("--article", type=int, action="append", metavar="ID")
    q.add_argument("--issue", type=int, metavar="ID")
    q.add_argument("--search", metavar="QUERY")

    p = command("backup", cmd_backup, "copies of the library, and the annotations backup file")
    bsub = p.add_subparsers(dest="action", required=True)
    bsub.add_parser("list", parents=[common], help="list the copies that can be restored")
    bsub.add_parser("now", parents=[common], help="copy the library into the backups folder")
    q = bsub.add_parser("restore", parents=[common], help="put a copy in place of the library")
    q.add_argument("file", metavar="BACKUP")
    q = bsub.add_parser(
        "export", parents=[common], help="write all annotations, tags and state to one file"
    )
    q.add_argument("--out", metavar="FILE", required=True)
    q = bsub.add_parser(
        "import", parents=[common], help="merge an annotations backup file into the library"
    )
    q.add_argument("file", metavar="FILE")
    q.add_argument("--json", action="store_true")
    return parser


def _context(args: argparse.Namespace) -> Context:
    data_dir = getattr(args, "data_dir", None)
    paths = AppPaths.in_folder(Path(data_dir)) if data_dir else AppPaths.for_user()
    db_file = Path(args.db) if getattr(args, "db", None) else paths.library_file
    return Context(paths, db_file, Segmenter(paths.cache_dir / "jieba"))


def _log_bug(paths: AppPaths) -> Path:
    paths.log_dir.mkdir(parents=True, exist_ok=True)
    log_file = paths.log_dir / "district-reader.log"
    with log_file.open("a", encoding="utf-8") as fh:
        fh.write(traceback.format_exc() + "\n")
    return log_file


def main(argv: Sequence[str] | None = None) -> int:
    # Chinese text must reach a pipe or a Windows console intact.
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")
    args = _build_parser().parse_args(argv)
    if args.self_test:
        from desktop.ui.self_test import run_self_test

        return run_self_test(Path(args.screenshot) if args.screenshot else None)
    if getattr(args, "handler", None) is None:
        from desktop.ui.app import run_gui  # Qt is loaded only for the window

        return run_gui(
            Path(args.data_dir) if args.data_dir else None, Path(args.db) if args.db else None
        )
    ctx = None if args.command in ("parse", "outline") else _context(args)
    try:
        return args.handler(args, ctx)
    except IngestError as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except InvalidInput as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except LibraryError as error:
        print(f"error: {error.problem} {error.advice}", file=sys.stderr)
        return EXIT_LIBRARY
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except Exception:
        log_file = _log_bug(ctx.paths if ctx else AppPaths.for_user())
        print(
            f"error: something went wrong that should not have. Details were written to {log_file}",
            file=sys.stderr,
        )
        return EXIT_BUG
    finally:
        if ctx is not None:
            ctx.close()
