"""parse, outline: the parser's view of issue files, without a library."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.context import Context
from desktop.cli.files import check_openable
from desktop.cli.registry import Commands, option
from desktop.ingest import parse_file
from desktop.outline import issue_outline
from desktop.resources import seed_files
from desktop.services.errors import InvalidInput

commands = Commands()


@commands.command(
    "parse",
    "parse one issue file and print its articles",
    option("file", metavar="FILE", type=Path),
    option("--json", action="store_true", help="print the parse contract as JSON"),
    library=False,
)
def parse(args: argparse.Namespace, ctx: Context) -> int:
    check_openable(args.file)
    issue = parse_file(args.file)
    if args.json:
        ctx.out.json(issue.to_dict())
    else:
        ctx.out.line(issue_outline(issue))
    return 0


@commands.command("outline", "print the outline of the bundled sample issues", library=False)
def outline(_args: argparse.Namespace, ctx: Context) -> int:
    files = seed_files()
    if not files:
        raise InvalidInput("The bundled sample issues are missing (seeds/*.txt).")
    for path in files:
        ctx.out.line(issue_outline(parse_file(path)))
        ctx.out.line()
    return 0
