"""A library recovered from its write-ahead log is not a silent event: the command says so."""

from desktop.cli import main
from tests.unit.store.test_identity import _emptied, _log_of


def test_a_command_on_an_emptied_library_says_it_was_recovered(
    tmp_path, seeded_library_file, capsys
):
    path = _emptied(tmp_path, _log_of(seeded_library_file, tmp_path, "VACUUM"))
    assert main(["stats", "--db", str(path)]) == 0
    err = capsys.readouterr().err
    assert "note: the library file library.sqlite3 was empty; it was recovered" in err
    assert "library.emptied-" in err
