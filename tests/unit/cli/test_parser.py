"""The command tree built from the modules' declarations: every command there, with its help."""

import pytest

from desktop import cli
from desktop.cli import commands

EVERY_COMMAND = [
    [module.group, command.name] if module.group else [command.name]
    for module in commands.ALL
    for command in module.commands
]


def test_the_commands_of_before_are_all_there():
    assert {" ".join(c) for c in EVERY_COMMAND} >= {
        "parse", "outline", "import", "search", "stats", "reparse",
        "issues list", "issues edit", "issues delete",
        "articles list", "articles show", "articles star", "articles read",
        "tags list", "tags create", "tags rename", "tags merge", "tags color", "tags delete",
        "tags add", "tags remove", "tags suggest",
        "annotations list", "annotations add", "annotations edit", "annotations delete",
        "export annotations", "export articles",
        "backup list", "backup now", "backup restore", "backup export", "backup import",
    }  # fmt: skip


@pytest.mark.parametrize("command", EVERY_COMMAND, ids=" ".join)
def test_every_command_explains_itself(command, capsys):
    with pytest.raises(SystemExit) as done:
        cli.main([*command, "--help"])
    assert done.value.code == 0
    shown = capsys.readouterr().out
    assert shown.startswith(f"usage: python -m desktop {' '.join(command)}")
    if command[0] not in ("parse", "outline"):
        assert "--db FILE" in shown and "--data-dir DIR" in shown
