"""--db and --data-dir work before the command as well as after it, for every command."""

import json

import pytest

from desktop import cli


def _tag_names(db_file, capsys) -> list[str]:
    assert cli.main(["tags", "list", "--json", "--db", str(db_file)]) == 0
    return [t["name"] for t in json.loads(capsys.readouterr().out)]


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
    tmp_path, capsys, place, default_folders_in_tmp
):
    mine = tmp_path / "mine.sqlite3"
    with pytest.raises(SystemExit) as refused:  # --db with --data-dir, wherever they stand
        cli.main([*place(str(mine)), "--data-dir", str(tmp_path / "home")])
    assert refused.value.code == 2
    assert cli.main(place(str(mine))) == 0
    assert mine.exists()
    assert _tag_names(mine, capsys) == ["汽车"]
    assert not list(default_folders_in_tmp.rglob("*.sqlite3"))  # the default library: untouched


def test_data_dir_before_the_command_holds_the_library(tmp_path, capsys):
    home = tmp_path / "home"
    assert cli.main(["--data-dir", str(home), "tags", "create", "汽车"]) == 0
    assert _tag_names(home / "data" / "library.sqlite3", capsys) == ["汽车"]


def test_the_same_option_twice_with_different_values_is_refused(tmp_path, capsys):
    a, b = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    with pytest.raises(SystemExit) as stopped:
        cli.main(["--db", str(a), "stats", "--db", str(b)])
    assert stopped.value.code == 2
    assert "--db" in capsys.readouterr().err
    assert not a.exists() and not b.exists()
    assert cli.main(["--db", str(a), "stats", "--db", str(a)]) == 0  # the same value twice: fine
