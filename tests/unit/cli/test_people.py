"""people: who the articles name, as a list a script can read."""

import json

from desktop.cli import main


def test_people_of_an_issue_as_json(tmp_path, capsys):
    home = str(tmp_path / "home")
    assert main(["people", "--issue", "1", "--json", "--data-dir", home]) == 0
    people = json.loads(capsys.readouterr().out)
    assert people and set(people[0]) == {"name", "count", "titles", "articles"}
    counts = [p["count"] for p in people]
    assert counts == sorted(counts, reverse=True)  # most named first
    by_name = {p["name"]: p for p in people}
    assert "区委书记" in by_name["陆方舟"]["titles"]
    assert main(["people", "--issue", "99", "--data-dir", home]) == 3
