"""How a command module declares its commands: the name, help and options sit on the handler
itself, so a command is defined in one place, next to the code that runs it.

    commands = Commands("tags", "create, rename, … tags")

    @commands.command("create", "make a new tag", option("name"), option("--color"))
    def create(args: argparse.Namespace, ctx: Context) -> int: ...

A module without a group name declares top-level commands (`search`, `stats`).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.cli.context import Context
    from desktop.store.database import Database

Handler = Callable[[argparse.Namespace, "Context"], int]
Check = Callable[[str], str]


@dataclass(frozen=True)
class Option:
    """One argparse argument. `check` runs on the parsed value before the handler: it raises
    InvalidInput (exit 3) for a value to correct, such as a mistyped date."""

    flags: tuple[str, ...]
    settings: dict[str, Any]
    check: Check | None = None


def option(*flags: str, check: Check | None = None, **settings: Any) -> Option:
    return Option(flags, settings, check)


@dataclass(frozen=True)
class Command:
    name: str
    help: str
    handler: Handler
    options: tuple[Option, ...]
    library: bool  # whether it takes --db / --data-dir


@dataclass
class Commands:
    """The commands one module defines: the actions of one command (`tags create`) when
    `group` is given, else commands of their own."""

    group: str | None = None
    help: str = ""
    commands: list[Command] = field(default_factory=list)

    def command(
        self, name: str, help_text: str, *options: Option, library: bool = True
    ) -> Callable[[Handler], Handler]:
        def register(handler: Handler) -> Handler:
            self.commands.append(Command(name, help_text, handler, options, library))
            return handler

        return register

    def listing(
        self,
        name: str,
        help_text: str,
        rows_of: Callable[[Database], Sequence[Any]],
        line_of: Callable[[Any], str],
    ) -> Handler:
        """A command that lists rows of the library: one line a row, or --json objects."""

        def handler(args: argparse.Namespace, ctx: Context) -> int:
            ctx.out.rows(rows_of(ctx.db), args.json, line_of)
            return 0

        return self.command(name, help_text, option("--json", action="store_true"))(handler)
