"""people: who the articles name, as a list a script can read."""

import json


def test_people_of_an_issue_as_json(run):
    code, out, _ = run("people", "--issue", "1", "--json")
    assert code == 0
    people = json.loads(out)
    assert people and set(people[0]) == {"name", "count", "titles", "articles"}
    counts = [p["count"] for p in people]
    assert counts == sorted(counts, reverse=True)  # most named first
    by_name = {p["name"]: p for p in people}
    assert "区委书记" in by_name["陆方舟"]["titles"]
    assert run("people", "--issue", "99")[0] == 3


def test_people_for_a_person_count_mentions_and_articles(run):
    code, out, _ = run("people", "--issue", "1")
    assert code == 0
    line = next(row for row in out.splitlines() if row.startswith("陆方舟"))
    assert "区委书记" in line and " mention" in line and line.endswith(("article", "articles"))
