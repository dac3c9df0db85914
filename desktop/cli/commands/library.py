"""import, reparse, stats: the library as a whole."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli import exit_codes
from desktop.cli.context import Context
from desktop.cli.files import ISSUE_SUFFIXES, check_importable
from desktop.cli.output import counted
from desktop.cli.registry import Commands, option
from desktop.ingest import IngestError
from desktop.services import library
from desktop.services.importing import issue_files

commands = Commands()


@commands.command(
    "import",
    "import issue files and folders into the library",
    option("paths", nargs="+", metavar="PATH", type=Path),
)
def import_(args: argparse.Namespace, ctx: Context) -> int:
    refused: list[tuple[Path, str]] = []
    files: list[Path] = []
    for given in args.paths:
        found = issue_files([given])
        if given.is_dir() and not found:
            refused.append((given, f"no issue files ({ISSUE_SUFFIXES}) were found in this folder."))
        for path in found:
            try:
                check_importable(path)
            except IngestError as error:
                refused.append((path, str(error)))
                continue
            files.append(path)
    report = library.import_paths(ctx.db, ctx.segmenter, files) if files else None
    items = report.items if report else []
    for item in items:
        detail = counted(item.articles, "article") if item.status == "added" else item.message
        if item.status == "added" and item.grouping:
            detail += f" ({item.grouping})"
        ctx.out.line(f"{item.status:9} {item.path}  {detail}")
    for path, why in refused:
        ctx.out.line(f"{'failed':9} {path}  {why}")
    failed = len(refused) + (len(report.failed) if report else 0)
    added = report.count("added") if report else 0
    unchanged = report.count("unchanged") if report else 0
    ctx.out.line(f"{added} added, {unchanged} already in the library, {failed} failed")
    return exit_codes.BAD_INPUT if failed else 0


@commands.command(
    "reparse",
    "parse every issue again with the current parser",
    option("--outdated", action="store_true", help="only issues parsed by an older parser"),
)
def reparse(args: argparse.Namespace, ctx: Context) -> int:
    report = library.reparse(ctx.db, ctx.segmenter, only_outdated=args.outdated)
    ctx.out.line(
        f"{counted(report.issues, 'issue')} re-parsed; highlights: {report.highlights_kept} "
        f"in place, {report.highlights_moved} moved, {report.highlights_orphaned} orphaned"
    )
    return 0


@commands.command("stats", "count what is in the library", option("--json", action="store_true"))
def stats(args: argparse.Namespace, ctx: Context) -> int:
    counts = library.stats(ctx.db).as_dict()
    if args.json:
        ctx.out.json(counts)
    else:
        for name, value in counts.items():
            ctx.out.line(f"{name:11} {value}")
        ctx.out.line(f"{'library':11} {ctx.db_file}")
    return 0
