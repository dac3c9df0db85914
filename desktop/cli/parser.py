"""The argparse tree, built from the commands the modules declare.

`--db` and `--data-dir` may stand before the command, between a command and its action, or
after it. argparse copies a sub-parser's values over its parent's, defaults included, so each
level keeps its own copy of the two options (`db@0`, `db@1`, …) and `where()` reconciles them.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from desktop.cli.registry import Command, Commands

_WHERE = (("db", "--db", "FILE", "the library file (default: in the user data folder)"),
          ("data_dir", "--data-dir", "DIR", "keep library, settings and logs in DIR"))  # fmt: skip
_LEVELS = 3  # the program, a command, a command's action


@dataclass(frozen=True)
class Where:
    db: Path | None
    data_dir: Path | None


def _add_where(parser: argparse.ArgumentParser, level: int) -> None:
    group = parser.add_argument_group("library")
    for name, flag, metavar, help_text in _WHERE:
        group.add_argument(flag, dest=f"{name}@{level}", metavar=metavar, type=Path, help=help_text)


def where(parser: argparse.ArgumentParser, args: argparse.Namespace) -> Where:
    """The library options wherever they were given; usage error (exit 2) if they disagree."""
    found: dict[str, Path | None] = {}
    for name, flag, _, _ in _WHERE:
        values = {getattr(args, f"{name}@{level}", None) for level in range(_LEVELS)} - {None}
        if len({v.absolute() for v in values}) > 1:
            given = " and ".join(sorted(map(str, values)))
            parser.error(f"{flag} is given twice, with different values: {given}")
        found[name] = next(iter(values), None)
    if found["db"] and found["data_dir"]:
        parser.error("give --db FILE or --data-dir DIR, not both")
    return Where(found["db"], found["data_dir"])


def _version() -> str:
    try:
        return metadata.version("district-reader")
    except metadata.PackageNotFoundError:
        return "(version unknown: installed without its package metadata)"


def _add_command(sub: argparse._SubParsersAction, command: Command, level: int) -> None:
    parser = sub.add_parser(command.name, help=command.help, description=command.help)
    checks, labels = {}, {}
    for opt in command.options:
        action = parser.add_argument(*opt.flags, **opt.settings)
        positional = not opt.flags[0].startswith("-")
        labels[action.dest] = (
            (action.metavar or action.dest.upper()) if positional else opt.flags[0]
        )
        if opt.check is not None:
            checks[action.dest] = opt.check
    if command.library:
        _add_where(parser, level)
    parser.set_defaults(handler=command.handler, checks=checks, labels=labels)


def build_parser(modules: Sequence[Commands]) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m desktop",
        description="District Reader (区报阅读): read, search and annotate district newspapers. "
        "With no command, the window opens.",
    )
    parser.add_argument("--version", action="version", version=f"district-reader {_version()}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="start headless on a temporary library, check that everything works, exit",
    )
    parser.add_argument(
        "--screenshot", metavar="PNG", help="with --self-test: save the window it drew to PNG"
    )
    _add_where(parser, 0)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in modules:
        if module.group is None:
            for command in module.commands:
                _add_command(sub, command, 1)
            continue
        group = sub.add_parser(module.group, help=module.help, description=module.help)
        _add_where(group, 1)
        actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)
        for command in module.commands:
            _add_command(actions, command, 2)
    return parser
