"""Input to correct gets a specific message and exit status 3, never silence or a crash."""

import os
import subprocess
import sys

import pytest

from desktop.cli import exit_codes


@pytest.mark.parametrize(
    "args",
    [
        ["search", "嘉定", "--from", "2023-13"],
        ["search", "嘉定", "--to", "2023-02-30"],
        ["annotations", "list", "--from", "yesterday"],
        ["export", "annotations", "--to", "２０２３"],
        ["issues", "edit", "1", "--date", "2023-5"],
    ],
    ids=["month-13", "february-30", "a-word", "full-width-digits", "one-digit-month"],
)
def test_a_mistyped_date_is_refused_wherever_dates_are_taken(run, args):
    code, out, err = run(*args)
    assert code == exit_codes.BAD_INPUT
    assert out == ""
    assert err.startswith("error: “") and "date" in err


def test_a_date_range_that_is_right_still_searches(run):
    code, out, _ = run("search", "嘉定", "--from", "2023", "--to", "2023-06-30")
    assert code == 0 and "match" in out


def test_export_to_a_folder_says_so(run, tmp_path):
    code, _, err = run("export", "annotations", "--out", str(tmp_path))
    assert code == exit_codes.BAD_INPUT
    assert err == f"error: {tmp_path} is a folder: name the file to write, such as " \
        f"{tmp_path / 'export.md'}.\n"  # fmt: skip
    code, _, err = run("backup", "export", "--out", str(tmp_path))
    assert code == exit_codes.BAD_INPUT and "is a folder" in err


def test_a_folder_with_nothing_to_import_says_so(run, tmp_path):
    folder = tmp_path / "scans"
    folder.mkdir()
    (folder / "page1.jpg").write_bytes(b"\xff\xd8\xff scanned page")  # not an issue file
    code, out, _ = run("import", str(folder))
    assert code == exit_codes.BAD_INPUT
    assert f"{folder}  no issue files (.txt, .pdf, .html, .htm) were found in this folder." in out
    assert out.endswith("0 added, 0 already in the library, 1 failed\n")


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


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["articles", "list", "--issue", "99"], "There is no issue 99"),
        (["export", "articles", "--issue", "99"], "There is no issue 99"),
        (["tags", "add", "汽车", "--article", "999"], "There is no article 999."),
        (["tags", "remove", "汽车", "--article", "1", "--article", "999"], "no article 999."),
        (["tags", "merge", "汽车", "--into", "汽车"], "“汽车” cannot be merged into itself"),
    ],
    ids=["articles-of-no-issue", "export-of-no-issue", "tag-no-article", "untag", "merge-self"],
)
def test_a_command_that_would_do_nothing_says_why(run, args, message):
    assert run("tags", "create", "汽车")[0] == 0
    code, out, err = run(*args)
    assert code == exit_codes.BAD_INPUT
    assert out == ""
    assert message in err
    _, tags, _ = run("tags", "list")
    assert "汽车  (0)" in tags  # nothing was tagged, and the tag is still there


def test_a_folder_given_as_the_library_file_suggests_data_dir(tmp_path, capsys):
    from desktop import cli

    assert cli.main(["stats", "--db", str(tmp_path)]) == exit_codes.LIBRARY
    err = capsys.readouterr().err
    assert err.startswith(f"error: {tmp_path} is a folder, not a library file.")
    assert "--data-dir" in err
    assert list(tmp_path.iterdir()) == []  # nothing was created in the folder
