"""What the command line writes: safe for the terminal, plain English, quiet on a closed pipe."""

import json
import os
import subprocess
import sys

import pytest

from desktop.cli import exit_codes
from desktop.cli.output import counted, for_terminal

HOSTILE = "清\x1b[2J\x1b]0;owned\x07\u202egnp.exe\u2066\x9b31m\r尾"


def test_control_characters_and_bidi_overrides_are_spelled_out():
    shown = for_terminal(HOSTILE + "\n\t")
    assert shown == "清\\x1b[2J\\x1b]0;owned\\x07\\u202egnp.exe\\u2066\\x9b31m\\x0d尾\n\t"


def test_counts_are_plain_english():
    assert (counted(1, "article"), counted(0, "article"), counted(2, "issue")) == (
        "1 article",
        "0 articles",
        "2 issues",
    )


def test_a_note_from_a_file_cannot_drive_the_terminal(run):
    _, out, _ = run("search", "以铜为镜", "--json")
    article = json.loads(out)[0]["article_id"]
    assert run("annotations", "add", str(article), "--quote", "以铜为镜", "--note", HOSTILE)[0] == 0
    assert run("tags", "add", HOSTILE, "--article", str(article))[0] == 0
    for command in (["annotations", "list"], ["tags", "list"]):
        code, out, _ = run(*command)
        assert code == 0
        assert "\\x1b[2J" in out and "\\u202e" in out
        assert not any(c in out for c in "\x1b\x07\x9b\u202e\u2066\r")
    code, out, _ = run("annotations", "list", "--json")  # data: JSON escapes it itself
    assert json.loads(out)[0]["note"] == HOSTILE


def test_import_reports_in_plain_english(run, tmp_path):
    issue = tmp_path / "extra.txt"
    issue.write_text("嘉定报\n\n本报讯 区里开了一个会。\n", "utf-8")
    code, out, _ = run("import", str(issue))
    assert code == 0
    assert f"added     {issue}  1 article\n" in out
    code, out, _ = run("reparse")
    assert out.startswith("6 issues re-parsed;")


@pytest.mark.parametrize(
    "args",
    [["outline"], ["search", "嘉定"], ["issues", "list"], ["stats"]],
    ids=["outline", "search", "issues-list", "stats"],
)
def test_a_closed_pipe_ends_the_command_quietly(tmp_path, library_file, args):
    """`python -m desktop outline | head`: the reader has gone, nobody is there to tell."""
    home = tmp_path / "home"
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader stops before the first line arrives
    try:
        result = subprocess.run(
            [sys.executable, "-m", "desktop", *args]
            + (["--db", str(library_file)] if args[0] in ("search", "issues", "stats") else []),
            stdout=write_end, stderr=subprocess.PIPE, timeout=120,
            env={**os.environ, "XDG_STATE_HOME": str(home)},
        )  # fmt: skip
    finally:
        os.close(write_end)
    assert result.returncode == exit_codes.READER_GONE
    assert result.stderr == b""
    assert not home.exists()  # nothing was logged


def test_an_issue_file_cannot_drive_the_terminal(tmp_path, capsys):
    from desktop import cli

    issue = tmp_path / "\x1b[2Jissue.txt"
    issue.write_text(
        "嘉定报\n\n\x1b]0;owned\x07区里开会\u202e\n\n"
        + "本报讯 区里开了一个会，会上说了很多话。\n" * 20,
        "utf-8",
    )
    assert cli.main(["parse", str(issue)]) == 0
    out = capsys.readouterr().out
    assert "\\x1b[2Jissue.txt" in out and "\\x1b]0;owned\\x07" in out and "\\u202e" in out
    assert not any(c in out for c in "\x1b\x07\u202e")
