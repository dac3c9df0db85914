"""articles list / show / star / read."""

import json

from desktop.cli import exit_codes
from desktop.services.articles import list_articles
from desktop.store.database import open_database


def _flags(library_file, article_id):
    db = open_database(library_file)
    try:
        row = next(row for row in list_articles(db) if row.id == article_id)
        return row.starred, row.read
    finally:
        db.close()


def test_articles_of_no_issue_say_why(run):
    code, out, err = run("articles", "list", "--issue", "99")
    assert code == exit_codes.BAD_INPUT
    assert out == ""
    assert "There is no issue 99" in err


def test_the_articles_of_an_issue_one_line_each(run):
    code, out, _ = run("articles", "list", "--issue", "1")
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 6 and all(line.startswith("#") for line in lines)
    code, everything, _ = run("articles", "list")
    assert len(everything.splitlines()) == 36


def test_show_prints_the_article_with_its_citation(run):
    code, out, _ = run("articles", "show", "3", "--json")
    assert code == 0
    article = json.loads(out)
    assert article["article_id"] == 3 and article["paper"] == "嘉定报"
    assert article["title"] in out and article["citation"]
    code, text, _ = run("articles", "show", "3")
    assert code == 0 and article["title"] in text
    code, _, err = run("articles", "show", "999")
    assert code == exit_codes.BAD_INPUT and err == "error: There is no article 999.\n"


def test_star_and_read_set_the_flag_and_off_clears_it(run, library_file):
    assert run("articles", "star", "2")[0] == 0
    assert run("articles", "read", "2")[0] == 0
    assert _flags(library_file, 2) == (True, True)
    assert run("articles", "star", "2", "--off")[0] == 0
    assert _flags(library_file, 2) == (False, True)
    assert run("articles", "read", "2", "--off")[0] == 0
    assert _flags(library_file, 2) == (False, False)


# ---- corrections by hand ---------------------------------------------------------------------


def _outline(run):
    code, out, _ = run("articles", "outline", "--issue", "1", "--json")
    assert code == 0
    return json.loads(out)


def test_split_then_set_then_undo_and_redo_from_the_command_line(run):
    before = _outline(run)
    code, out, _ = run("articles", "split", "1", "--at", "4", "--roles", "title", "--json")
    assert code == 0
    assert json.loads(out)["correction"]["operation"] == "split"
    after = _outline(run)
    assert len(after) == len(before) + 1
    assert after[1]["title"] == before[0]["blocks"][3]["text"]
    assert after[1]["corrected"] == ["boundaries", "title"]
    code, out, _ = run("articles", "set", "1", "--authors", "俞超，李华成", "--kind", "brief")
    assert code == 0 and "authors" in out
    assert _outline(run)[0]["authors"] == ["俞超", "李华成"]
    code, listed, _ = run("articles", "corrections", "--issue", "1")
    assert len(listed.splitlines()) == 2 and "split before" in listed
    assert run("articles", "undo", "--issue", "1")[1].startswith("undo: correction 2")
    assert run("articles", "undo", "--issue", "1")[0] == 0
    assert _outline(run) == [dict(a, corrected=[]) for a in before]
    assert "nothing to undo" in run("articles", "undo", "--issue", "1")[1]
    run("articles", "redo", "--issue", "1")
    assert len(_outline(run)) == len(before) + 1


def test_each_correction_command_says_what_is_wrong(run):
    cases = [
        (("split", "1", "--at", "0"), "counted from 1"),
        (("split", "1", "--at", "2", "--roles", "headline"), "not a line's role"),
        (("join", "1", "--paragraph", "9"), "paragraphs 1–6, not 9"),
        (("merge", "1", "--with", "previous"), "no article on that side"),
        (("role", "1", "subtitle", "body"), "no line"),
        (("set", "1"), "Nothing to set"),
        (("cut", "1", "--paragraph", "1", "--at", "0"), "cut inside it"),
        (("move", "999", "--paragraph", "1", "--to", "next"), "There is no article 999"),
        (("undo", "--issue", "99"), "There is no issue 99"),
    ]
    for args, message in cases:
        code, _, err = run("articles", *args)
        assert code == exit_codes.BAD_INPUT, args
        assert message in err, (args, err)
    assert json.loads(run("articles", "corrections", "--issue", "1", "--json")[1]) == []


def test_the_outline_of_an_issue_flags_what_was_corrected_by_hand(run):
    run("articles", "role", "1", "kicker", "subtitle")
    code, out, _ = run("articles", "outline", "--issue", "1")
    assert code == 0
    first = out.split("\n#1")[0]
    assert "by hand   kicker, subtitle" in first and "subtitle  嘉定区全面从严治党" in first


def test_a_papers_rules_from_the_command_line(run):
    code, out, _ = run("articles", "add-rule", "--paper", "嘉定报", "--starts-with", "区领导",
                       "--role", "page_header")  # fmt: skip
    assert code == 0 and "3 issues rebuilt" in out
    assert "区领导姚卫华、魏晓栋出席会议。" in json.dumps(
        _outline(run)[1]["markers"], ensure_ascii=False
    )
    (rule,) = json.loads(run("articles", "rules", "--json")[1])
    assert (rule["paper"], rule["starts_with"], rule["role"]) == ("嘉定报", "区领导", "page_header")
    run("articles", "role", "1", "kicker", "subtitle")
    code, out, _ = run("articles", "learn-rule", "1", "--starts-with", "嘉定区全面", "--json")
    assert code == 0 and json.loads(out)["role"] == "subtitle"
    assert run("articles", "remove-rule", str(rule["id"]))[0] == 0
    assert len(json.loads(run("articles", "rules", "--json")[1])) == 1
    code, _, err = run("articles", "remove-rule", str(rule["id"]))
    assert code == exit_codes.BAD_INPUT and "There is no rule" in err
