"""export references: a tag's articles, a search's, an issue's or chosen ones, to a file."""

import json

import pytest

from desktop.services.exports.references import LANGUAGE


def test_a_tags_articles_go_into_one_csl_json_file(run, tmp_path):
    assert run("tags", "add", "廉政", "--article", "1", "--article", "3")[0] == 0
    out = tmp_path / "refs.json"
    code, stdout, _ = run("export", "references", "--format", "csl-json", "--tag", "廉政",
                          "--out", str(out))  # fmt: skip
    assert code == 0 and f"written to {out}" in stdout
    items = json.loads(out.read_text("utf-8"))
    assert [i["title"] for i in items] == [
        "共同营造风清气正的政治生态",
        "嘉定区世界级汽车产业中心建设年度工作会议召开 持续擦亮“汽车嘉定”品牌",
    ]
    assert all(i["container-title"] == "嘉定报" and i["language"] == LANGUAGE for i in items)
    assert all(i["author"] == [{"family": "俞", "given": "超"}] for i in items)


def test_an_issue_as_ris_and_a_search_as_bibtex(run, tmp_path):
    code, ris, _ = run("export", "references", "--format", "ris", "--issue", "1")
    assert code == 0 and ris.count("TY  - NEWS") == 6 and ris.count("ER  - ") == 6
    code, bib, _ = run("export", "references", "--format", "bibtex", "--search", "以铜为镜")
    assert code == 0 and bib.startswith("@article{") and "journal = {嘉定报}" in bib


def test_a_choice_is_needed_and_must_exist(run):
    code, _, err = run("export", "references", "--format", "ris")
    assert code == 3 and "Say which articles" in err
    code, _, err = run("export", "references", "--format", "ris", "--tag", "无此标签")
    assert code == 3 and "There is no tag “无此标签”" in err
    code, _, err = run("export", "references", "--format", "ris", "--article", "9999")
    assert code == 3 and "There is no article 9999" in err
    with pytest.raises(SystemExit) as exit_status:
        run("export", "references", "--format", "endnote", "--article", "1")
    assert exit_status.value.code == 2
