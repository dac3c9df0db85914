"""issues list / edit / delete."""

import json
from pathlib import Path

from desktop.cli import exit_codes


def test_a_mistyped_date_is_one_line(run):
    code, _, err = run("issues", "edit", "1", "--date", "2023-13")
    assert code == 3
    assert err == "error: “2023-13” is not a real date.\n"


def test_the_issues_one_line_each_or_as_json(run):
    code, out, _ = run("issues", "list", "--json")
    assert code == 0
    issues = json.loads(out)
    assert len(issues) == 5 and {"id", "paper", "date", "source_name", "articles"} <= set(issues[0])
    code, text, _ = run("issues", "list")
    first = issues[0]
    assert text.splitlines()[0].startswith(f"#{first['id']:<4} {first['paper']:8}")
    assert f"{first['articles']:3} articles  {first['source_name']}" in text.splitlines()[0]


def _issue(run, issue_id):
    _, out, _ = run("issues", "list", "--json")
    return next(issue for issue in json.loads(out) if issue["id"] == issue_id)


def test_an_edit_corrects_the_paper_and_an_empty_date_restores_the_parsed_one(run):
    parsed = _issue(run, 1)
    code, out, _ = run("issues", "edit", "1", "--paper", "嘉定日报", "--date", "2023")
    assert (code, out) == (0, "issue 1 updated\n")
    edited = _issue(run, 1)
    assert (edited["paper"], edited["date"]) == ("嘉定日报", "2023")
    assert run("issues", "edit", "1", "--date", "")[0] == 0
    assert _issue(run, 1)["date"] == parsed["date"]


def test_an_edit_says_what_it_needs(run):
    code, _, err = run("issues", "edit", "1")
    assert code == exit_codes.BAD_INPUT
    assert err == "error: Say what to change: --paper NAME and/or --date YYYY[-MM[-DD]].\n"


def test_delete_saves_the_issues_notes_first(run, default_folders_in_tmp):
    assert run("annotations", "add", "1", "--quote", "嘉定", "--note", "记下")[0] == 0
    code, out, _ = run("issues", "delete", "1")
    assert code == 0
    assert out.startswith("issue 1 deleted; its highlights, notes and tags were saved to ")
    saved = Path(out.rsplit(" ", 1)[1].strip())
    assert saved.is_relative_to(default_folders_in_tmp)  # in the data folder, not the library's
    assert "记下" in saved.read_text("utf-8")
    assert len(json.loads(run("issues", "list", "--json")[1])) == 4
