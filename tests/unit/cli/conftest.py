"""The CLI tests run against folders in tmp_path only: were an option ignored, the default
library would be a temporary one, never the user's."""

import pytest

from desktop.cli import main


@pytest.fixture(autouse=True)
def default_folders_in_tmp(tmp_path, monkeypatch):
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(name, str(tmp_path / "default" / name.lower()))
    return tmp_path / "default"


@pytest.fixture
def library_file(tmp_path, seeded_library_file):
    """A copy of the seeded library for this test."""
    path = tmp_path / "library.sqlite3"
    path.write_bytes(seeded_library_file.read_bytes())
    return path


@pytest.fixture
def cli(capsys, segmenter):
    """Run `python -m desktop ARGS…` in-process, through the entry the program starts with, with
    the test run's loaded jieba; (exit status, stdout, stderr)."""

    def _cli(*args):
        code = main(list(args), segmenter)
        out, err = capsys.readouterr()
        return code, out, err

    return _cli


@pytest.fixture
def run(cli, library_file):
    """Run a command in-process on the test's library; (exit status, stdout, stderr)."""
    return lambda *args: cli(*args, "--db", str(library_file))
