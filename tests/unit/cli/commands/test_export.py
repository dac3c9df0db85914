"""export annotations / articles / references / briefing: to a file, or printed."""

import io
import json

import pytest
from docx import Document

from desktop.cli import exit_codes
from desktop.services.exports.references import LANGUAGE


def test_export_to_a_folder_says_so(run, tmp_path):
    code, _, err = run("export", "annotations", "--out", str(tmp_path))
    assert code == exit_codes.BAD_INPUT
    assert err == f"error: {tmp_path} is a folder: name the file to write, such as " \
        f"{tmp_path / 'export.md'}.\n"  # fmt: skip


def test_export_of_no_issue_says_why(run):
    code, out, err = run("export", "articles", "--issue", "99")
    assert code == exit_codes.BAD_INPUT
    assert out == ""
    assert "There is no issue 99" in err


def test_articles_are_printed_as_markdown_unless_told(run):
    code, out, _ = run("export", "articles", "--article", "3")
    assert code == 0
    assert out.startswith("#") and "嘉定报" in out
    code, text, _ = run("export", "articles", "--article", "3", "--format", "text")
    assert code == 0 and text != out


# ---- references ------------------------------------------------------------------------------


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


# ---- briefing --------------------------------------------------------------------------------


def test_a_briefing_of_chosen_articles_in_their_order(run, tmp_path):
    out = tmp_path / "简报.docx"
    code, stdout, _ = run("export", "briefing", "--format", "docx", "--article", "3",
                          "--article", "1", "--title", "要闻", "--unit", "区委办",
                          "--out", str(out))  # fmt: skip
    assert code == 0 and f"written to {out}" in stdout
    text = [p.text for p in Document(io.BytesIO(out.read_bytes())).paragraphs]
    assert text[0] == "要闻"
    headlines = [t for t in text if t.startswith(("1．", "2．"))]
    assert headlines[0].startswith("1．嘉定区世界级汽车产业中心") and headlines[1] == (
        "2．共同营造风清气正的政治生态"
    )
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


@pytest.mark.slow  # the PDF embeds a Chinese font; the DOCX briefing above is the fast one
def test_a_tags_articles_as_a_pdf_of_highlights(run, tmp_path):
    assert run("tags", "add", "要闻", "--article", "1", "--article", "2")[0] == 0
    out = tmp_path / "b.pdf"
    code, _, _ = run("export", "briefing", "--format", "pdf", "--tag", "要闻",
                     "--highlights-only", "--out", str(out))  # fmt: skip
    assert code == 0 and out.read_bytes().startswith(b"%PDF-")


def test_a_briefing_needs_a_file_and_a_choice(run, tmp_path):
    code, _, err = run("export", "briefing", "--format", "pdf", "--out", str(tmp_path / "x.pdf"))
    assert code == 3 and "Say which articles" in err
    assert not (tmp_path / "x.pdf").exists()
