"""backup list / now / restore / export / import."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from datetime import date
from pathlib import Path

from desktop.cli.context import Context
from desktop.cli.registry import Commands, option
from desktop.services import backup, export, user_data
from desktop.store import backups

commands = Commands("backup", "copies of the library, and the annotations backup file")


@commands.command("list", "list the copies that can be restored")
def list_(_args: argparse.Namespace, ctx: Context) -> int:
    for found in backups.list_backups(ctx.db_file):
        ctx.out.line(f"{found.label:26} {found.size / 1e6:8.1f} MB  {found.path}")
    return 0


@commands.command("now", "copy the library into the backups folder")
def now(_args: argparse.Namespace, ctx: Context) -> int:
    made = backup.daily_backup(ctx.db, date.today(), replace=True)
    if made is not None:
        ctx.out.line(f"written to {made.library} and {made.annotations}")
    return 0


@commands.command(
    "restore",
    "put a copy in place of the library",
    option("file", metavar="BACKUP", type=Path),
)
def restore(args: argparse.Namespace, ctx: Context) -> int:
    # The library is not opened: it may be the damaged file being replaced.
    kept = backups.restore_backup(args.file, ctx.db_file, date.today())
    ctx.out.line(f"restored {args.file} to {ctx.db_file}")
    if kept is not None:
        ctx.out.line(f"the file it replaced was kept as {kept}")
    return 0


@commands.command(
    "export",
    "write all annotations, tags and state to one file",
    option("--out", metavar="FILE", type=Path, required=True),
)
def export_(args: argparse.Namespace, ctx: Context) -> int:
    export.write_atomically(args.out, user_data.export_user_data(ctx.db))
    ctx.out.line(f"written to {args.out}")
    return 0


@commands.command(
    "import",
    "merge an annotations backup file into the library",
    option("file", metavar="FILE", type=Path),
    option("--json", action="store_true"),
)
def import_(args: argparse.Namespace, ctx: Context) -> int:
    data = user_data.read_user_data(args.file)
    report = user_data.import_user_data(ctx.db, data, ctx.segmenter)  # corrections apply now
    if args.json:
        ctx.out.json(asdict(report))
    else:
        counts = asdict(report).items()
        ctx.out.line(", ".join(f"{name.replace('_', ' ')}: {n}" for name, n in counts))
    return 0
