"""Paths named on the command line, checked before anything reads them."""

import os
import subprocess
import sys

import pytest

from desktop.cli import exit_codes
from desktop.cli.files import ISSUE_SUFFIXES, check_importable, check_openable
from desktop.ingest import IngestError
from desktop.ingest.sources import SUFFIXES


def test_the_suffixes_named_are_the_ones_an_import_takes():
    assert ISSUE_SUFFIXES.split(", ") == list(SUFFIXES)


def test_files_folders_and_missing_paths_pass_to_the_reader(tmp_path):
    issue = tmp_path / "issue.txt"
    issue.write_text("嘉定报\n", "utf-8")
    for path in (issue, tmp_path, tmp_path / "missing.txt"):  # the reader names a missing one
        check_openable(path)
        check_importable(path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_refused_by_name(tmp_path):
    fifo = tmp_path / "issue.txt"
    os.mkfifo(fifo)
    with pytest.raises(IngestError) as refused:
        check_importable(fifo)
    assert str(refused.value).startswith("issue.txt: this is not a regular file (it is a pipe")
    assert ISSUE_SUFFIXES in str(refused.value)


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="a file name of any bytes")
def test_a_name_in_another_encoding_is_refused_readably(tmp_path):
    name = tmp_path / os.fsdecode("嘉定报.txt".encode("gbk"))
    name.write_text("嘉定报\n", "utf-8")
    check_openable(name)  # parse may read it: it keeps no name
    with pytest.raises(IngestError) as refused:
        check_importable(name)
    message = str(refused.value)
    assert "the file's name is not UTF-8 text" in message and "Rename the file" in message
    message.encode("utf-8")  # the message itself can be printed


@pytest.mark.slow  # a subprocess: were the pipe opened, the test times out instead of hanging
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
@pytest.mark.parametrize("command", ["parse", "import"])
def test_a_named_pipe_is_refused_not_waited_on(tmp_path, library_file, command):
    fifo = tmp_path / "issue.txt"
    os.mkfifo(fifo)
    result = subprocess.run(
        [sys.executable, "-m", "desktop", command, str(fifo), "--db", str(library_file)]
        if command == "import"
        else [sys.executable, "-m", "desktop", command, str(fifo)],
        capture_output=True, text=True, encoding="utf-8", timeout=60,
    )  # fmt: skip
    assert result.returncode == exit_codes.BAD_INPUT
    assert "issue.txt: this is not a regular file (it is a pipe" in result.stdout + result.stderr
