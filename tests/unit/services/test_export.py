import csv
import io
import json

import pytest

from desktop.services import annotations, export
from desktop.services.annotations import AnnotationFilters
from desktop.services.articles import get_article, list_articles
from desktop.services.citation import cite
from desktop.services.errors import InvalidInput
from desktop.services.search import search
from tests.helpers.filesystems import read_only_folder, tiny_filesystem


def test_citation_gb_t_7714_newspaper():
    assert cite(["俞超"], "共同营造风清气正的政治生态", "嘉定报", "2023-05-16", page="1") == (
        "俞超. 共同营造风清气正的政治生态[N]. 嘉定报, 2023-05-16(1)."
    )
    assert cite(["甲", "乙", "丙", "丁"], "题", "报", None) == "甲, 乙, 丙, 等. 题[N]. 报."
    assert cite([], None, None, None) == "（无题）[N]."


def _annotate(db, segmenter):
    hit = search(db, segmenter, "以铜为镜", limit=1).hits[0]
    annotations.highlight_quote(db, hit.article_id, "以铜为镜，可以正衣冠", note='=HYPERLINK("x")')
    annotations.highlight_quote(db, hit.article_id, "以人为镜", color="blue")
    return annotations.list_annotations(db, AnnotationFilters())


def test_annotations_as_json_carry_citations(db, segmenter):
    rows = _annotate(db, segmenter)
    data = json.loads(export.export_annotations(rows, "json"))
    assert {d["quote"] for d in data} == {"以铜为镜，可以正衣冠", "以人为镜"}
    assert all(
        d["citation"] == "俞超. 共同营造风清气正的政治生态[N]. 嘉定报, 2023-05." for d in data
    )


def test_annotations_as_csv_neutralise_formulas(db, segmenter):
    rows = _annotate(db, segmenter)
    table = list(csv.DictReader(io.StringIO(export.export_annotations(rows, "csv"))))
    note = next(r["note"] for r in table if r["note"])
    assert note == '\'=HYPERLINK("x")'
    assert all(r["citation"].endswith("[N]. 嘉定报, 2023-05.") for r in table)
    assert (
        export.safe_cell("-1") == "'-1"
        and export.safe_cell("+") == "'+"
        and export.safe_cell("@a") == "'@a"
    )


def test_annotations_as_markdown_escape_text(db, segmenter):
    rows = _annotate(db, segmenter)
    md = export.export_annotations(rows, "markdown")
    assert "## 共同营造风清气正的政治生态" in md
    assert "> 以铜为镜，可以正衣冠" in md
    assert "*俞超. 共同营造风清气正的政治生态\\[N\\]. 嘉定报, 2023-05.*" in md


def test_articles_as_markdown_and_text(db):
    view = get_article(db, list_articles(db)[0].id)
    md = export.export_articles([view], "markdown")
    assert md.startswith("*嘉定区全面从严治党警示教育大会举行")
    assert "# 共同营造风清气正的政治生态" in md
    text = export.export_articles([view], "text")
    assert "俞超. 共同营造风清气正的政治生态[N]. 嘉定报, 2023-05." in text
    assert view.article.text.split("\n")[0] in text


def test_written_exports_are_whole_or_absent(tmp_path):
    target = tmp_path / "out" / "notes.md"
    export.write_atomically(target, "内容")
    assert target.read_text("utf-8") == "内容"
    assert [p.name for p in target.parent.iterdir()] == ["notes.md"]


def test_csv_cells_that_would_run_as_formulas_are_neutralised():
    for cell in (";cmd", "=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", "  =1+1", " ;x"):
        assert export.safe_cell(cell) == "'" + cell
    for cell in ("以铜为镜", "1-2", "a=b", ""):
        assert export.safe_cell(cell) == cell


def test_csv_starts_with_a_byte_order_mark_for_excel_and_wps(db, segmenter, tmp_path):
    rows = _annotate(db, segmenter)
    target = tmp_path / "notes.csv"
    export.write_atomically(target, export.export_annotations(rows, "csv"))
    assert target.read_bytes().startswith(b"\xef\xbb\xbfid,paper,date,")


NOTE_WITH_STRUCTURE = (
    "---\n- 列表\n+ 列表\n* 列表\n1. 编号\n2023) 年份\n# 标题\n===\n    缩进代码\n\t制表符\n"
    "[链接](https://example.com)\n![图](x.png)\n<script>x</script>\n```\n~~~\n> 引用\n| 表 |\n&amp;"
)


def test_markdown_notes_cannot_add_structure(db, segmenter):
    hit = search(db, segmenter, "以铜为镜", limit=1).hits[0]
    annotations.highlight_quote(db, hit.article_id, "以铜为镜", note=NOTE_WITH_STRUCTURE)
    md = export.export_annotations(
        annotations.list_annotations(db, AnnotationFilters()), "markdown"
    )
    note = md.split("> （yellow）\n\n", 1)[1].rstrip("\n").split("\n")
    assert note == [
        "\\---", "\\- 列表", "\\+ 列表", "\\* 列表", "1\\. 编号", "2023\\) 年份", "\\# 标题",
        "\\===", "&#32;&#32;&#32;&#32;缩进代码", "&#9;制表符",
        "\\[链接\\](https://example.com)", "\\!\\[图\\](x.png)", "\\<script\\>x\\</script\\>",
        "\\`\\`\\`", "\\~\\~\\~", "\\> 引用", "\\| 表 \\|", "\\&amp;",
    ]  # fmt: skip


def test_a_place_that_cannot_be_written_is_named_with_the_reason(tmp_path):
    a_file = tmp_path / "notes.md"
    a_file.write_text("旧", "utf-8")
    with pytest.raises(InvalidInput, match="a part of its path is a file, not a folder"):
        export.write_atomically(a_file / "x.md", "内容")
    with pytest.raises(InvalidInput, match="is a folder: name the file to write"):
        export.write_atomically(tmp_path, "内容")
    with (
        read_only_folder(tmp_path / "ro", {}) as folder,
        pytest.raises(InvalidInput, match="cannot be written"),
    ):
        export.write_atomically(folder / "x.md", "内容")
    with tiny_filesystem(tmp_path / "tiny", 64) as folder:
        with pytest.raises(InvalidInput, match="The disk is full"):
            export.write_atomically(folder / "x.md", "内容" * 100_000)
        assert list(folder.iterdir()) == []  # no half file, no temporary left behind
    assert a_file.read_text("utf-8") == "旧"
