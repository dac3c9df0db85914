"""people: the people the articles name, with how often, their titles and where."""

from __future__ import annotations

import argparse

from desktop.cli.context import Context
from desktop.cli.output import counted
from desktop.cli.registry import Commands, option
from desktop.services.people import PersonEntry, people_index

commands = Commands()


@commands.command(
    "people",
    "the people named in the library (or one issue), most named first",
    option("--issue", type=int, metavar="ID", help="only this issue's articles"),
    option("--json", action="store_true"),
)
def people(args: argparse.Namespace, ctx: Context) -> int:
    found = people_index(ctx.db, ctx.segmenter, args.issue)
    ctx.out.rows(found, args.json, _person_line)
    return 0


def _person_line(entry: PersonEntry) -> str:
    titles = f"  ({'、'.join(entry.titles)})" if entry.titles else ""
    return (
        f"{entry.name}{titles}  {counted(entry.count, 'mention')} in "
        f"{counted(len(entry.articles), 'article')}"
    )
