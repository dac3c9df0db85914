"""The PDFs an issue was read from, kept in the library beside its text (table issue_file):
a re-parse reads their layout again, and the page view draws their pages from them.

They live in the library file itself rather than in a folder beside it: an issue and its files
are written in one transaction, so neither is ever there without the other, and a backup (a
copy of the one file) and its restore keep them with no second place to look after."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlmodel import Session, select

from desktop.ingest.decode import IngestError
from desktop.ingest.lines import SourceLine
from desktop.ingest.pdf_pages import PdfFile, issue_lines, read_pdf_file
from desktop.store.models import IssueFile

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class StoredPage:
    """One printed page of an issue: which kept file holds it, and where in that file."""

    page: int
    file_id: int
    index: int  # 0-based page of the file


DataOf = Callable[[PdfFile], bytes]
"""A file's bytes, read again when they are written: an import of many PDFs holds their lines,
not their bytes, until each issue is written."""


def keep_files(session: Session, issue_id: int, files: Sequence[PdfFile], data_of: DataOf) -> None:
    for file in files:
        session.add(
            IssueFile(
                issue_id=issue_id,
                sha256=file.sha256,
                name=file.name,
                pages=json.dumps(list(file.pages)),
                data=data_of(file),
            )
        )
    session.flush()


def stored_files(session: Session, issue_id: int) -> list[IssueFile]:
    return list(
        session.exec(
            select(IssueFile).where(IssueFile.issue_id == issue_id).order_by(IssueFile.id)
        ).all()
    )


def file_issue(session: Session, sha256: str) -> int | None:
    """The issue a file of these bytes was read into, if any."""
    return session.exec(select(IssueFile.issue_id).where(IssueFile.sha256 == sha256)).first()


def read_files(rows: Sequence[IssueFile]) -> list[PdfFile]:
    """The kept files read again (IngestError if one no longer reads: a newer PDFium)."""
    return [read_pdf_file(row.data, row.name) for row in rows]


def stored_lines(session: Session, issue_id: int) -> list[SourceLine] | None:
    """The issue's lines read from its kept PDFs, in page order; None if it has none (an issue
    of text or saved pages) or they no longer read (its stored text is parsed then)."""
    rows = stored_files(session, issue_id)
    if not rows:
        return None
    try:
        return issue_lines(read_files(rows))
    except IngestError as error:
        log.warning("issue %s: its PDFs no longer read (%s); parsing its text", issue_id, error)
        return None


def stored_pages(rows: Sequence[IssueFile]) -> list[StoredPage]:
    """The issue's printed pages in page order, each with the file that holds it."""
    pages = [
        StoredPage(page, row.id or 0, index)
        for row in rows
        for index, page in enumerate(row.page_list)
    ]
    return sorted(pages, key=lambda p: (p.page, p.file_id, p.index))
