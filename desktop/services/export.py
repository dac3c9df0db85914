"""Exports: annotations as Markdown, CSV or JSON; articles as Markdown or plain text. Every item
carries its citation. File text is data: CSV cells that a spreadsheet would run as a formula
are neutralised."""

from __future__ import annotations

import csv
import errno
import io
import json
import os
import re
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Literal

from desktop.services.annotations import AnnotationRow
from desktop.services.articles import ArticleView
from desktop.services.citation import cite
from desktop.services.errors import InvalidInput

AnnotationFormat = Literal["markdown", "csv", "json"]
ArticleFormat = Literal["markdown", "text"]
# What makes Excel, WPS or LibreOffice read a cell as a formula (`;` as well: where `;` is the
# list separator, a cell can start a formula with it). Spreadsheets skip leading blanks.
_FORMULA_START = (";", "=", "+", "-", "@", "\t", "\r")
# Excel and WPS take a CSV file without a byte order mark for the ANSI code page (GBK on a
# Chinese system), which garbles every Chinese character.
CSV_BOM = "\ufeff"


def safe_cell(value: object) -> str:
    """A CSV cell a spreadsheet shows as text: `=1+1` becomes `'=1+1`, and so does ` =1+1`."""
    text = "" if value is None else str(value)
    if text.startswith(_FORMULA_START) or text.lstrip().startswith(_FORMULA_START):
        return "'" + text
    return text


def annotation_citation(row: AnnotationRow) -> str:
    return cite(row.authors, row.article_title, row.paper, row.date)


def _annotation_record(row: AnnotationRow) -> dict[str, object]:
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


_MD_INLINE = str.maketrans({c: "\\" + c for c in "\\`*_{}[]<>#|!~&"})
# A line starting with these would become a list, a rule (---), a heading underline (===), or
# after a number (`2023. `) an ordered list.
_MD_LINE_START = re.compile(r"[-+=]|[0-9]{1,9}(?=[.)])")
# Leading blanks make indented code; as character references they are text.
_MD_INDENT = {" ": "&#32;", "\t": "&#9;"}


def _md_line(line: str) -> str:
    body = line.lstrip(" \t")
    indent = "".join(_MD_INDENT[c] for c in line[: len(line) - len(body)])
    body = body.translate(_MD_INLINE)
    start = _MD_LINE_START.match(body)
    if start is not None:
        end = start.end()
        body = body[:end] + "\\" + body[end:] if body[:1].isdigit() else "\\" + body
    return indent + body


def _md_escape(text: str) -> str:
    """Text from the library as Markdown text: nothing in it becomes structure (a heading,
    list, rule, code block, link, image or HTML), whatever line of it it is on."""
    return "\n".join(_md_line(line) for line in text.split("\n"))


def annotations_markdown(rows: Iterable[AnnotationRow]) -> str:
    lines = ["# 批注 Annotations", ""]
    current = None
    for row in rows:
        group = (row.paper, row.date, row.article_title, row.highlight.article_key)
        if group != current:
            current = group
            lines += [
                f"## {_md_escape(row.article_title or '（无题）')}",
                "",
                f"*{_md_escape(annotation_citation(row))}*",
                "",
            ]
        h = row.highlight
        quote = "\n".join("> " + _md_escape(x) for x in h.quote.splitlines() or [""])
        marker = f"（{h.color}{'，未定位 orphaned' if h.orphaned else ''}）"
        lines += [quote + "  ", "> " + marker, ""]
        if h.note:
            lines += [_md_escape(h.note), ""]
    return "\n".join(lines).rstrip() + "\n"


def annotations_csv(rows: Iterable[AnnotationRow]) -> str:
    buffer = io.StringIO()
    fields = ["id", "paper", "date", "article", "authors", "quote", "note", "color", "orphaned",
              "created_at", "updated_at", "citation"]  # fmt: skip
    buffer.write(CSV_BOM)
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(fields)
    for row in rows:
        record = _annotation_record(row)
        record["authors"] = "、".join(row.authors)
        writer.writerow([safe_cell(record[f]) for f in fields])
    return buffer.getvalue()


def annotations_json(rows: Iterable[AnnotationRow]) -> str:
    return json.dumps([_annotation_record(r) for r in rows], ensure_ascii=False, indent=2) + "\n"


def export_annotations(rows: Iterable[AnnotationRow], fmt: AnnotationFormat) -> str:
    rows = list(rows)
    return {"markdown": annotations_markdown, "csv": annotations_csv, "json": annotations_json}[
        fmt
    ](rows)


def article_citation(view: ArticleView) -> str:
    a = view.article
    page = a.continued_to if a.kind == "teaser" else None
    return cite(
        a.author_list, a.title or view.label, view.paper, view.date, subtitle=a.subtitle, page=page
    )


def export_articles(views: Iterable[ArticleView], fmt: ArticleFormat) -> str:
    out: list[str] = []
    for view in views:
        a = view.article
        if fmt == "markdown":
            if a.kicker:
                out.append(f"*{_md_escape(a.kicker)}*\n")
            out.append(f"# {_md_escape(a.title or view.label)}\n")
            if a.subtitle:
                out.append(f"**{_md_escape(a.subtitle)}**\n")
            out.append(f"*{_md_escape(article_citation(view))}*\n")
            for block in a.block_list:
                prefix = "### " if block["type"] == "subheading" else ""
                out.append(prefix + _md_escape(block["text"]) + "\n")
            out.append("---\n")
        else:
            out += [x for x in (a.kicker, a.title or view.label, a.subtitle) if x]
            out.append(article_citation(view))
            out.append("")
            out += [b["text"] for b in a.block_list]
            out.append("\n" + "=" * 40 + "\n")
    return "\n".join(out)


def write_atomically(path: Path, text: str) -> None:
    """Write the whole file or nothing: a crash or a full disk never leaves half an export.
    A place that cannot be written to is an InvalidInput that says why."""
    if path.is_dir():
        raise InvalidInput(
            f"{path} is a folder: name the file to write, such as {path / 'export.md'}."
        )
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as error:
        raise _cannot_write(path, error) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException as error:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise _cannot_write(path, error) from None
        raise


def _cannot_write(path: Path, error: OSError) -> InvalidInput:
    if error.errno == errno.ENOSPC:
        return InvalidInput(f"The disk is full: {path} was not written. Free some space first.")
    if isinstance(error, (FileExistsError, NotADirectoryError)):
        return InvalidInput(
            f"{path} cannot be written: a part of its path is a file, not a folder."
        )
    if isinstance(error, PermissionError):
        return InvalidInput(f"{path} cannot be written (permission denied): choose another place.")
    return InvalidInput(f"{path} cannot be written ({error.strerror}): choose another place.")
