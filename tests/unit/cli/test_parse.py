"""The command line as a user meets it: `python -m desktop …` in a subprocess."""

import json
import subprocess
import sys

import pytest

from tests.helpers.articles import SEEDS

CONTRACT_ARTICLE_KEYS = {
    "kind", "section", "column", "kicker", "title", "subtitle", "authors", "source",
    "blocks", "continued_to", "continued_from",
}  # fmt: skip


def run(*args, cwd=None):
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        timeout=60,
    )


def test_parse_json_prints_the_contract_object():
    seed = next(SEEDS.glob("003_*.txt"))
    result = run("parse", str(seed), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["source"] == seed.name
    assert data["encoding"] == "utf-8"
    assert (data["paper"], data["date"]) == ("青浦报", "2025-03")
    assert len(data["sha256"]) == 64
    assert "坚定信心" in result.stdout  # UTF-8, not \\u escapes
    for article in data["articles"]:
        assert set(article) >= CONTRACT_ARTICLE_KEYS
        assert all(b["type"] in ("paragraph", "subheading") for b in article["blocks"])
    kinds = [a["kind"] for a in data["articles"]]
    assert kinds.count("teaser") == 2


def test_parse_outline_is_readable():
    seed = next(SEEDS.glob("001_*.txt"))
    result = run("parse", str(seed))
    assert result.returncode == 0
    assert "paper: 嘉定报  date: 2023-06" in result.stdout
    assert "title     把党建触角延伸到基层“细胞”中" in result.stdout
    assert "jumps     to page 2" in result.stdout
    assert "authors   俞超, 李华成" in result.stdout


def test_outline_shows_the_bundled_seeds_from_anywhere(tmp_path):
    result = run("outline", cwd=tmp_path)  # not only from the checkout
    assert result.returncode == 0, result.stderr
    for seed in SEEDS.glob("*.txt"):
        assert seed.name in result.stdout


@pytest.mark.parametrize(
    ("content", "words"),
    [(b"", "the file is empty"), (b"%PDF-1.4\n", "PDF"), (None, "does not exist")],
    ids=["empty", "pdf", "missing"],
)
def test_bad_file_is_one_clear_line_on_stderr(tmp_path, content, words):
    path = tmp_path / "bad.txt"
    if content is not None:
        path.write_bytes(content)
    result = run("parse", str(path), "--json")
    assert result.returncode == 3
    assert result.stdout == ""
    assert result.stderr.startswith("error: bad.txt: ")
    assert words in result.stderr
    assert "Traceback" not in result.stderr


def test_usage_error_exits_2():
    result = run("parse")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
