"""annotations list / add / edit / delete, and the filters they share with their export."""

import json

from desktop.cli import exit_codes


def _article_with(run, words):
    _, out, _ = run("search", words, "--json")
    return json.loads(out)[0]["article_id"]


def test_a_session_of_highlights_tags_and_exports(run, tmp_path):
    article = _article_with(run, "以铜为镜")
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


def test_the_filters_choose_what_is_listed(run):
    article = _article_with(run, "以铜为镜")
    code, out, _ = run("annotations", "add", str(article), "--quote", "以铜为镜", "--note", "名句")
    assert (code, out) == (0, "highlight 1 added: “以铜为镜”\n")
    assert (
        run("annotations", "add", str(article), "--start", "0", "--end", "2", "--color", "green")[0]
        == 0
    )

    def listed(*filters):
        _, out, _ = run("annotations", "list", "--json", *filters)
        return sorted(row["id"] for row in json.loads(out))

    assert listed() == [1, 2]
    assert listed("--notes") == [1]
    assert listed("--color", "green") == [2]
    assert listed("--text", "名句") == [1]
    assert listed("--orphaned") == []
    assert listed("--paper", "嘉定报", "--from", "2023", "--to", "2023-12") == [1, 2]


def test_edit_and_delete_change_one_highlight(run):
    article = _article_with(run, "以铜为镜")
    assert run("annotations", "add", str(article), "--quote", "以铜为镜")[0] == 0
    assert run("annotations", "edit", "1", "--color", "pink", "--note", "改过")[0] == 0
    code, out, _ = run("annotations", "list")
    assert code == 0
    assert out.startswith("#1    pink   嘉定报 2023-05  ")
    assert "      “以铜为镜”  — 改过\n" in out
    assert run("annotations", "delete", "1")[0] == 0
    assert run("annotations", "list")[1] == ""


def test_add_says_what_to_highlight(run):
    code, _, err = run("annotations", "add", "1")
    assert code == exit_codes.BAD_INPUT
    assert err == "error: Say what to highlight: --quote TEXT, or --start N --end N.\n"
