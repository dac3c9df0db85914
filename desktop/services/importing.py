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
from desktop.ingest.pdf_pages import PdfFile, group_files, read_pdf_file
from desktop.ingest.sources import SUFFIXES, kind_of
from desktop.nlp import Segmenter
from desktop.services.indexing import insert_articles
from desktop.services.papers import paper_id
from desktop.services.pdf_files import DataOf, file_issue, keep_files
from desktop.services.pdf_import import issue_to_join, join_issue, prepare_group
from desktop.services.preparing import Prepared, PreparedIssue, Preparer
from desktop.services.progress import CancelFn, ProgressFn
from desktop.services.reparsing import reapply_corrections
from desktop.store.database import Database
from desktop.store.models import Issue

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
    # A PDF's printed pages, and the other files it was made one issue with (or the issue it
    # joined: `joined`), for the report to say what was grouped.
    pages: list[int] = field(default_factory=list)
    grouped_with: list[str] = field(default_factory=list)
    joined: bool = False

    @property
    def grouping(self) -> str:
        """What became of a PDF's pages, in words: `page 2, one issue with a_01.pdf`."""
        if not self.pages:
            return ""
        pages = ", ".join(str(p) for p in self.pages)
        where = f"page{'s' if len(self.pages) > 1 else ''} {pages}"
        if self.joined:
            return f"{where}, added to the issue in the library"
        if self.grouped_with:
            names = ", ".join(Path(name).name for name in self.grouped_with)
            return f"{where}, one issue with {names}"
        return where


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
    every = issue_files(paths)
    # PDFs are read first and grouped into issues (several files may be one issue's pages).
    pdfs = [path for path in every if kind_of(path.name) == "pdf"]
    files = [path for path in every if kind_of(path.name) != "pdf"]
    report = ImportReport()
    with Preparer(segmenter, len(files)) as preparer:
        writer = _BatchWriter(db, report, BATCH_ISSUES if preparer.workers else 1)
        pending: deque[ImportItem | _Pending] = deque()
        for done, path in enumerate(files):
            if should_cancel is not None and should_cancel():
                report.cancelled = True
                break
            if progress is not None:
                progress(done, len(every), path.name)
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
    if pdfs and not report.cancelled:
        _import_pdfs(db, segmenter, pdfs, report, progress, should_cancel, len(files), len(every))
    _reapply_corrections(db, segmenter, report)  # after the PDFs: their issues may have some
    if progress is not None and not report.cancelled:
        progress(len(every), len(every), "")
    return report


def _reapply_corrections(db: Database, segmenter: Segmenter, report: ImportReport) -> None:
    """An issue imported again (deleted before, or new to this library after its annotations
    backup) gets the user's corrections of it back."""
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


# ---- e-paper PDFs: one file per page, grouped into issues ----


def _import_pdfs(
    db: Database,
    segmenter: Segmenter,
    paths: list[Path],
    report: ImportReport,
    progress: ProgressFn | None,
    should_cancel: CancelFn | None,
    done: int,
    total: int,
) -> None:
    """Read every PDF, group the files of one paper and day, and write each issue whole in a
    transaction of its own: a new issue, or new pages joining the issue the library holds."""
    read: dict[str, tuple[str, PdfFile]] = {}  # by the file's sha256: a file named twice once
    for n, path in enumerate(paths):
        if should_cancel is not None and should_cancel():
            report.cancelled = True
            return
        if progress is not None:
            progress(done + n, total, path.name)
        try:
            data = read_issue_file(path)
            sha = hashlib.sha256(data).hexdigest()
            with db.session() as session:
                kept = file_issue(session, sha)
                existing = kept or session.exec(select(Issue.id).where(Issue.sha256 == sha)).first()
            if existing is not None or sha in read:
                message = "already in the library"
                if existing is not None and kept is None:
                    # Imported before the PDFs were kept: now it is, for its page view.
                    _keep_file(db, existing, read_pdf_file(data, path.name), data)
                    message += "; its PDF is kept now, for the page view"
                report.items.append(ImportItem(str(path), "unchanged", message, issue_id=existing))
                continue
            read[sha] = (str(path), read_pdf_file(data, path.name))
        except IngestError as error:
            report.items.append(ImportItem(str(path), "failed", str(error), error=error))
    shown = {sha: where for sha, (where, _) in read.items()}

    def data_of(file: PdfFile) -> bytes:
        data = read_issue_file(Path(shown[file.sha256]))
        if hashlib.sha256(data).hexdigest() != file.sha256:
            raise IngestError(
                file.name,
                "the file changed while it was imported.",
                "Import it again.",
                code="changed_while_imported",
            )
        return data

    for group in group_files(file for _, file in read.values()):
        if should_cancel is not None and should_cancel():
            report.cancelled = True
            return
        with db.session() as session:
            target = issue_to_join(session, group)
        try:
            # A new issue is prepared (jieba) before its transaction, as any other file.
            prepared = prepare_group(group, segmenter) if target is None else None
            with db.session() as session:  # one issue, whole, per transaction
                items = _write_pdf_issue(
                    session, segmenter, group, shown, target, prepared, data_of
                )
        except IngestError as error:
            items = [ImportItem(shown[f.sha256], "failed", str(error), error=error) for f in group]
        report.items.extend(items)


def _keep_file(db: Database, issue_id: int, file: PdfFile, data: bytes) -> None:
    with db.session() as session:
        if file_issue(session, file.sha256) is None:
            keep_files(session, issue_id, [file], lambda _file: data)


def _write_pdf_issue(
    session: Session,
    segmenter: Segmenter,
    files: list[PdfFile],
    shown: dict[str, str],
    target: int | None,
    prepared: PreparedIssue | None,
    data_of: DataOf,
) -> list[ImportItem]:
    """The files as a new issue (`prepared`), or as pages joining the issue `target`."""
    names = [shown[f.sha256] for f in files]
    if target is not None:
        joined = join_issue(session, segmenter, target, files, data_of)
        items = []
        for file, where in zip(files, names, strict=True):
            if file.sha256 in joined.refused:
                pages = ", ".join(str(p) for p in file.pages)
                error = IngestError(
                    file.name,
                    f"the issue in the library has page {pages} already, from another file.",
                    "To use this copy instead, delete the issue and import its pages again.",
                    code="page_in_library",
                    pages="、".join(str(p) for p in file.pages),
                )
                items.append(ImportItem(where, "failed", str(error), error=error))
                continue
            others = [n for n in names if n != where]
            items.append(
                ImportItem(
                    where,
                    "added",
                    issue_id=target,
                    articles=joined.articles,
                    pages=list(file.pages),
                    grouped_with=others,
                    joined=True,
                )
            )
        return items
    assert prepared is not None
    item = _write_issue(session, PreparedJob(names[0], prepared))
    if item.status != "added" or item.issue_id is None:
        return [ImportItem(where, item.status, item.message, item.issue_id) for where in names]
    keep_files(session, item.issue_id, files, data_of)
    return [
        ImportItem(
            where,
            "added",
            issue_id=item.issue_id,
            articles=item.articles,
            pages=list(file.pages),
            grouped_with=[n for n in names if n != where],
        )
        for file, where in zip(files, names, strict=True)
    ]
