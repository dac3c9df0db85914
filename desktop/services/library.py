"""The library's lifecycle: open (first run imports the bundled seeds), import, re-parse, edit
issue metadata, delete an issue, count what is there."""

from __future__ import annotations

import hashlib
import json
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from sqlalchemy import delete, func
from sqlalchemy import text as sql
from sqlmodel import Session, select

from desktop.domain.anchoring import Anchor, AnchorText, find_passage
from desktop.domain.article_identity import ArticleText, Matching, match_articles
from desktop.domain.issue_identity import text_sha256
from desktop.ingest import (
    PARSER_VERSION,
    IngestError,
    ParsedIssue,
    parse_text,
    read_issue_file,
)
from desktop.nlp import Segmenter
from desktop.services import user_data
from desktop.services.dates import check_date
from desktop.services.errors import InvalidInput
from desktop.services.export import write_atomically
from desktop.services.indexing import prepare_article, store_article, unindex_issue
from desktop.services.preparing import Prepared, Preparer
from desktop.store.database import Database, open_database
from desktop.store.models import (
    Article,
    ArticleState,
    ArticleTag,
    Highlight,
    Issue,
    IssueEdit,
    Paper,
    Tag,
    utc_now,
)

ProgressFn = Callable[[int, int, str], None]  # done, total, what is being worked on
CancelFn = Callable[[], bool]
ParseFn = Callable[..., ParsedIssue]


# ---- opening ---------------------------------------------------------------------------------


def open_library(path: Path, segmenter: Segmenter, *, seeds: Sequence[Path] = ()) -> Database:
    """Open (or create) the library at `path`; a new, empty library imports `seeds`."""
    db = open_database(path)
    if db.created and seeds:
        import_paths(db, segmenter, list(seeds))
    return db


# ---- import ----------------------------------------------------------------------------------


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


def import_file(db: Database, segmenter: Segmenter, path: Path) -> ImportItem:
    fill_text_identities(db)
    with Preparer(segmenter, 1) as preparer:
        return _finish(db, _begin_file(db, preparer, path))


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
            paper_id=_paper_id(session, prepared.paper),
            date=prepared.date,
            parser_version=PARSER_VERSION,
        )
        session.add(issue)
        session.flush()
        assert issue.id is not None
        for ordinal, article in enumerate(prepared.articles):
            store_article(
                session, article, issue_id=issue.id, key=_key(prepared.sha256, ordinal),
                ordinal=ordinal,
            )  # fmt: skip
        issue_id = issue.id
    return ImportItem(job.shown, "added", issue_id=issue_id, articles=len(prepared.articles))


def _key(sha: str, ordinal: int, generation: str = "") -> str:
    return f"{sha[:16]}:{generation}{ordinal:03d}"


def _paper_id(session: Session, name: str | None) -> int | None:
    if not name:
        return None
    paper = session.exec(select(Paper).where(Paper.name == name)).first()
    if paper is None:
        paper = Paper(name=name)
        session.add(paper)
        session.flush()
    return paper.id


# ---- re-parse --------------------------------------------------------------------------------


@dataclass
class ReparseReport:
    issues: int = 0
    highlights_kept: int = 0
    highlights_moved: int = 0
    highlights_orphaned: int = 0
    cancelled: bool = False


def reparse(
    db: Database,
    segmenter: Segmenter,
    *,
    parse: ParseFn = parse_text,
    only_outdated: bool = False,
    progress: ProgressFn | None = None,
    should_cancel: CancelFn | None = None,
) -> ReparseReport:
    """Parse every issue again with the current parser. Tags, read state and highlights follow
    their article; a highlight whose text is gone is kept and marked orphaned."""
    with db.session() as session:
        query = select(Issue.id).order_by(Issue.id)
        if only_outdated:
            query = query.where(Issue.parser_version < PARSER_VERSION)
        ids = list(session.exec(query).all())
    report = ReparseReport()
    for done, issue_id in enumerate(ids):
        if should_cancel is not None and should_cancel():
            report.cancelled = True
            break
        if progress is not None:
            progress(done, len(ids), f"issue {issue_id}")
        with db.session() as session:  # one transaction per issue
            _reparse_issue(session, segmenter, issue_id, parse, report)
        report.issues += 1
    if progress is not None and not report.cancelled:
        progress(len(ids), len(ids), "")
    return report


def _reparse_issue(
    session: Session, segmenter: Segmenter, issue_id: int, parse: ParseFn, report: ReparseReport
) -> None:
    issue = session.get(Issue, issue_id)
    assert issue is not None
    parsed = parse(
        issue.raw_text, source=issue.source_name, sha256=issue.sha256, encoding=issue.encoding
    )
    old = list(
        session.exec(
            select(Article).where(Article.issue_id == issue_id).order_by(Article.ordinal)
        ).all()
    )
    matching = match_articles(
        [ArticleText(a.title, a.text) for a in old],
        [ArticleText(a.title, a.plain_text) for a in parsed.articles],
    )
    old_keys = {a.key for a in old}
    taken = {old[o].key for o in matching.continues.values()}

    unindex_issue(session, issue_id)
    session.execute(delete(Article).where(Article.issue_id == issue_id))
    session.flush()
    new_rows: list[Article] = []
    for ordinal, parsed_article in enumerate(parsed.articles):
        if ordinal in matching.continues:
            key = old[matching.continues[ordinal]].key
        else:
            key = _fresh_key(issue.sha256, ordinal, old_keys | taken)
            taken.add(key)
        prepared = prepare_article(parsed_article, segmenter)
        new_rows.append(
            store_article(session, prepared, issue_id=issue_id, key=key, ordinal=ordinal)
        )

    # Old articles that no new one continues: their tags and state go to the article that
    # now holds most of their text.
    for o, n in matching.heirs.items():
        _move_user_data(session, old[o].key, new_rows[n].key)

    placer = _HighlightPlacer(old, new_rows, matching)
    for highlight in session.exec(
        select(Highlight).where(Highlight.issue_sha256 == issue.sha256)
    ).all():
        placer.place(highlight, report)
        session.add(highlight)

    issue.paper_id = _paper_id(session, parsed.paper)
    issue.date = parsed.date
    issue.parser_version = PARSER_VERSION
    session.add(issue)


def _fresh_key(sha: str, ordinal: int, existing: set[str]) -> str:
    generation = 1
    while (key := _key(sha, ordinal, f"r{generation}-")) in existing:
        generation += 1
    return key


def _move_user_data(session: Session, old_key: str, new_key: str) -> None:
    session.execute(
        sql(
            "INSERT OR IGNORE INTO article_tag(article_key, tag_id, created_at) "
            "SELECT :new, tag_id, created_at FROM article_tag WHERE article_key = :old"
        ),
        {"new": new_key, "old": old_key},
    )
    session.execute(delete(ArticleTag).where(ArticleTag.article_key == old_key))
    if session.get(ArticleState, new_key) is None:
        session.execute(
            sql("UPDATE article_state SET article_key = :new WHERE article_key = :old"),
            {"new": new_key, "old": old_key},
        )


class _HighlightPlacer:
    """Finds each highlight of a re-parsed issue again: in the article that continues its own,
    or in one that took over paragraphs of it, and only where that is certain."""

    def __init__(self, old: list[Article], new: list[Article], matching: Matching) -> None:
        self.old = {a.key: (o, a) for o, a in enumerate(old)}
        self.new = new
        self.by_key = {row.key: row for row in new}
        self.matching = matching
        self.texts: dict[str, AnchorText] = {}

    def _text(self, row: Article) -> AnchorText:
        if row.key not in self.texts:
            self.texts[row.key] = AnchorText(row.text)
        return self.texts[row.key]

    def place(self, highlight: Highlight, report: ReparseReport) -> None:
        anchor = Anchor(
            highlight.start, highlight.end, highlight.quote, highlight.prefix, highlight.suffix
        )
        home = self.by_key.get(highlight.article_key)
        targets = [home] if home is not None else []
        old_text = heir = None
        if highlight.article_key in self.old:
            o, was = self.old[highlight.article_key]
            targets += [self.new[n] for n in self.matching.holders.get(o, [])]
            if o in self.matching.heirs:
                heir = self.new[self.matching.heirs[o]]
            # An orphan's offsets are into some older text than this one.
            old_text = None if highlight.orphaned else AnchorText(was.text)
        found = find_passage([(row, self._text(row)) for row in targets], anchor, old_text)
        if found is None:
            if home is None and heir is not None:
                highlight.article_key = heir.key  # shown with the article that took its place
            highlight.orphaned = True
            report.highlights_orphaned += 1
            return
        target, start, end = found
        moved = (target.key, start, end) != (highlight.article_key, highlight.start, highlight.end)
        highlight.article_key = target.key
        highlight.start, highlight.end = start, end
        highlight.orphaned = False
        if moved:
            highlight.updated_at = utc_now()
            report.highlights_moved += 1
        else:
            report.highlights_kept += 1


# ---- issue metadata --------------------------------------------------------------------------

_UNSET: object = object()


def edit_issue(
    db: Database,
    issue_id: int,
    *,
    paper: str | object | None = _UNSET,
    date: str | object | None = _UNSET,
) -> None:
    """Set the paper and/or date the user sees for an issue; an empty value reverts to the
    parsed one. Edits are user data: kept by content hash through re-parse and re-import."""
    with db.session() as session:
        issue = session.get(Issue, issue_id)
        if issue is None:
            raise InvalidInput(f"There is no issue {issue_id}.")
        edit = session.get(IssueEdit, issue.sha256) or IssueEdit(sha256=issue.sha256)
        if paper is not _UNSET:
            name = (paper or "").strip()  # type: ignore[union-attr]
            if len(name) > 40:
                raise InvalidInput("A paper's name is at most 40 characters.")
            edit.paper = name or None
        if date is not _UNSET:
            value = (date or "").strip()  # type: ignore[union-attr]
            edit.date = check_date(value) if value else None
        edit.edited_at = utc_now()
        if edit.paper is None and edit.date is None:
            if session.get(IssueEdit, issue.sha256) is not None:
                session.delete(edit)
        else:
            session.add(edit)


# ---- delete ----------------------------------------------------------------------------------


def delete_issue(db: Database, issue_id: int, export_dir: Path) -> Path:
    """Delete an issue. Its highlights, notes, tags and state are first written to a file in
    `export_dir` (returned), so deleting never destroys the user's work."""
    with db.session() as session:
        issue = session.get(Issue, issue_id)
        if issue is None:
            raise InvalidInput(f"There is no issue {issue_id}.")
        data = user_data.collect(session, issue)
        export_dir.mkdir(parents=True, exist_ok=True)
        stamp = utc_now().replace(":", "").replace("+0000", "Z")
        target = export_dir / f"deleted-{Path(issue.source_name).stem}-{stamp}.json"
        write_atomically(target, json.dumps(data, ensure_ascii=False, indent=2))
        keys = [row["article_key"] for row in data["article_states"]] + [
            row["article_key"] for row in data["article_tags"]
        ]
        session.execute(delete(Highlight).where(Highlight.issue_sha256 == issue.sha256))
        session.execute(delete(ArticleTag).where(ArticleTag.article_key.in_(keys)))
        session.execute(delete(ArticleState).where(ArticleState.article_key.in_(keys)))
        session.execute(delete(IssueEdit).where(IssueEdit.sha256 == issue.sha256))
        unindex_issue(session, issue_id)
        session.delete(issue)  # its articles go with it (ON DELETE CASCADE)
    return target


# ---- listing --------------------------------------------------------------------------------


@dataclass(frozen=True)
class IssueRow:
    id: int
    sha256: str
    paper: str | None
    date: str | None
    date_precision: str | None  # "year", "month" or "day"
    source_name: str
    articles: int
    unread: int


def list_issues(db: Database) -> list[IssueRow]:
    with db.session() as session:
        rows = session.execute(
            sql(
                # Counted in a subquery, so that the issues are read from the issue_listing
                # index rather than from their large rows.
                "SELECT ie.id, ie.sha256, ie.paper, ie.date, ie.date_precision, ie.source_name, "
                "COALESCE(c.articles, 0) AS articles, COALESCE(c.unread, 0) AS unread "
                "FROM issue_effective ie LEFT JOIN ("
                "  SELECT a.issue_id, COUNT(*) AS articles, "
                "  SUM(CASE WHEN COALESCE(s.read, 0) THEN 0 ELSE 1 END) AS unread "
                "  FROM article a LEFT JOIN article_state s ON s.article_key = a.key "
                "  GROUP BY a.issue_id"
                ") c ON c.issue_id = ie.id "
                "ORDER BY ie.paper, ie.date DESC, ie.id"
            )
        ).all()
    return [
        IssueRow(
            r.id,
            r.sha256,
            r.paper,
            r.date,
            r.date_precision,
            r.source_name,
            r.articles,
            r.unread or 0,
        )
        for r in rows
    ]


# ---- counts ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Stats:
    papers: int
    issues: int
    articles: int
    tags: int
    highlights: int
    notes: int
    orphaned: int
    starred: int
    read: int

    def as_dict(self) -> dict[str, int]:
        return dict(self.__dict__)


def stats(db: Database) -> Stats:
    with db.session() as session:

        def count(statement: str) -> int:
            return int(session.execute(sql(statement)).scalar() or 0)

        return Stats(
            papers=count(
                "SELECT COUNT(DISTINCT paper) FROM issue_effective WHERE paper IS NOT NULL"
            ),
            issues=int(session.exec(select(func.count()).select_from(Issue)).one()),
            articles=int(session.exec(select(func.count()).select_from(Article)).one()),
            tags=int(session.exec(select(func.count()).select_from(Tag)).one()),
            highlights=count("SELECT COUNT(*) FROM highlight"),
            notes=count("SELECT COUNT(*) FROM highlight WHERE trim(COALESCE(note, '')) != ''"),
            orphaned=count("SELECT COUNT(*) FROM highlight WHERE orphaned"),
            starred=count("SELECT COUNT(*) FROM article_state WHERE starred"),
            read=count("SELECT COUNT(*) FROM article_state WHERE read"),
        )
