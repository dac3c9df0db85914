"""tags list / create / rename / merge / color / delete / add / remove / suggest."""

import json

import pytest

from desktop.cli import exit_codes


def _tags(run):
    code, out, _ = run("tags", "list", "--json")
    assert code == 0
    return {t["name"]: t for t in json.loads(out)}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["tags", "add", "汽车", "--article", "999"], "There is no article 999."),
        (["tags", "remove", "汽车", "--article", "1", "--article", "999"], "no article 999."),
        (["tags", "merge", "汽车", "--into", "汽车"], "“汽车” cannot be merged into itself"),
    ],
    ids=["tag-no-article", "untag", "merge-self"],
)
def test_a_command_that_would_do_nothing_says_why(run, args, message):
    assert run("tags", "create", "汽车")[0] == 0
    code, out, err = run(*args)
    assert code == exit_codes.BAD_INPUT
    assert out == ""
    assert message in err
    _, tags, _ = run("tags", "list")
    assert "汽车  (0)" in tags  # nothing was tagged, and the tag is still there


def test_add_and_remove_say_how_many_articles(run):
    code, out, _ = run("tags", "add", "汽车", "--article", "1", "--article", "2")
    assert (code, out) == (0, "“汽车” added to 2 articles\n")
    code, out, _ = run("tags", "remove", "汽车", "--article", "2")
    assert (code, out) == (0, "“汽车” removed from 1 article\n")
    assert _tags(run)["汽车"]["count"] == 1


def test_add_needs_articles(run):
    code, _, err = run("tags", "add", "汽车")
    assert code == exit_codes.BAD_INPUT
    assert err == "error: Say which articles: --article ID … or --search QUERY.\n"


def test_a_tag_through_its_life(run):
    assert run("tags", "create", "交通", "--color", "#336699")[0] == 0
    assert run("tags", "rename", "交通", "出行")[0] == 0
    assert run("tags", "color", "出行", "#993366")[0] == 0
    assert run("tags", "add", "出行", "--article", "1")[0] == 0
    assert run("tags", "add", "公交", "--article", "2")[0] == 0
    assert run("tags", "merge", "公交", "--into", "出行")[0] == 0
    tags = _tags(run)
    assert set(tags) == {"出行"}
    assert (tags["出行"]["color"], tags["出行"]["count"]) == ("#993366", 2)
    _, listed, _ = run("tags", "list")
    assert listed == "#993366  出行  (2)\n"
    code, out, _ = run("tags", "delete", "出行")
    assert (code, out) == (0, "tag “出行” deleted (it was on 2 articles)\n")
    assert _tags(run) == {}


def test_suggest_names_the_words_behind_each_topic(run):
    code, out, _ = run("tags", "suggest", "1", "--json")
    assert code == 0
    found = json.loads(out)
    assert found and set(found[0]) == {"topic", "score", "triggers", "from"}
    code, text, _ = run("tags", "suggest", "1")
    assert code == 0 and found[0]["topic"] in text
