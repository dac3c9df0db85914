"""How a module declares commands: the declaration is the command, and an option's check runs
before the handler."""

import argparse
import io
from types import SimpleNamespace

import pytest

from desktop.cli import exit_codes
from desktop.cli.output import Output
from desktop.cli.registry import Commands, option


def test_a_declared_command_carries_its_help_options_and_handler():
    commands = Commands("things", "look after things")

    @commands.command(
        "make", "make a thing", option("name"), option("--quiet", action="store_true")
    )
    def make(args: argparse.Namespace, _ctx) -> int:
        return 0

    @commands.command("count", "count things", library=False)
    def count(args: argparse.Namespace, _ctx) -> int:
        return 0

    assert [(c.name, c.help, c.handler, c.library) for c in commands.commands] == [
        ("make", "make a thing", make, True),
        ("count", "count things", count, False),
    ]
    assert [o.flags for o in commands.commands[0].options] == [("name",), ("--quiet",)]
    assert commands.commands[0].options[1].settings == {"action": "store_true"}


def test_a_listing_prints_the_rows_of_the_library_as_lines_or_json():
    commands = Commands("things", "look after things")
    rows = [SimpleNamespace(name="汽车", count=2)]
    listed = commands.listing("list", "list things", lambda db: rows if db == "the db" else [],
                              lambda row: f"{row.name} ({row.count})")  # fmt: skip
    (command,) = commands.commands
    assert (command.name, command.handler, [o.flags for o in command.options]) == (
        "list", listed, [("--json",)]
    )  # fmt: skip
    for as_json, shown in (
        (False, "汽车 (2)\n"),
        (True, '[\n  {\n    "name": "汽车",\n    "count": 2\n  }\n]\n'),
    ):
        ctx = SimpleNamespace(db="the db", out=Output(io.StringIO(), io.StringIO()))
        assert listed(argparse.Namespace(json=as_json), ctx) == 0
        assert ctx.out.stdout.getvalue() == shown


def test_an_option_keeps_its_check_apart_from_argparses_settings():
    upper = str.upper
    declared = option("--date", metavar="DATE", check=upper)
    assert (declared.flags, declared.settings, declared.check) == (
        ("--date",),
        {"metavar": "DATE"},
        upper,
    )


@pytest.mark.parametrize(
    "args",
    [
        ["search", "嘉定", "--from", "2023-13"],
        ["search", "嘉定", "--to", "2023-02-30"],
        ["annotations", "list", "--from", "yesterday"],
        ["export", "annotations", "--to", "２０２３"],
        ["issues", "edit", "1", "--date", "2023-5"],
    ],
    ids=["month-13", "february-30", "a-word", "full-width-digits", "one-digit-month"],
)
def test_a_mistyped_date_is_refused_wherever_dates_are_taken(run, args):
    code, out, err = run(*args)
    assert code == exit_codes.BAD_INPUT
    assert out == ""
    assert err.startswith("error: “") and "date" in err
