"""One run of the command line: what went wrong becomes one line on stderr and an exit status,
never a traceback."""

import io
import os
import shutil
import signal
import sqlite3
import subprocess
import sys

import pytest

from desktop.cli import exit_codes, main
from desktop.services import library


def test_an_unexpected_error_goes_to_the_log(cli, tmp_path, monkeypatch, seeded_library_file):
    def broken(*_args, **_kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr(library, "stats", broken)
    (tmp_path / "home" / "data").mkdir(parents=True)
    shutil.copyfile(seeded_library_file, tmp_path / "home" / "data" / "library.sqlite3")
    code, out, err = cli("stats", "--data-dir", str(tmp_path / "home"))
    assert code == exit_codes.BUG
    log = tmp_path / "home" / "logs" / "district-reader.log"
    assert "RuntimeError: a bug" in log.read_text("utf-8")
    assert (
        err == f"error: something went wrong that should not have. Details were written to {log}\n"
    )
    assert "Traceback" not in out + err


def test_ctrl_c_ends_the_command_with_130(run, monkeypatch):
    def interrupted(*_args, **_kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(library, "stats", interrupted)
    assert run("stats") == (exit_codes.INTERRUPTED, "", "interrupted\n")


class _ClosedPipe(io.StringIO):
    def write(self, _text):
        raise BrokenPipeError


def test_a_reader_gone_ends_the_command_quietly_with_141(library_file, segmenter, monkeypatch):
    monkeypatch.setattr(sys, "stdout", _ClosedPipe())
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    assert main(["issues", "list", "--db", str(library_file)], segmenter) == 141
    assert sys.stderr.getvalue() == ""


def test_text_that_is_not_utf8_is_refused_with_its_bytes(run):
    gbk = "汽车".encode("gbk")
    code, out, err = run("tags", "create", gbk.decode("utf-8", "surrogateescape"))
    assert code == exit_codes.BAD_INPUT and out == ""
    assert err.startswith(f"error: NAME is not UTF-8 text (its bytes: {gbk.hex(' ')}).")
    code, _, err = run("search", "嘉定", "--paper", gbk.decode("utf-8", "surrogateescape"))
    assert code == exit_codes.BAD_INPUT and err.startswith("error: --paper is not UTF-8 text")
    assert run("tags", "list")[1] == ""  # nothing was made


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="Windows passes argv as UTF-16")
def test_text_from_a_gbk_terminal_is_refused_with_a_message(tmp_path):
    db = tmp_path / "library.sqlite3"
    gbk = "汽车".encode("gbk")  # what a GBK terminal sends, undecodable as UTF-8
    result = subprocess.run(
        [sys.executable, "-m", "desktop", b"tags", b"create", gbk, b"--db", os.fsencode(db)],
        capture_output=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == exit_codes.BAD_INPUT
    err = result.stderr.decode()
    assert err.startswith(f"error: NAME is not UTF-8 text (its bytes: {gbk.hex(' ')}).")
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("content", "words"),
    [(b"this is not a database" * 20, "is not a District Reader library")],
)
def test_a_damaged_library_is_a_clear_message_not_a_traceback(cli, tmp_path, content, words):
    db = tmp_path / "library.sqlite3"
    db.write_bytes(content)
    code, _, err = cli("stats", "--db", str(db))
    assert code == exit_codes.LIBRARY
    assert words in err and "backup" in err
    assert "Traceback" not in err


def test_a_truncated_library_is_reported_as_damaged(cli, tmp_path, seeded_library_file):
    db = tmp_path / "library.sqlite3"
    data = seeded_library_file.read_bytes()
    db.write_bytes(data[: len(data) // 3])
    code, _, err = cli("search", "嘉定", "--db", str(db))
    assert code == exit_codes.LIBRARY
    assert "is damaged" in err and "backup" in err
    assert "Traceback" not in err


@pytest.mark.slow  # the library waits five seconds for the other program before it says so
def test_a_library_locked_by_another_program_is_a_clear_message(run, library_file):
    holder = sqlite3.connect(library_file, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # another program in the middle of a write
    try:
        code, _, err = run("tags", "create", "新标签")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert code == exit_codes.LIBRARY
    assert "in use by another program" in err
    assert "Traceback" not in err


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGINT") or sys.platform == "win32", reason="POSIX")
def test_ctrl_c_in_a_real_process_exits_130_without_a_traceback(tmp_path):
    """A signal reaches a real process: Ctrl+C while a command works is `interrupted`."""
    probe = (
        "import os, signal, sys\n"
        "from desktop.cli import main\n"
        "from desktop.services import library\n"
        "library.stats = lambda *a, **k: os.kill(os.getpid(), signal.SIGINT)\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe, "stats", "--data-dir", str(tmp_path)],
        capture_output=True, text=True, encoding="utf-8", timeout=120,
    )  # fmt: skip
    assert result.returncode == exit_codes.INTERRUPTED
    assert result.stderr == "interrupted\n"
