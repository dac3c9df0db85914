"""What the command line writes: safe for the terminal, plain English, quiet on a closed pipe."""

import io
import json
import os
import subprocess
import sys
from dataclasses import dataclass

import pytest

from desktop.cli import exit_codes
from desktop.cli.output import Output, counted, for_terminal

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


def _output():
    return Output(io.StringIO(), io.StringIO())


def test_lines_errors_and_notes_are_spelled_out_documents_are_not():
    out = _output()
    out.line(HOSTILE)
    out.error("bad\x1b[2J")
    out.note("kept\u202e")
    out.document(HOSTILE)
    assert out.stdout.getvalue() == for_terminal(HOSTILE) + "\n" + HOSTILE
    assert out.stderr.getvalue() == "error: bad\\x1b[2J\nnote: kept\\u202e\n"


@dataclass(frozen=True)
class _Row:
    name: str
    count: int


def test_rows_are_one_line_each_for_a_person_and_objects_for_a_script():
    rows = [_Row("汽车", 2), _Row("廉政\x1b", 1)]
    for_person, for_script = _output(), _output()
    for_person.rows(rows, False, lambda row: f"{row.name}  ({row.count})")
    for_script.rows(rows, True, lambda row: f"{row.name}  ({row.count})")
    assert for_person.stdout.getvalue() == "汽车  (2)\n廉政\\x1b  (1)\n"
    assert json.loads(for_script.stdout.getvalue()) == [
        {"name": "汽车", "count": 2},
        {"name": "廉政\x1b", "count": 1},
    ]
    assert "汽车" in for_script.stdout.getvalue()  # Chinese as it is, not \\u escapes


def test_json_is_indented_utf8():
    out = _output()
    out.json({"标题": ["嘉定"]})
    assert out.stdout.getvalue() == '{\n  "标题": [\n    "嘉定"\n  ]\n}\n'


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


@pytest.mark.slow
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
