"""What a command needs: the folders of the options, and the library, opened on first use."""

import io

from desktop.cli import exit_codes
from desktop.cli.context import context_from
from desktop.cli.output import Output
from tests.helpers.emptied_libraries import emptied as _emptied
from tests.helpers.emptied_libraries import log_of as _log_of


def _output():
    return Output(io.StringIO(), io.StringIO())


def test_the_library_is_opened_only_when_a_command_uses_it(tmp_path, cli):
    mine = tmp_path / "mine.sqlite3"
    assert cli("--db", str(mine), "outline")[0] == 0
    assert not mine.exists()  # `parse` and `outline` never make one


def test_the_library_is_opened_once(library_file, segmenter):
    ctx = context_from(library_file, None, _output(), segmenter)
    assert (ctx.db_file, ctx.chosen_db, ctx.segmenter) == (library_file, library_file, segmenter)
    try:
        assert ctx.db is ctx.db
    finally:
        ctx.close()


def test_a_data_dir_holds_the_library_and_jiebas_cache(tmp_path):
    home = tmp_path / "home"
    ctx = context_from(None, home, _output())
    assert ctx.db_file == home / "data" / "library.sqlite3"
    assert ctx.segmenter.cache_dir is not None and ctx.segmenter.cache_dir.is_relative_to(home)
    assert (ctx.data_dir, ctx.chosen_db) == (home, None)


def test_a_folder_given_as_the_library_file_suggests_data_dir(tmp_path, cli):
    code, _, err = cli("stats", "--db", str(tmp_path))
    assert code == exit_codes.LIBRARY
    assert err.startswith(f"error: {tmp_path} is a folder, not a library file.")
    assert "--data-dir" in err
    assert list(tmp_path.iterdir()) == []  # nothing was created in the folder


def test_a_command_on_an_emptied_library_says_it_was_recovered(tmp_path, seeded_library_file, cli):
    path = _emptied(tmp_path, _log_of(seeded_library_file, tmp_path, "VACUUM"))
    code, _, err = cli("stats", "--db", str(path))
    assert code == 0
    assert "note: the library file library.sqlite3 was empty; it was recovered" in err
    assert "library.emptied-" in err
