"""search, and the filters it takes."""

import json


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


def test_a_date_range_that_is_right_still_searches(run):
    code, out, _ = run("search", "嘉定", "--from", "2023", "--to", "2023-06-30")
    assert code == 0 and "match" in out


def test_more_matches_than_shown_says_how_many_are_shown(run):
    code, out, _ = run("search", "书记陆", "--limit", "2")
    assert code == 0
    assert out.endswith("8 articles match; 2 shown\n")
    assert out.count("\n#") + out.startswith("#") == 2


def test_a_tag_filter_finds_only_tagged_articles(run):
    assert run("tags", "add", "汽车", "--article", "1")[0] == 0
    code, out, _ = run("search", "嘉定", "--tag", "汽车", "--json")
    assert code == 0
    assert [hit["article_id"] for hit in json.loads(out)] == [1]
