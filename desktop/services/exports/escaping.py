"""Text from the library as data in another format: CSV cells no spreadsheet runs as a
formula, Markdown in which nothing becomes structure."""

from __future__ import annotations

import re

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


def md_escape(text: str) -> str:
    """Text from the library as Markdown text: nothing in it becomes structure (a heading,
    list, rule, code block, link, image or HTML), whatever line of it it is on."""
    return "\n".join(_md_line(line) for line in text.split("\n"))
