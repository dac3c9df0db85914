"""The annotations backup: everything a user made (tags, highlights and notes, read and starred
state, edited issue metadata, corrections of the parse) in one JSON file that a fresh install
can take back in.

Rows name articles by stable key, and the file also says which issue and headline each key
was, so that the import finds the article even where the key differs (after a re-parse), and
re-anchors each highlight by its quote. Importing is a merge: running it twice adds nothing."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import text as sql
from sqlmodel import Session, select

from desktop.domain.anchoring import Anchor, AnchorText, find_passage
from desktop.domain.corrections import Correction as Edit
from desktop.domain.corrections import CorrectionError, LineAnchor, LineRule, check, check_rule
from desktop.nlp import Segmenter
from desktop.services.annotations import COLORS
from desktop.services.dates import check_date
from desktop.services.errors import InvalidInput
from desktop.services.reparsing import ReparseReport, reparse_issue
from desktop.store.database import Database
from desktop.store.models import (
    Article,
    ArticleState,
    ArticleTag,
    Correction,
    Highlight,
    Issue,
    IssueEdit,
    PaperRule,
    Tag,
    utc_now,
)

FORMAT = "district-reader-annotations"
VERSION = 2  # 2: corrections by hand (an older app would import a file without them)
MAX_FILE = 200 * 1024 * 1024

_Stamped = TypeVar("_Stamped", ArticleState, IssueEdit)


# ---- export ----------------------------------------------------------------------------------


def collect(session: Session, issue: Issue | None = None) -> dict[str, Any]:
    """The user's data on one issue, or on the whole library, in the backup format."""
    if issue is None:
        highlights = session.exec(select(Highlight)).all()
        links = session.exec(select(ArticleTag)).all()
        states = session.exec(select(ArticleState)).all()
        edits = session.exec(select(IssueEdit)).all()
        tags = session.exec(select(Tag)).all()  # unused tags are the user's too
        fixes = session.exec(select(Correction).order_by(Correction.id)).all()
        rules = session.exec(select(PaperRule).order_by(PaperRule.id)).all()
    else:
        keys = list(session.exec(select(Article.key).where(Article.issue_id == issue.id)).all())
        highlights = session.exec(
            select(Highlight).where(Highlight.issue_sha256 == issue.sha256)
        ).all()
        links = session.exec(select(ArticleTag).where(ArticleTag.article_key.in_(keys))).all()
        states = session.exec(select(ArticleState).where(ArticleState.article_key.in_(keys))).all()
        edit = session.get(IssueEdit, issue.sha256)
        edits = [edit] if edit else []
        tag_ids = {link.tag_id for link in links}
        tags = session.exec(select(Tag).where(Tag.id.in_(tag_ids))).all() if tag_ids else []
        fixes = session.exec(
            select(Correction)
            .where(Correction.issue_sha256 == issue.sha256)
            .order_by(Correction.id)
        ).all()
        paper = session.execute(
            sql("SELECT paper FROM issue_effective WHERE id = :id"), {"id": issue.id}
        ).scalar()
        rules = session.exec(select(PaperRule).where(PaperRule.paper == paper)).all()
    keys_used = {h.article_key for h in highlights}
    keys_used |= {link.article_key for link in links} | {s.article_key for s in states}
    keys_used |= {fix.article_key for fix in fixes}
    articles = session.execute(
        sql(
            "SELECT a.key, i.sha256, i.source_name, a.ordinal, a.title FROM article a "
            "JOIN issue i ON i.id = a.issue_id"
            + ("" if issue is None else " WHERE a.issue_id = :issue")
        ),
        {"issue": issue.id if issue is not None else None},
    ).all()
    data: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": utc_now(),
    }
    if issue is not None:
        data["issue"] = {"sha256": issue.sha256, "source": issue.source_name}
    described = [
        {"key": r.key, "issue_sha256": r.sha256, "source": r.source_name, "ordinal": r.ordinal,
         "title": r.title}
        for r in articles
        if r.key in keys_used
    ]  # fmt: skip
    identities = session.execute(
        sql("SELECT sha256, text_sha256 FROM issue" + ("" if issue is None else " WHERE id = :i")),
        {"i": issue.id if issue is not None else None},
    ).all()
    data |= {
        "articles": described,
        # Which text each issue is: another library may hold it from a copy in another
        # encoding, under another content hash (see domain/issue_identity.py).
        "issue_texts": {r.sha256: r.text_sha256 for r in identities if r.text_sha256},
        "tags": [t.model_dump() for t in tags],
        "article_tags": [link.model_dump() for link in links],
        "highlights": [h.model_dump() for h in highlights],
        "article_states": [s.model_dump() for s in states],
        "issue_edits": [e.model_dump() for e in edits],
        # In the order made: each applies to the parse as the ones before it left it.
        "corrections": [{**f.model_dump(), "details": json.loads(f.details)} for f in fixes],
        "paper_rules": [r.model_dump() for r in rules],
    }
    return data


def export_user_data(db: Database) -> str:
    with db.session() as session:
        return json.dumps(collect(session), ensure_ascii=False, indent=1)


# ---- import ----------------------------------------------------------------------------------


@dataclass
class UserDataReport:
    tags_added: int = 0
    tags_linked: int = 0  # article–tag links added
    highlights_added: int = 0
    highlights_present: int = 0  # already in the library
    highlights_orphaned: int = 0  # their article is here, the passage is not: kept, marked
    waiting: int = 0  # rows whose issue is not in the library yet: kept for when it is
    states: int = 0
    issue_edits: int = 0
    corrections_added: int = 0
    corrections_present: int = 0  # already in the library
    rules_added: int = 0
    issues_corrected: list[int] = field(default_factory=list)  # issues to rebuild with them


def read_user_data(path: Path) -> dict[str, Any]:
    """Load and check an annotations backup file; a specific message for each way it can be
    wrong."""
    try:
        if path.stat().st_size > MAX_FILE:
            raise InvalidInput(f"{path.name} is too large to be an annotations backup.")
        raw = path.read_bytes()
    except OSError as error:
        raise InvalidInput(f"{path.name} cannot be read ({error.strerror}).") from None
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise InvalidInput(
            f"{path.name} is not an annotations backup (it is not JSON text). Choose a file "
            "written by “Export all annotations and tags”, or one from the backups folder."
        ) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise InvalidInput(f"{path.name} is JSON, but not a District Reader annotations backup.")
    version = data.get("version")
    if not isinstance(version, int) or version > VERSION:
        raise InvalidInput(
            f"{path.name} was written by a newer District Reader (format {version}); "
            "open it with that version."
        )
    return data


def _rows(data: dict[str, Any], name: str, fields: dict[str, type | tuple[type, ...]]) -> list:
    rows = data.get(name, [])
    if not isinstance(rows, list):
        raise InvalidInput(f"The backup's “{name}” is not a list.")
    checked = []
    for n, row in enumerate(rows, 1):
        if not isinstance(row, dict):
            raise InvalidInput(f"Entry {n} of the backup's “{name}” is not a record.")
        for column, kind in fields.items():
            value = row.get(column)
            # bool is an int to Python, not to the format.
            if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
                raise InvalidInput(f"Entry {n} of the backup's “{name}” has no valid “{column}”.")
        checked.append(row)
    return checked


class _Resolver:
    """Finds the article a backed-up key means in this library."""

    def __init__(
        self,
        session: Session,
        articles: Iterable[dict[str, Any]],
        issue_texts: dict[str, Any],
    ) -> None:
        self.session = session
        self.issue_texts = issue_texts
        self.described = {a["key"]: a for a in articles}
        self._cache: dict[str, Article | None] = {}
        self._issues: dict[str, list[Article]] = {}
        self._texts: dict[str, AnchorText] = {}
        self._shas: dict[str, str] = {}

    def local_sha(self, sha: str) -> str:
        """The issue a backed-up content hash names here: this library may hold the same issue
        from a copy in another encoding, under another hash."""
        if sha not in self._shas:
            self._shas[sha] = sha
            text = self.issue_texts.get(sha)
            if isinstance(text, str) and self._has_no_issue(sha):
                local = self.session.exec(
                    select(Issue.sha256).where(Issue.text_sha256 == text)
                ).first()
                self._shas[sha] = local or sha
        return self._shas[sha]

    def _has_no_issue(self, sha: str) -> bool:
        return self.session.exec(select(Issue.id).where(Issue.sha256 == sha)).first() is None

    def issue_articles(self, sha: str) -> list[Article]:
        # Every highlight of an issue asks again: its articles (with their text) are read once.
        if sha not in self._issues:
            self._issues[sha] = list(
                self.session.exec(
                    select(Article)
                    .join(Issue, Issue.id == Article.issue_id)
                    .where(Issue.sha256 == sha)
                ).all()
            )
        return self._issues[sha]

    def article(self, key: str) -> Article | None:
        if key not in self._cache:
            found = self.session.exec(select(Article).where(Article.key == key)).first()
            about = self.described.get(key)
            if found is None and about is not None:
                rows = self.issue_articles(self.local_sha(str(about.get("issue_sha256"))))
                found = _described(rows, about)
            self._cache[key] = found
        return self._cache[key]

    def anchor_text(self, article: Article) -> AnchorText:
        if article.key not in self._texts:
            self._texts[article.key] = AnchorText(article.text)
        return self._texts[article.key]

    def key(self, key: str) -> str:
        found = self.article(key)
        return found.key if found is not None else key


def _described(rows: list[Article], about: dict[str, Any]) -> Article | None:
    """The article with the headline the backup names (among several, the one at its place);
    failing that, the article at its place. None when several fit."""
    title, ordinal = about.get("title"), about.get("ordinal")
    same_title = [a for a in rows if a.title and a.title == title]
    if len(same_title) > 1:
        same_title = [a for a in same_title if a.ordinal == ordinal]
        return same_title[0] if same_title else None
    return (same_title or [a for a in rows if a.ordinal == ordinal] or [None])[0]


def _import_tags(session: Session, rows: list[dict], report: UserDataReport) -> dict[int, int]:
    ids: dict[int, int] = {}
    created: dict[int, Tag] = {}
    for row in rows:
        name = " ".join(row["name"].split())[:40]
        if not name:
            continue
        tag = session.exec(select(Tag).where(Tag.name == name)).first()
        if tag is None:
            color = row.get("color") if isinstance(row.get("color"), str) else "#1971c2"
            tag = Tag(name=name, color=color, created_at=str(row.get("created_at") or utc_now()))
            session.add(tag)
            session.flush()
            created[row["id"]] = tag
            report.tags_added += 1
        assert tag.id is not None
        ids[row["id"]] = tag.id
    # Parents only for tags this import made: an existing hierarchy is the user's choice.
    for row in rows:
        tag = created.get(row["id"])
        parent = ids.get(row.get("parent_id")) if isinstance(row.get("parent_id"), int) else None
        if tag is None or parent is None:
            continue
        ancestor: Tag | None = session.get(Tag, parent)
        while ancestor is not None and ancestor.id != tag.id:
            ancestor = session.get(Tag, ancestor.parent_id) if ancestor.parent_id else None
        if ancestor is None:
            tag.parent_id = parent
            session.add(tag)
    return ids


def _import_highlight(
    session: Session, row: dict, resolver: _Resolver, report: UserDataReport
) -> None:
    sha, quote = resolver.local_sha(row["issue_sha256"]), row["quote"]
    if not 0 <= row["start"] < row["end"] or not quote:
        raise InvalidInput(f"A highlight in the backup has no valid range: “{quote[:20]}”.")
    present = session.exec(
        select(Highlight).where(
            Highlight.issue_sha256 == sha,
            Highlight.quote == quote,
            Highlight.created_at == row["created_at"],
        )
    ).first()
    if present is not None:
        report.highlights_present += 1
        return
    prefix, suffix = str(row.get("prefix") or ""), str(row.get("suffix") or "")
    anchor = Anchor(row["start"], row["end"], quote, prefix, suffix)
    highlight = Highlight(
        article_key=row["article_key"],
        issue_sha256=sha,
        start=row["start"],
        end=row["end"],
        quote=quote,
        prefix=anchor.prefix,
        suffix=anchor.suffix,
        color=row["color"] if row["color"] in COLORS else COLORS[0],
        note=row.get("note") if isinstance(row.get("note"), str) else None,
        created_at=row["created_at"],
        updated_at=str(row.get("updated_at") or row["created_at"]),
    )
    home = resolver.article(row["article_key"])
    # Its own article, where the library has it; otherwise, only a place that the quote with its
    # context identifies among all of the issue's articles. Never the first that has the words.
    targets = [home] if home is not None else resolver.issue_articles(sha)
    if not targets:
        report.waiting += 1  # the issue comes later: its keys will match when it is imported
    else:
        found = find_passage([(a, resolver.anchor_text(a)) for a in targets], anchor)
        if found is None:
            if home is not None:
                highlight.article_key = home.key
            highlight.orphaned = True
            report.highlights_orphaned += 1
        else:
            article, highlight.start, highlight.end = found
            highlight.article_key = article.key
    session.add(highlight)
    report.highlights_added += 1


def _import_correction(
    session: Session, row: dict, resolver: _Resolver, report: UserDataReport
) -> None:
    """A backed-up correction, after the library's own ones for its issue (the same one twice is
    taken once). Its issue, where the library has it, is rebuilt with it by the caller."""
    try:
        check(Edit(row["operation"], LineAnchor(row["quote"], "", ""), row["details"]))
    except CorrectionError as error:
        raise InvalidInput(f"A correction in the backup cannot be made: {error}.") from None
    sha = resolver.local_sha(row["issue_sha256"])
    present = session.exec(
        select(Correction.id).where(
            Correction.issue_sha256 == sha,
            Correction.operation == row["operation"],
            Correction.quote == row["quote"],
            Correction.created_at == row["created_at"],
        )
    ).first()
    if present is not None:
        report.corrections_present += 1
        return
    start = row.get("start")
    session.add(
        Correction(
            issue_sha256=sha,
            article_key=resolver.key(row["article_key"]),
            operation=row["operation"],
            quote=row["quote"],
            prefix=str(row.get("prefix") or ""),
            suffix=str(row.get("suffix") or ""),
            start=start if isinstance(start, int) and not isinstance(start, bool) else 0,
            details=json.dumps(row["details"], ensure_ascii=False),
            orphaned=bool(row.get("orphaned")),
            undone=bool(row.get("undone")),
            created_at=row["created_at"],
        )
    )
    report.corrections_added += 1
    issue_id = session.exec(select(Issue.id).where(Issue.sha256 == sha)).first()
    if issue_id is None:
        report.waiting += 1  # applied when its issue is imported
    elif issue_id not in report.issues_corrected:
        report.issues_corrected.append(issue_id)


def _import_rule(session: Session, row: dict, report: UserDataReport) -> None:
    """A paper's rule the library lacks; where it has one for the same line start, its own."""
    try:
        check_rule(LineRule(row["starts_with"], row["role"]))
    except CorrectionError as error:
        raise InvalidInput(f"A paper's rule in the backup cannot be made: {error}.") from None
    held = session.exec(
        select(PaperRule.id).where(
            PaperRule.paper == row["paper"], PaperRule.starts_with == row["starts_with"]
        )
    ).first()
    if held is not None:
        return
    session.add(
        PaperRule(
            paper=row["paper"],
            starts_with=row["starts_with"],
            role=row["role"],
            created_at=row["created_at"],
        )
    )
    report.rules_added += 1
    issues = session.execute(
        sql("SELECT id FROM issue_effective WHERE paper = :paper"), {"paper": row["paper"]}
    ).scalars()
    report.issues_corrected += [i for i in issues if i not in report.issues_corrected]


def import_user_data(
    db: Database, data: dict[str, Any], segmenter: Segmenter | None = None
) -> UserDataReport:
    """Merge a backup into the library, in one transaction: all of it or nothing. The issues
    that got corrections are rebuilt with them (with `segmenter`; without it, by the next
    re-parse)."""
    articles = _rows(data, "articles", {"key": str})
    tags = _rows(data, "tags", {"id": int, "name": str})
    links = _rows(data, "article_tags", {"article_key": str, "tag_id": int})
    highlights = _rows(
        data,
        "highlights",
        {"article_key": str, "issue_sha256": str, "start": int, "end": int, "quote": str,
         "color": str, "created_at": str},
    )  # fmt: skip
    states = _rows(data, "article_states", {"article_key": str, "updated_at": str})
    edits = _rows(data, "issue_edits", {"sha256": str, "edited_at": str})
    fixes = _rows(
        data,
        "corrections",
        {"issue_sha256": str, "article_key": str, "operation": str, "quote": str,
         "details": dict, "created_at": str},
    )  # fmt: skip
    rules = _rows(
        data,
        "paper_rules",
        {"paper": str, "starts_with": str, "role": str, "created_at": str},
    )
    issue_texts = data.get("issue_texts", {})
    if not isinstance(issue_texts, dict):
        raise InvalidInput("The backup's “issue_texts” is not a record.")
    report = UserDataReport()
    with db.session() as session:
        # Corrections first: the articles they make are the ones the rest names.
        resolver = _Resolver(session, articles, issue_texts)
        for row in fixes:
            _import_correction(session, row, resolver, report)
        for row in rules:
            _import_rule(session, row, report)
        session.flush()
        if segmenter is not None:
            for issue_id in report.issues_corrected:
                reparse_issue(session, segmenter, issue_id, ReparseReport())
        resolver = _Resolver(session, articles, issue_texts)
        tag_ids = _import_tags(session, tags, report)
        for row in links:
            tag_id = tag_ids.get(row["tag_id"])
            if tag_id is None:
                continue
            if resolver.article(row["article_key"]) is None:
                report.waiting += 1
            added = session.execute(
                sql(
                    "INSERT OR IGNORE INTO article_tag(article_key, tag_id, created_at) "
                    "VALUES (:key, :tag, :at)"
                ),
                {"key": resolver.key(row["article_key"]), "tag": tag_id,
                 "at": str(row.get("created_at") or utc_now())},
            )  # fmt: skip
            report.tags_linked += added.rowcount  # type: ignore[attr-defined]
        for row in highlights:
            _import_highlight(session, row, resolver, report)
        for row in states:
            key = resolver.key(row["article_key"])
            state = _newer_wins(session, ArticleState, "updated_at", row, article_key=key)
            if state is None:
                continue
            state.read, state.starred = bool(row.get("read")), bool(row.get("starred"))
            report.states += 1
        for row in edits:
            sha = resolver.local_sha(row["sha256"])
            edit = _newer_wins(session, IssueEdit, "edited_at", row, sha256=sha)
            if edit is None:
                continue
            paper, day = row.get("paper"), row.get("date")
            edit.paper = paper[:40] if isinstance(paper, str) and paper else None
            try:
                edit.date = check_date(day) if isinstance(day, str) and day else None
            except InvalidInput:
                edit.date = None
            report.issue_edits += 1
    return report


def _newer_wins(
    session: Session, model: type[_Stamped], stamp: str, row: dict[str, Any], **key: str
) -> _Stamped | None:
    """The library's row for `key` (made if it has none) to take the backup's `row`, stamped
    with its time; None where the library's own change is as new or newer: the newer wins."""
    held = session.get(model, tuple(key.values()))
    if held is not None and getattr(held, stamp) >= row[stamp]:
        return None
    target = held or model(**key)
    setattr(target, stamp, row[stamp])
    session.add(target)
    return target
