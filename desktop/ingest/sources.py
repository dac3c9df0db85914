"""Which reader reads a file: an e-paper PDF, a saved web page, or issue text. Each gives the
parser source lines (a PDF's and a web page's with their page and type size), and the text the
library keeps of the issue (for search, and for a re-parse)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePath

from desktop.ingest.decode import MAX_BYTES, decode
from desktop.ingest.lines import SourceLine, text_lines

SUFFIXES = (".txt", ".pdf", ".html", ".htm")  # what an import of a folder takes
MAX_PDF_BYTES = 200 * 1024 * 1024  # e-paper PDFs carry their page images


@dataclass(frozen=True)
class Source:
    lines: list[SourceLine]
    text: str  # the issue's text as the library keeps it
    encoding: str  # "utf-8", "gb18030" …, "pdf", "html/<charset>"


def kind_of(name: str) -> str:
    """By the file's suffix: a PDF or markup in a file named .txt is text that was meant (or a
    file picked by mistake, which decode() names), never read as something else."""
    suffix = PurePath(name).suffix.lower()
    if suffix == ".pdf":
        return "pdf"
    if suffix in (".html", ".htm"):
        return "html"
    return "text"


def max_bytes_for(name: str) -> int:
    return MAX_PDF_BYTES if PurePath(name).suffix.lower() == ".pdf" else MAX_BYTES


def read_source(data: bytes, name: str, *, max_bytes: int = MAX_BYTES) -> Source:
    """The file's lines for the parser; an IngestError says why it cannot be read."""
    kind = kind_of(name)
    # The PDF and HTML readers (pypdfium2, selectolax) load when such a file first comes.
    if kind == "pdf":
        from desktop.ingest import pdf

        lines = pdf.read_pdf(data, name)
        return Source(lines, "\n".join(line.text for line in lines), pdf.ENCODING)
    if kind == "html":
        from desktop.ingest import html

        page = html.read_html(data, name)
        issue = next(html.group_issues([page]))
        lines = issue.lines
        return Source(lines, "\n".join(line.text for line in lines), page.encoding)
    decoded = decode(data, name, max_bytes=max_bytes)
    return Source(text_lines(decoded.text), decoded.text, decoded.encoding)
