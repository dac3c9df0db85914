"""E-paper PDFs into the library: the files of one paper and day become one issue, its pages
in page order, whether they come in one import or in several. A page that comes later joins
the issue already there: the issue is re-parsed with it, so the user's tags, read state and
highlights follow their articles (reparsing.py), and its files are kept with it (pdf_files)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlmodel import Session, func, select

from desktop.domain.issue_identity import text_sha256
from desktop.ingest import parse_lines
from desktop.ingest.pdf import ENCODING
from desktop.ingest.pdf_pages import (
    PdfFile,
    issue_key,
    issue_lines,
    issue_sha256,
    issue_source,
    name_family,
)
from desktop.nlp import Segmenter
from desktop.services.indexing import prepare_article
from desktop.services.pdf_files import DataOf, keep_files, read_files, stored_files
from desktop.services.preparing import PreparedIssue
from desktop.services.reparsing import ReparseReport, reparse_issue
from desktop.store.models import Article, Issue, IssueFile, Paper


@dataclass
class Joined:
    """Pages added to an issue the library held, and the files (by sha256) refused because the
    issue has their pages already (a second copy of a page, from another download)."""

    issue_id: int
    articles: int
    refused: set[str] = field(default_factory=set)


def prepare_group(files: Sequence[PdfFile], segmenter: Segmenter) -> PreparedIssue:
    """The files of one issue, prepared as one issue (as preparing.py prepares a file)."""
    lines = issue_lines(files)
    text = "\n".join(line.text for line in lines)
    sha, source = issue_sha256(files), issue_source(files)
    parsed = parse_lines(lines, source=source, sha256=sha, encoding=ENCODING)
    return PreparedIssue(
        sha,
        text_sha256(text),
        source,
        ENCODING,
        text,
        parsed.paper,
        parsed.date,
        [prepare_article(article, segmenter) for article in parsed.articles],
    )


def issue_to_join(session: Session, files: Sequence[PdfFile]) -> int | None:
    """The issue of PDFs of the same paper and day the library holds, if any (of a paper not
    known by name: of the same day, from files named alike)."""
    key = issue_key(files[0])
    if key is None:
        return None
    paper, date = key
    query = (
        select(Issue.id, IssueFile.name)
        .join(IssueFile, IssueFile.issue_id == Issue.id)
        .where(Issue.date == date)
        .order_by(Issue.id)
    )
    if paper.startswith("?"):
        query = query.where(Issue.paper_id.is_(None))  # type: ignore[union-attr]
        found = session.exec(query).all()
        return next((i for i, name in found if f"?{name_family(name)}" == paper), None)
    query = query.join(Paper, Paper.id == Issue.paper_id).where(Paper.name == paper)
    return next((i for i, _ in session.exec(query).all()), None)


def join_issue(
    session: Session,
    segmenter: Segmenter,
    issue_id: int,
    files: Sequence[PdfFile],
    data_of: DataOf,
) -> Joined:
    """Add the files' pages to the issue and parse it again, in the caller's transaction."""
    kept = read_files(stored_files(session, issue_id))
    taken = {page for file in kept for page in file.pages}
    new = [f for f in files if not set(f.pages) & taken]
    joined = Joined(issue_id, 0, {f.sha256 for f in files if set(f.pages) & taken})
    if new:
        keep_files(session, issue_id, new, data_of)
        every = [*kept, *new]
        text = "\n".join(line.text for line in issue_lines(every))
        issue = session.get(Issue, issue_id)
        assert issue is not None
        issue.raw_text, issue.text_sha256 = text, text_sha256(text)
        issue.source_name = issue_source(every)
        session.add(issue)
        session.flush()
        reparse_issue(session, segmenter, issue_id, ReparseReport())
    joined.articles = session.exec(
        select(func.count()).select_from(Article).where(Article.issue_id == issue_id)
    ).one()
    return joined
