"""Annotations as Markdown, CSV or JSON, each with its citation."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence

from desktop.services.annotations import AnnotationRow
from desktop.services.citation import cite
from desktop.services.exports.escaping import CSV_BOM, md_escape, safe_cell


def annotation_citation(row: AnnotationRow) -> str:
    return cite(row.authors, row.article_title, row.paper, row.date)


def _record(row: AnnotationRow) -> dict[str, object]:
    h = row.highlight
    return {
        "id": h.id,
        "paper": row.paper,
        "date": row.date,
        "article": row.article_title,
        "authors": row.authors,
        "quote": h.quote,
        "note": h.note,
        "color": h.color,
        "orphaned": h.orphaned,
        "created_at": h.created_at,
        "updated_at": h.updated_at,
        "citation": annotation_citation(row),
    }


def annotations_markdown(rows: Sequence[AnnotationRow]) -> str:
    lines = ["# 批注 Annotations", ""]
    current = None
    for row in rows:
        group = (row.paper, row.date, row.article_title, row.highlight.article_key)
        if group != current:
            current = group
            lines += [
                f"## {md_escape(row.article_title or '（无题）')}",
                "",
                f"*{md_escape(annotation_citation(row))}*",
                "",
            ]
        h = row.highlight
        quote = "\n".join("> " + md_escape(x) for x in h.quote.splitlines() or [""])
        marker = f"（{h.color}{'，未定位 orphaned' if h.orphaned else ''}）"
        lines += [quote + "  ", "> " + marker, ""]
        if h.note:
            lines += [md_escape(h.note), ""]
    return "\n".join(lines).rstrip() + "\n"


def annotations_csv(rows: Sequence[AnnotationRow]) -> str:
    buffer = io.StringIO()
    fields = ["id", "paper", "date", "article", "authors", "quote", "note", "color", "orphaned",
              "created_at", "updated_at", "citation"]  # fmt: skip
    buffer.write(CSV_BOM)
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(fields)
    for row in rows:
        record = _record(row)
        record["authors"] = "、".join(row.authors)
        writer.writerow([safe_cell(record[f]) for f in fields])
    return buffer.getvalue()


def annotations_json(rows: Sequence[AnnotationRow]) -> str:
    return json.dumps([_record(r) for r in rows], ensure_ascii=False, indent=2) + "\n"
