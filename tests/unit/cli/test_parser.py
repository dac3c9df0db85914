"""The command tree built from the modules' declarations: every command there, with its help;
--db and --data-dir before the command as well as after it, for every command; the version."""

import json
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from desktop.cli import commands, main
from desktop.cli.parser import build_parser

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


@pytest.fixture(scope="module")
def parser():
    """The tree main() builds, built once for the tests that only parse."""
    return build_parser(commands.ALL)


@pytest.mark.parametrize("command", EVERY_COMMAND, ids=" ".join)
def test_every_command_explains_itself(command, parser, capsys):
    with pytest.raises(SystemExit) as done:
        parser.parse_args([*command, "--help"])
    assert done.value.code == 0
    shown = capsys.readouterr().out
    assert shown.startswith(f"usage: python -m desktop {' '.join(command)}")
    if command[0] not in ("parse", "outline"):
        assert "--db FILE" in shown and "--data-dir DIR" in shown


def _tag_names(db_file, cli) -> list[str]:
    code, out, _ = cli("tags", "list", "--json", "--db", str(db_file))
    assert code == 0
    return [t["name"] for t in json.loads(out)]


@pytest.mark.parametrize(
    "place",
    [
        lambda db: ["--db", db, "tags", "create", "汽车"],
        lambda db: ["tags", "--db", db, "create", "汽车"],
        lambda db: ["tags", "create", "汽车", "--db", db],
    ],
    ids=["before-the-command", "before-the-action", "after"],
)
def test_db_given_anywhere_is_the_library_written_to(
    tmp_path, cli, place, default_folders_in_tmp, library_file
):
    mine = library_file  # a library already made (a new one would import the seeds first)
    with pytest.raises(SystemExit) as refused:  # --db with --data-dir, wherever they stand
        cli(*place(str(mine)), "--data-dir", str(tmp_path / "home"))
    assert refused.value.code == 2
    assert cli(*place(str(mine)))[0] == 0
    assert mine.exists()
    assert _tag_names(mine, cli) == ["汽车"]
    assert not list(default_folders_in_tmp.rglob("*.sqlite3"))  # the default library: untouched


def test_data_dir_before_the_command_holds_the_library(tmp_path, cli, seeded_library_file):
    home = tmp_path / "home"
    (home / "data").mkdir(parents=True)
    shutil.copyfile(seeded_library_file, home / "data" / "library.sqlite3")
    assert cli("--data-dir", str(home), "tags", "create", "汽车")[0] == 0
    assert _tag_names(home / "data" / "library.sqlite3", cli) == ["汽车"]


def test_the_same_option_twice_with_different_values_is_refused(
    tmp_path, cli, capsys, seeded_library_file
):
    a, b = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    with pytest.raises(SystemExit) as stopped:
        cli("--db", str(a), "stats", "--db", str(b))
    assert stopped.value.code == 2
    assert "--db" in capsys.readouterr().err
    assert not a.exists() and not b.exists()
    shutil.copyfile(seeded_library_file, a)
    assert cli("--db", str(a), "stats", "--db", str(a))[0] == 0  # the same value twice: fine


def test_version_is_printed(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.startswith("district-reader 0.")


@pytest.mark.slow
def test_the_console_script_prints_the_version():
    """The installed `district-reader-cli` script reaches the same main()."""
    script = Path(sysconfig.get_path("scripts")) / "district-reader-cli"
    if not script.exists():
        pytest.skip("the package is not installed with its scripts")
    result = subprocess.run([str(script), "--version"], capture_output=True, timeout=120)
    assert result.returncode == 0
    assert result.stdout.decode().startswith("district-reader 0.")


@pytest.mark.slow
def test_python_m_desktop_prints_the_version():
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--version"], capture_output=True, timeout=120
    )
    assert result.returncode == 0
    assert result.stdout.decode().startswith("district-reader 0.")
