"""The CLI tests run against folders in tmp_path only: were an option ignored, the default
library would be a temporary one, never the user's."""

import pytest


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
def run(library_file, capsys):
    """Run a command in-process on the test's library; (exit status, stdout, stderr)."""
    from desktop import cli

    def _run(*args):
        code = cli.main([*args, "--db", str(library_file)])
        out, err = capsys.readouterr()
        return code, out, err

    return _run
