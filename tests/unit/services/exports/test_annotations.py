"""Annotations as Markdown, CSV and JSON: each with its citation, and nothing in a note runs
as a formula or becomes Markdown structure."""

import csv
import io
import json

from desktop.services import annotations
from desktop.services.annotations import AnnotationFilters
from desktop.services.exports import export_annotations
from desktop.services.exports.escaping import safe_cell
from desktop.services.exports.files import write_atomically
from desktop.services.search import search


def _annotate(db, segmenter):
    hit = search(db, segmenter, "以铜为镜", limit=1).hits[0]
    annotations.highlight_quote(db, hit.article_id, "以铜为镜，可以正衣冠", note='=HYPERLINK("x")')
    annotations.highlight_quote(db, hit.article_id, "以人为镜", color="blue")
    return annotations.list_annotations(db, AnnotationFilters())


def test_annotations_as_json_carry_citations(db, segmenter):
    rows = _annotate(db, segmenter)
    data = json.loads(export_annotations(rows, "json"))
    assert {d["quote"] for d in data} == {"以铜为镜，可以正衣冠", "以人为镜"}
    assert all(
        d["citation"] == "俞超. 共同营造风清气正的政治生态[N]. 嘉定报, 2023-05." for d in data
    )


def test_annotations_as_csv_neutralise_formulas(db, segmenter):
    rows = _annotate(db, segmenter)
    table = list(csv.DictReader(io.StringIO(export_annotations(rows, "csv"))))
    note = next(r["note"] for r in table if r["note"])
    assert note == '\'=HYPERLINK("x")'
    assert all(r["citation"].endswith("[N]. 嘉定报, 2023-05.") for r in table)
    assert safe_cell("-1") == "'-1" and safe_cell("+") == "'+" and safe_cell("@a") == "'@a"


def test_annotations_as_markdown_escape_text(db, segmenter):
    rows = _annotate(db, segmenter)
    md = export_annotations(rows, "markdown")
    assert "## 共同营造风清气正的政治生态" in md
    assert "> 以铜为镜，可以正衣冠" in md
    assert "*俞超. 共同营造风清气正的政治生态\\[N\\]. 嘉定报, 2023-05.*" in md


def test_csv_starts_with_a_byte_order_mark_for_excel_and_wps(db, segmenter, tmp_path):
    rows = _annotate(db, segmenter)
    target = tmp_path / "notes.csv"
    write_atomically(target, export_annotations(rows, "csv"))
    assert target.read_bytes().startswith(b"\xef\xbb\xbfid,paper,date,")


NOTE_WITH_STRUCTURE = (
    "---\n- 列表\n+ 列表\n* 列表\n1. 编号\n2023) 年份\n# 标题\n===\n    缩进代码\n\t制表符\n"
    "[链接](https://example.com)\n![图](x.png)\n<script>x</script>\n```\n~~~\n> 引用\n| 表 |\n&amp;"
)


def test_markdown_notes_cannot_add_structure(db, segmenter):
    hit = search(db, segmenter, "以铜为镜", limit=1).hits[0]
    annotations.highlight_quote(db, hit.article_id, "以铜为镜", note=NOTE_WITH_STRUCTURE)
    md = export_annotations(annotations.list_annotations(db, AnnotationFilters()), "markdown")
    note = md.split("> （yellow）\n\n", 1)[1].rstrip("\n").split("\n")
    assert note == [
        "\\---", "\\- 列表", "\\+ 列表", "\\* 列表", "1\\. 编号", "2023\\) 年份", "\\# 标题",
        "\\===", "&#32;&#32;&#32;&#32;缩进代码", "&#9;制表符",
        "\\[链接\\](https://example.com)", "\\!\\[图\\](x.png)", "\\<script\\>x\\</script\\>",
        "\\`\\`\\`", "\\~\\~\\~", "\\> 引用", "\\| 表 \\|", "\\&amp;",
    ]  # fmt: skip
