"""The three forms an issue arrives in — text, an e-paper PDF, a saved web page — are parsed
with one contract and imported alike, from the command line as from the window."""

import json

from desktop.cli import main
from tests.helpers.pdfs import Page, Story, render
from tests.unit.ingest.test_html import founder_page

STORY = Story(
    heads=[("kicker", "冬闲变冬忙——"), ("title", "冬日田野备春耕")],
    paragraphs=[
        "本报讯（记者 王珂）当前各地正抓住冬闲时节，组织农资企业加快化肥、种子的调运与储备。",
        "据介绍，全国冬春化肥储备已达年度计划的八成以上，主要农作物种子供应总体充足。",
    ],
)


def test_a_pdf_and_a_saved_page_parse_to_the_contract_and_import(tmp_path, capsys):
    pdf = tmp_path / "第01版.pdf"
    pdf.write_bytes(
        render([Page(header=["人民日报 2024年01月13日 第01版：要闻"], stories=[STORY])])
    )
    page = tmp_path / "content_1.htm"
    page.write_bytes(founder_page(STORY, "嘉定报", "2024-01-13", 2, "要闻"))
    for path, encoding in ((pdf, "pdf"), (page, "html/")):
        assert main(["parse", str(path), "--json"]) == 0
        issue = json.loads(capsys.readouterr().out)
        assert issue["encoding"].startswith(encoding)
        titles = [a["title"] for a in issue["articles"]]
        assert "冬日田野备春耕" in titles, titles
        article = issue["articles"][titles.index("冬日田野备春耕")]
        assert article["authors"] == ["王珂"] and article["kicker"] == "冬闲变冬忙——"
    home = str(tmp_path / "home")
    assert main(["import", str(tmp_path), "--data-dir", home]) == 0  # a folder holding both
    out = capsys.readouterr().out
    assert "2 added" in out
