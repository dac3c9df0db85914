"""Importing issue files: the files a choice of paths names, what the library holds already (the
same text, in whatever encoding or line ends: see domain/issue_identity.py), and each new
issue prepared (preparing.py) and written whole: several issues per transaction, never part of
one."""

from __future__ import annotations

import hashlib
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from sqlmodel import Session, select

from desktop.domain.article_identity import article_key
from desktop.ingest import PARSER_VERSION, IngestError, read_issue_file
from desktop.ingest.sources import SUFFIXES
from desktop.nlp import Segmenter
from desktop.services.indexing import insert_articles
from desktop.services.preparing import Prepared, PreparedIssue, Preparer
from desktop.services.progress import CancelFn, ProgressFn
from desktop.store.database import Database
from desktop.store.models import Issue, Paper

# Issues written per transaction: a commit per issue cost the writer as much as its rows. A
# batch holds the write lock for a fraction of a second, well inside another writer's wait.
BATCH_ISSUES = 8


@dataclass
class ImportItem:
    path: str
    status: Literal["added", "unchanged", "failed"]
    message: str = ""
    issue_id: int | None = None
    articles: int = 0
    error: IngestError | None = None  # why it failed, for a message in the window's language


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
    """Files named directly, and the issue files inside folders (text, PDF, saved web pages;
    hidden ones left out)."""
    files: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            files.extend(
                sorted(
                    p
                    for p in path.rglob("*")
                    if p.is_file()
                    and p.suffix.lower() in SUFFIXES
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
    """Import issue files and folders. A bad file is reported and skipped; issues go in whole,
    one or several to a transaction, so a cancel or a crash never leaves half an issue. Many
    files are prepared on worker processes (see preparing.py) while this one writes them; on
    cancel, issues prepared but not yet written are left out."""
    files = issue_files(paths)
    report = ImportReport()
    with Preparer(segmenter, len(files)) as preparer:
        writer = _BatchWriter(db, report, BATCH_ISSUES if preparer.workers else 1)
        pending: deque[ImportItem | _Pending] = deque()
        for done, path in enumerate(files):
            if should_cancel is not None and should_cancel():
                report.cancelled = True
                break
            if progress is not None:
                progress(done, len(files), path.name)
            pending.append(_begin_file(db, preparer, path))
            while len(pending) > preparer.ahead:
                writer.take(pending.popleft())
        while pending and not report.cancelled:
            if should_cancel is not None and should_cancel():
                report.cancelled = True
                break
            writer.take(pending.popleft())
        if not report.cancelled:
            writer.write()
    _reapply_corrections(db, segmenter, report)
    if progress is not None and not report.cancelled:
        progress(len(files), len(files), "")
    return report


def _reapply_corrections(db: Database, segmenter: Segmenter, report: ImportReport) -> None:
    """An issue imported again (deleted before, or new to this library after its annotations
    backup) gets the user's corrections of it back."""
    from desktop.services.reparsing import reapply_corrections  # reparsing imports this module

    reapply_corrections(db, segmenter, [i.issue_id for i in report.items if i.status == "added"])


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
        return ImportItem(str(path), "failed", str(error), error=error)
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


@dataclass(frozen=True)
class PreparedJob:
    shown: str
    prepared: PreparedIssue


def _prepared(job: ImportItem | _Pending) -> ImportItem | PreparedJob:
    """Wait for a job's preparation (outside any transaction: the write lock is not held while
    a worker is still busy)."""
    if isinstance(job, ImportItem):
        return job
    try:
        return PreparedJob(job.shown, job.prepared())
    except IngestError as error:
        return ImportItem(job.shown, "failed", str(error), error=error)


class _BatchWriter:
    """Writes prepared issues several to a transaction: those ready by the time the next one
    would have to be waited for, at most `batch`. So the writer waits only when it has nothing
    to write, and commits less often the more it falls behind. A crash leaves a batch all out or
    all in; on cancel, the issues not yet written are left out."""

    def __init__(self, db: Database, report: ImportReport, batch: int) -> None:
        self.db, self.report, self.batch = db, report, batch
        self.ready: list[ImportItem | PreparedJob] = []

    def take(self, job: ImportItem | _Pending) -> None:
        if self.ready and isinstance(job, _Pending) and not job.prepared.done():
            self.write()  # rather than hold them while a worker is still busy
        self.ready.append(_prepared(job))
        if len(self.ready) >= self.batch:
            self.write()

    def write(self) -> None:
        if not self.ready:
            return
        with self.db.session() as session:
            for job in self.ready:
                item = job if isinstance(job, ImportItem) else _write_issue(session, job)
                self.report.items.append(item)
        self.ready = []


def _write_issue(session: Session, job: PreparedJob) -> ImportItem:
    prepared = job.prepared
    # The same issue in another encoding or with other line ends, or the same file twice in
    # one import (the first copy is in by now, in this transaction or an earlier one).
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
    keys = [article_key(prepared.sha256, n) for n in range(len(prepared.articles))]
    insert_articles(session, prepared.articles, issue_id=issue.id, keys=keys)
    session.expunge(issue)  # its raw text need not stay in memory
    return ImportItem(job.shown, "added", issue_id=issue.id, articles=len(prepared.articles))


def paper_id(session: Session, name: str | None) -> int | None:
    if not name:
        return None
    paper = session.exec(select(Paper).where(Paper.name == name)).first()
    if paper is None:
        paper = Paper(name=name)
        session.add(paper)
        session.flush()
    return paper.id
