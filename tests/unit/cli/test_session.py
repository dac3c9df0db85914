"""The library from the command line: a user's session with `python -m desktop … --db FILE`."""

import json
import subprocess
import sys

import pytest

from desktop import cli
from desktop.cli import exit_codes
from desktop.services import library


def test_stats_json_counts_the_library(run):
    code, out, _ = run("stats", "--json")
    assert code == 0
    counts = json.loads(out)
    promised = ("papers", "issues", "articles", "tags", "highlights", "notes")
    assert [counts[k] for k in promised] == [3, 5, 36, 0, 0, 0]


def test_search_json_has_the_promised_fields(run):
    code, out, _ = run("search", "书记陆", "--json", "--limit", "0")
    assert code == 0
    results = json.loads(out)
    assert len(results) == 8
    assert {"article_id", "paper", "date", "title", "snippet", "score"} <= set(results[0])
    code, out, _ = run("search", "书记陆", "--json", "--limit", "2")
    assert len(json.loads(out)) == 2


def test_search_text_marks_hits(run):
    code, out, _ = run("search", "汽车嘉定", "--paper", "嘉定报")
    assert code == 0
    assert "[汽车嘉定]" in out
    assert out.rstrip().endswith("\n1 article matches")  # one match, in plain English


def test_a_session_of_highlights_tags_and_exports(run, tmp_path):
    _, out, _ = run("search", "以铜为镜", "--json")
    article = json.loads(out)[0]["article_id"]
    assert run("annotations", "add", str(article), "--quote", "以铜为镜", "--note", "名句")[0] == 0
    assert run("tags", "add", "廉政建设", "--search", "警示教育大会")[0] == 0
    _, out, _ = run("tags", "list", "--json")
    assert [(t["name"], t["count"]) for t in json.loads(out)] == [("廉政建设", 1)]
    out_file = tmp_path / "notes.csv"
    assert run("export", "annotations", "--format", "csv", "--out", str(out_file))[0] == 0
    assert "以铜为镜" in out_file.read_text(
        "utf-8"
    ) and "[N]. 嘉定报, 2023-05." in out_file.read_text("utf-8")
    _, out, _ = run("stats", "--json")
    assert (json.loads(out)["highlights"], json.loads(out)["notes"]) == (1, 1)


def test_import_reports_each_file(run, tmp_path):
    bad = tmp_path / "scan.txt"
    bad.write_bytes(b"%PDF-1.4")
    code, out, _ = run("import", str(bad))
    assert code == 3
    assert "failed    " in out and "scan.txt: this is a PDF document" in out


def test_a_mistyped_date_is_one_line(run):
    code, _, err = run("issues", "edit", "1", "--date", "2023-13")
    assert code == 3
    assert err == "error: “2023-13” is not a real date.\n"


def test_an_unexpected_error_goes_to_the_log(run, tmp_path, monkeypatch):
    def broken(*_args, **_kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr(library, "stats", broken)
    code = cli.main(["stats", "--data-dir", str(tmp_path / "home")])
    assert code == exit_codes.BUG
    log = (tmp_path / "home" / "logs" / "district-reader.log").read_text("utf-8")
    assert "RuntimeError: a bug" in log


@pytest.mark.parametrize(
    ("content", "words"),
    [(b"this is not a database" * 20, "is not a District Reader library")],
)
def test_a_damaged_library_is_a_clear_message_not_a_traceback(tmp_path, content, words):
    db = tmp_path / "library.sqlite3"
    db.write_bytes(content)
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "stats", "--db", str(db)],
        capture_output=True, text=True, encoding="utf-8", timeout=120,
    )  # fmt: skip
    assert result.returncode == exit_codes.LIBRARY
    assert words in result.stderr and "backup" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_truncated_library_is_reported_as_damaged(tmp_path, seeded_library_file):
    db = tmp_path / "library.sqlite3"
    data = seeded_library_file.read_bytes()
    db.write_bytes(data[: len(data) // 3])
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "search", "嘉定", "--db", str(db)],
        capture_output=True, text=True, encoding="utf-8", timeout=120,
    )  # fmt: skip
    assert result.returncode == exit_codes.LIBRARY
    assert "is damaged" in result.stderr and "backup" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_library_locked_by_another_program_is_a_clear_message(tmp_path, seeded_library_file):
    import sqlite3

    db = tmp_path / "library.sqlite3"
    db.write_bytes(seeded_library_file.read_bytes())
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # another program in the middle of a write
    try:
        result = subprocess.run(
            [sys.executable, "-m", "desktop", "tags", "create", "新标签", "--db", str(db)],
            capture_output=True, text=True, encoding="utf-8", timeout=120,
        )  # fmt: skip
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.returncode == exit_codes.LIBRARY
    assert "in use by another program" in result.stderr
    assert "Traceback" not in result.stderr
