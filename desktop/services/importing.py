"""Importing issue files: the files a choice of paths names, what the library holds already (the
same text, in whatever encoding or line ends: see domain/issue_identity.py), and each new
issue prepared (preparing.py) and written in one transaction."""

from __future__ import annotations

import hashlib
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from sqlmodel import Session, select

from desktop.domain.article_identity import article_key
from desktop.domain.issue_identity import text_sha256
from desktop.ingest import PARSER_VERSION, IngestError, read_issue_file
from desktop.nlp import Segmenter
from desktop.services.indexing import store_article
from desktop.services.preparing import Prepared, Preparer
from desktop.services.progress import CancelFn, ProgressFn
from desktop.store.database import Database
from desktop.store.models import Issue, Paper


@dataclass
class ImportItem:
    path: str
    status: Literal["added", "unchanged", "failed"]
    message: str = ""
    issue_id: int | None = None
    articles: int = 0


@dataclass
class ImportReport:
    items: list[ImportItem] = field(default_factory=list)
    cancelled: bool = False

    def count(self, status: str) -> int:
        return sum(1 for item in self.items if item.status == status)

    @property
    def failed(self) -> list[ImportItem]:
        return [item for item in self.items if item.status == "failed"]


def issue_files(paths: Iterable[Path]) -> list[Path]:
    """Files named directly, and the .txt files inside folders (hidden ones left out)."""
    files: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            files.extend(
                sorted(
                    p
                    for p in path.rglob("*")
                    if p.is_file()
                    and p.suffix.lower() == ".txt"
                    and not any(part.startswith(".") for part in p.relative_to(path).parts)
                )
            )
        else:
            files.append(path)
    return files


def import_paths(
    db: Database,
    segmenter: Segmenter,
    paths: Iterable[Path],
    *,
    progress: ProgressFn | None = None,
    should_cancel: CancelFn | None = None,
) -> ImportReport:
    """Import issue files and folders. A bad file is reported and skipped; each issue goes in
    inside one transaction, so a cancel or a crash never leaves half an issue. Many files are
    prepared on worker processes (see preparing.py) while this one writes them; on cancel,
    issues prepared but not yet written are left out."""
    files = issue_files(paths)
    report = ImportReport()
    fill_text_identities(db)
    with Preparer(segmenter, len(files)) as preparer:
        pending: deque[ImportItem | _Pending] = deque()
        for done, path in enumerate(files):
            if should_cancel is not None and should_cancel():
                report.cancelled = True
                break
            if progress is not None:
                progress(done, len(files), path.name)
            pending.append(_begin_file(db, preparer, path))
            while len(pending) > preparer.ahead:
                report.items.append(_finish(db, pending.popleft()))
        while pending and not report.cancelled:
            if should_cancel is not None and should_cancel():
                report.cancelled = True
                break
            report.items.append(_finish(db, pending.popleft()))
    if progress is not None and not report.cancelled:
        progress(len(files), len(files), "")
    return report


def fill_text_identities(db: Database) -> None:
    """Give the issues imported before identities were kept (schema step 3) theirs. Where the
    library holds one issue twice already, the first copy gets it; the other stays as it is."""
    with db.session() as session:
        missing = session.exec(
            select(Issue.id).where(Issue.text_sha256 == None).order_by(Issue.id)  # noqa: E711
        ).all()
        for issue_id in missing:
            issue = session.get(Issue, issue_id)
            assert issue is not None
            identity = text_sha256(issue.raw_text)
            if _same_text(session, identity) is None:
                issue.text_sha256 = identity
                session.add(issue)
                session.flush()
            session.expunge(issue)  # its raw text need not stay in memory


def _same_text(session: Session, identity: str) -> int | None:
    return session.exec(select(Issue.id).where(Issue.text_sha256 == identity)).first()


@dataclass(frozen=True)
class _Pending:
    shown: str  # the path as the report names it
    prepared: Prepared


def _begin_file(db: Database, preparer: Preparer, path: Path) -> ImportItem | _Pending:
    try:
        data = read_issue_file(path)
    except IngestError as error:
        return ImportItem(str(path), "failed", str(error))
    return _begin(db, preparer, data, path.name, str(path))


def _begin(
    db: Database, preparer: Preparer, data: bytes, name: str, shown: str
) -> ImportItem | _Pending:
    """Skip what the library holds already (by content hash); have the rest prepared."""
    sha = hashlib.sha256(data).hexdigest()
    with db.session() as session:
        existing = session.exec(select(Issue.id).where(Issue.sha256 == sha)).first()
    if existing is not None:
        return ImportItem(shown, "unchanged", "already in the library", issue_id=existing)
    return _Pending(shown, preparer.submit(data, name, sha))


def _finish(db: Database, job: ImportItem | _Pending) -> ImportItem:
    """Write a prepared issue, in one transaction."""
    if isinstance(job, ImportItem):
        return job
    try:
        prepared = job.prepared()
    except IngestError as error:
        return ImportItem(job.shown, "failed", str(error))
    with db.session() as session:
        # The same issue in another encoding or with other line ends, or the same file twice in
        # one import (the first copy is in by now).
        existing = (
            _same_text(session, prepared.text_sha256)
            or session.exec(select(Issue.id).where(Issue.sha256 == prepared.sha256)).first()
        )
        if existing is not None:
            return ImportItem(job.shown, "unchanged", "already in the library", issue_id=existing)
        issue = Issue(
            sha256=prepared.sha256,
            text_sha256=prepared.text_sha256,
            source_name=prepared.name,
            encoding=prepared.encoding,
            raw_text=prepared.text,
            paper_id=paper_id(session, prepared.paper),
            date=prepared.date,
            parser_version=PARSER_VERSION,
        )
        session.add(issue)
        session.flush()
        assert issue.id is not None
        for ordinal, article in enumerate(prepared.articles):
            store_article(
                session, article, issue_id=issue.id, key=article_key(prepared.sha256, ordinal),
                ordinal=ordinal,
            )  # fmt: skip
        issue_id = issue.id
    return ImportItem(job.shown, "added", issue_id=issue_id, articles=len(prepared.articles))


def paper_id(session: Session, name: str | None) -> int | None:
    if not name:
        return None
    paper = session.exec(select(Paper).where(Paper.name == name)).first()
    if paper is None:
        paper = Paper(name=name)
        session.add(paper)
        session.flush()
    return paper.id
