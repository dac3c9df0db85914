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
