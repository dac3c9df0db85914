"""E-paper PDFs as papers publish them: one file per page (`2024-05-28_01.pdf`,
`jdb20240528_02.pdf`), or several pages in one file. A file's paper, date and printed page
numbers (版) come from its page headers, else from its file name; the files of one paper and
date are one issue, their pages in page order.

A line's page is the printed page, not the page of the file: page 2 of an issue is page 2
whichever file it came in.
"""

from __future__ import annotations

import hashlib
import re
import string
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import PurePath

import pypdfium2 as pdfium

from desktop.ingest.chrome import cn_number, page_header
from desktop.ingest.html_facts import date_of, paper_of
from desktop.ingest.lines import SourceLine
from desktop.ingest.papers import PaperTable, bundled_papers
from desktop.ingest.pdf import read_pdf

_HEADER_LINES = 4  # a page's header is among its first lines
# The page in a file name, once its date is taken out: the last number of one to three digits
# after a separator (`2024-05-28_01`, `jdb20240528_02`, `rmrb-2024-05-28-p3`), or `第3版`.
_PAGE_IN_NAME = re.compile(
    r"(?:第(?P<cn>[0-9一二三四五六七八九十]{1,3})版|[_\-.\s][pPbB]?(?P<n>\d{1,3}))$"
)
_DATE_IN_NAME = re.compile(r"(?<!\d)(?:19|20)\d\d(?:[-_.]?\d\d){2}(?!\d)")


@dataclass(frozen=True)
class PdfFile:
    """One PDF file read: its lines (each on its printed page) and what it says of its issue."""

    name: str
    sha256: str
    paper: str | None
    date: str | None  # ISO, as precise as the file tells
    pages: tuple[int, ...]  # the printed page of each of the file's pages, in file order
    numbered: bool  # its page numbers were printed or named, not only counted
    lines: tuple[SourceLine, ...]


def read_pdf_file(data: bytes, name: str, *, papers: PaperTable | None = None) -> PdfFile:
    """The file's lines and facts; IngestError (pdf.py) if it cannot be read."""
    papers = papers or bundled_papers()
    lines = read_pdf(data, name)
    described = _described(data)
    count = max(line.page or 1 for line in lines)
    heads: dict[int, list[str]] = {}
    for line in lines:
        first = heads.setdefault(line.page or 1, [])
        if len(first) < _HEADER_LINES:
            first.append(line.text)
    printed: list[int | None] = [_printed_page(heads.get(n, [])) for n in range(1, count + 1)]
    if count == 1 and printed[0] is None:
        printed[0] = _printed_page(described) or _page_in_name(name)
    # A file of several pages is a run of pages even where they print no number.
    numbered = count > 1 or printed[0] is not None
    # Pages without a printed number are counted on from the file's first numbered one (or 1).
    start = next((p - i for i, p in enumerate(printed) if p is not None), 1)
    pages = [start + i if p is None else p for i, p in enumerate(printed)]
    header_text = [t for n in sorted(heads) for t in heads[n]] + described
    date = _header_date(header_text) or date_of(header_text, {}, "", PurePath(name).stem)
    by_page = dict(enumerate(pages, start=1))
    return PdfFile(
        name=name,
        sha256=hashlib.sha256(data).hexdigest(),
        paper=paper_of(header_text, {}, PurePath(name).stem, papers),
        date=date,
        pages=tuple(pages),
        numbered=numbered,
        lines=tuple(replace(x, page=by_page.get(x.page or 1, x.page)) for x in lines),
    )


def _described(data: bytes) -> list[str]:
    """What the file's own description (title, subject, keywords) says, as header lines: an
    e-paper's PDF is often titled `人民日报 2024年01月13日 第02版`."""
    doc = pdfium.PdfDocument(data)
    try:
        meta = doc.get_metadata_dict(skip_empty=True)
    finally:
        doc.close()
    return [meta[key].strip() for key in ("Title", "Subject", "Keywords") if key in meta]


def _printed_page(head: Sequence[str]) -> int | None:
    for text in head:
        header = page_header(text)
        if header is not None and header.page:
            number = _number(header.page)
            if number:
                return number
    return None


def _header_date(head: Sequence[str]) -> str | None:
    for text in head:
        header = page_header(text)
        if header is not None and header.date:
            y, m, d = header.date
            return f"{y:04d}-{m:02d}-{d:02d}"
    return None


def _page_in_name(name: str) -> int | None:
    m = _PAGE_IN_NAME.search(_DATE_IN_NAME.sub("", PurePath(name).stem))
    if not m:
        return None
    return _number(m.group("cn") or m.group("n")) or None


def _number(text: str) -> int:
    text = unicodedata.normalize("NFKC", text).lstrip(string.ascii_letters)  # `A3`: page 3
    return int(text) if text.isdigit() else cn_number(text)


def name_family(name: str) -> str:
    """A file's name without its date and page: what the page files of one paper share
    (`jdb20240528_02.pdf` → `jdb`)."""
    stem = _DATE_IN_NAME.sub("", PurePath(name).stem)
    return _PAGE_IN_NAME.sub("", stem).strip(" _-.").lower()


def issue_key(file: PdfFile) -> tuple[str, str] | None:
    """What makes files one issue: the same paper and day; of a paper not known by name, the
    same day and the same name but for date and page (`?jdb`). None: the file is an issue
    alone (no day, or pages that are only counted)."""
    if not file.date or len(file.date) != 10 or not file.numbered:
        return None
    return file.paper or f"?{name_family(file.name)}", file.date


def group_files(files: Iterable[PdfFile]) -> list[list[PdfFile]]:
    """Files of one paper and day together, each group in page order; the others alone."""
    groups: dict[object, list[PdfFile]] = {}
    for file in files:
        key = issue_key(file)
        groups.setdefault(key if key is not None else ("alone", file.sha256), []).append(file)
    return [sorted(group, key=lambda f: (f.pages[0], f.name)) for group in groups.values()]


def repeated_pages(files: Sequence[PdfFile]) -> dict[int, list[str]]:
    """Pages more than one of the files holds, with the files' names."""
    holders: dict[int, list[str]] = {}
    for file in files:
        for page in set(file.pages):
            holders.setdefault(page, []).append(file.name)
    return {page: names for page, names in holders.items() if len(names) > 1}


def issue_lines(files: Sequence[PdfFile]) -> list[SourceLine]:
    """The issue's lines: the files' pages in page order."""
    ordered = sorted(files, key=lambda f: (f.pages[0], f.name))
    return [line for file in ordered for line in file.lines]


def issue_sha256(files: Sequence[PdfFile]) -> str:
    """The issue's identity, which user data names it by. Page files of one paper and day are
    named by that paper and day, so the issue is the same one whichever of its pages came first
    or together; a file that is an issue alone, by its bytes, as any other file."""
    key = issue_key(files[0])
    if key is not None:
        paper, date = key
        return hashlib.sha256(f"e-paper pages\n{paper}\n{date}".encode()).hexdigest()
    (alone,) = files  # files without a paper's day are never grouped
    return alone.sha256


def issue_source(files: Sequence[PdfFile]) -> str:
    ordered = sorted(files, key=lambda f: (f.pages[0], f.name))
    return ordered[0].name if len(ordered) == 1 else f"{ordered[0].name} …"
