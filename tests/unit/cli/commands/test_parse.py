"""parse, outline: the parser's view of issue files, without a library."""

import json
import subprocess
import sys

import pytest

from tests.helpers.articles import SEEDS
from tests.helpers.pdfs import Page, Story, render
from tests.unit.ingest.test_html import founder_page

CONTRACT_ARTICLE_KEYS = {
    "kind", "section", "column", "kicker", "title", "subtitle", "authors", "source",
    "blocks", "continued_to", "continued_from",
}  # fmt: skip

STORY = Story(
    heads=[("kicker", "冬闲变冬忙——"), ("title", "冬日田野备春耕")],
    paragraphs=[
        "本报讯（记者 王珂）当前各地正抓住冬闲时节，组织农资企业加快化肥、种子的调运与储备。",
        "据介绍，全国冬春化肥储备已达年度计划的八成以上，主要农作物种子供应总体充足。",
    ],
)


def test_parse_json_prints_the_contract_object(cli):
    seed = next(SEEDS.glob("003_*.txt"))
    code, out, err = cli("parse", str(seed), "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["source"] == seed.name
    assert data["encoding"] == "utf-8"
    assert (data["paper"], data["date"]) == ("青浦报", "2025-03")
    assert len(data["sha256"]) == 64
    assert "坚定信心" in out  # UTF-8, not \\u escapes
    for article in data["articles"]:
        assert set(article) >= CONTRACT_ARTICLE_KEYS
        assert all(b["type"] in ("paragraph", "subheading") for b in article["blocks"])
    kinds = [a["kind"] for a in data["articles"]]
    assert kinds.count("teaser") == 2


def test_parse_outline_is_readable(cli):
    seed = next(SEEDS.glob("001_*.txt"))
    code, out, _ = cli("parse", str(seed))
    assert code == 0
    assert "paper: 嘉定报  date: 2023-06" in out
    assert "title     把党建触角延伸到基层“细胞”中" in out
    assert "jumps     to page 2" in out
    assert "authors   俞超, 李华成" in out


def test_outline_shows_the_bundled_seeds_from_anywhere(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # not only from the checkout
    code, out, err = cli("outline")
    assert code == 0, err
    for seed in SEEDS.glob("*.txt"):
        assert seed.name in out


@pytest.mark.parametrize(
    ("content", "words"),
    [(b"", "the file is empty"), (b"%PDF-1.4\n", "PDF"), (None, "does not exist")],
    ids=["empty", "pdf", "missing"],
)
def test_bad_file_is_one_clear_line_on_stderr(cli, tmp_path, content, words):
    path = tmp_path / "bad.txt"
    if content is not None:
        path.write_bytes(content)
    code, out, err = cli("parse", str(path), "--json")
    assert code == 3
    assert out == ""
    assert err.startswith("error: bad.txt: ")
    assert words in err
    assert "Traceback" not in err


def test_usage_error_exits_2(cli, capsys):
    with pytest.raises(SystemExit) as stopped:
        cli("parse")
    assert stopped.value.code == 2
    assert "Traceback" not in capsys.readouterr().err


def test_an_issue_file_cannot_drive_the_terminal(tmp_path, cli):
    issue = tmp_path / "\x1b[2Jissue.txt"
    issue.write_text(
        "嘉定报\n\n\x1b]0;owned\x07区里开会\u202e\n\n"
        + "本报讯 区里开了一个会，会上说了很多话。\n" * 20,
        "utf-8",
    )
    code, out, _ = cli("parse", str(issue))
    assert code == 0
    assert "\\x1b[2Jissue.txt" in out and "\\x1b]0;owned\\x07" in out and "\\u202e" in out
    assert not any(c in out for c in "\x1b\x07\u202e")


def test_a_pdf_and_a_saved_page_parse_to_the_contract(tmp_path, cli):
    """The three forms an issue arrives in — text, an e-paper PDF, a saved web page — are
    parsed with one contract."""
    pdf = tmp_path / "第01版.pdf"
    pdf.write_bytes(
        render([Page(header=["人民日报 2024年01月13日 第01版：要闻"], stories=[STORY])])
    )
    page = tmp_path / "content_1.htm"
    page.write_bytes(founder_page(STORY, "嘉定报", "2024-01-13", 2, "要闻"))
    for path, encoding in ((pdf, "pdf"), (page, "html/")):
        code, out, _ = cli("parse", str(path), "--json")
        assert code == 0
        issue = json.loads(out)
        assert issue["encoding"].startswith(encoding)
        titles = [a["title"] for a in issue["articles"]]
        assert "冬日田野备春耕" in titles, titles
        article = issue["articles"][titles.index("冬日田野备春耕")]
        assert article["authors"] == ["王珂"] and article["kicker"] == "冬闲变冬忙——"


@pytest.mark.slow
def test_parse_json_reaches_a_pipe_as_utf8():
    """Through a real pipe (not a test's capture): the Chinese text arrives as UTF-8."""
    seed = next(SEEDS.glob("003_*.txt"))
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "parse", str(seed), "--json"],
        capture_output=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "坚定信心".encode() in result.stdout
    assert json.loads(result.stdout.decode("utf-8"))["paper"] == "青浦报"
