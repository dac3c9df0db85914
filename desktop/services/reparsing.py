"""Re-parsing issues with the current parser: each issue's articles are rebuilt from its raw text
in one transaction, the user's corrections (domain/corrections.py) applied again over the new
parse, and the user's tags, read state and highlights follow the articles they were on
(domain/article_identity.py says which those are; domain/anchoring.py finds each highlight
again, or it is kept and marked orphaned). A correction whose line the new parse no longer has
is kept and marked orphaned too; one that applies again is no longer orphaned."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import delete
from sqlalchemy import text as sql
from sqlmodel import Session, select

from desktop.domain.anchoring import CONTEXT, Anchor, AnchorText, find_passage
from desktop.domain.article_identity import ArticleText, Matching, fresh_article_key, match_articles
from desktop.domain.corrections import Correction as Edit
from desktop.domain.corrections import LineAnchor, LineRule, apply_corrections
from desktop.ingest import PARSER_VERSION, ParsedArticle, ParsedIssue, parse_lines, parse_text
from desktop.nlp import Segmenter
from desktop.services.indexing import (
    PreparedArticle,
    article_fields,
    index_article,
    prepare_article,
    store_article,
    unindex_articles,
)
from desktop.services.papers import paper_id
from desktop.services.pdf_files import stored_lines
from desktop.services.progress import CancelFn, ProgressFn
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
    utc_now,
)

ParseFn = Callable[..., ParsedIssue]


@dataclass
class ReparseReport:
    issues: int = 0
    highlights_kept: int = 0
    highlights_moved: int = 0
    highlights_orphaned: int = 0
    corrections_applied: int = 0
    corrections_orphaned: int = 0
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
            reparse_issue(session, segmenter, issue_id, report, parse=parse)
        report.issues += 1
    if progress is not None and not report.cancelled:
        progress(len(ids), len(ids), "")
    return report


def reapply_corrections(db: Database, segmenter: Segmenter, issue_ids: list[int]) -> int:
    """Rebuild those of the issues that the user has corrections or paper rules for (an issue
    imported again: its corrections outlived it); how many were. One transaction per issue."""
    if not issue_ids:
        return 0
    with db.session() as session:  # one query for a whole import's issues
        corrected = list(
            session.execute(
                sql(
                    "SELECT i.id FROM issue_effective i "
                    "WHERE i.id IN (SELECT value FROM json_each(:ids)) AND ("
                    "EXISTS (SELECT 1 FROM correction c WHERE c.issue_sha256 = i.sha256) OR "
                    "EXISTS (SELECT 1 FROM paper_rule r WHERE r.paper = i.paper)) ORDER BY i.id"
                ),
                {"ids": json.dumps(issue_ids)},
            ).scalars()
        )
    for issue_id in corrected:
        with db.session() as session:
            reparse_issue(session, segmenter, issue_id, ReparseReport())
    return len(corrected)


def reparse_issue(
    session: Session,
    segmenter: Segmenter,
    issue_id: int,
    report: ReparseReport,
    *,
    parse: ParseFn = parse_text,
) -> None:
    """Rebuild one issue's articles in the caller's transaction, with the user's corrections
    applied (the corrections service calls it after changing the log). An issue read from PDFs
    is read from its kept files again (their layout: sizes, columns, pages), any other from its
    text."""
    issue = session.get(Issue, issue_id)
    assert issue is not None
    lines = stored_lines(session, issue_id)
    if lines is not None:
        parsed = parse_lines(
            lines, source=issue.source_name, sha256=issue.sha256, encoding=issue.encoding
        )
    else:
        parsed = parse(
            issue.raw_text, source=issue.source_name, sha256=issue.sha256, encoding=issue.encoding
        )
    articles, corrected = _corrected(session, issue.sha256, parsed, report)
    old = list(
        session.exec(
            select(Article).where(Article.issue_id == issue_id).order_by(Article.ordinal)
        ).all()
    )
    matching = match_articles(
        [ArticleText(a.title, a.text) for a in old],
        [ArticleText(a.title, a.plain_text) for a in articles],
    )
    old_keys = {a.key for a in old}
    taken = {old[o].key for o in matching.continues.values()}
    fields = [
        article_fields(a) | {"corrected": flags}
        for a, flags in zip(articles, corrected, strict=True)
    ]
    # An article the new parse gives exactly as stored keeps its row and its index row: a
    # re-parse that changes little costs little (jieba, the slow part, runs for the rest only).
    # One it continues but changed keeps its row id, rewritten: the window and a script name
    # articles by id, and a correction of one article should not rename its neighbours.
    continued = {n: old[o] for n, o in matching.continues.items()}
    unchanged = {
        n
        for n, row in continued.items()
        if all(getattr(row, name) == value for name, value in fields[n].items())
    }
    was = [_Was(a.key, a.text) for a in old]  # before rows are rewritten
    continued_ids = {row.id for row in continued.values()}
    gone = [a.id for a in old if a.id not in continued_ids]
    unindex_articles(session, gone)
    session.execute(delete(Article).where(Article.id.in_(gone)))
    session.flush()
    new_rows: list[Article] = []
    for ordinal, parsed_article in enumerate(articles):
        row = continued.get(ordinal)
        if row is not None:
            row.ordinal = ordinal
            if ordinal not in unchanged:
                _rewrite(session, row, prepare_article(parsed_article, segmenter))
                row.corrected = corrected[ordinal]
            session.add(row)
            new_rows.append(row)
            continue
        key = fresh_article_key(issue.sha256, ordinal, old_keys | taken)
        taken.add(key)
        prepared = prepare_article(parsed_article, segmenter)
        row = store_article(session, prepared, issue_id=issue_id, key=key, ordinal=ordinal)
        row.corrected = corrected[ordinal]
        session.add(row)
        new_rows.append(row)

    # Old articles that no new one continues: their tags and state go to the article that
    # now holds most of their text.
    for o, n in matching.heirs.items():
        _move_user_data(session, old[o].key, new_rows[n].key)

    placer = _HighlightPlacer(was, new_rows, matching)
    for highlight in session.exec(
        select(Highlight).where(Highlight.issue_sha256 == issue.sha256)
    ).all():
        placer.place(highlight, report)
        session.add(highlight)

    issue.paper_id = paper_id(session, parsed.paper)
    issue.date = parsed.date
    issue.parser_version = PARSER_VERSION
    session.add(issue)


@dataclass(frozen=True)
class _Was:
    """An old article's key and text, as they were before the re-parse."""

    key: str
    text: str


def _rewrite(session: Session, row: Article, prepared: PreparedArticle) -> None:
    """An article's row takes a new parse of it, keeping its id: its columns, its index row and
    its opening, as store_article writes them (index_article)."""
    for name, value in prepared.fields.items():
        setattr(row, name, value)
    session.add(row)
    session.flush()
    unindex_articles(session, [row.id])
    session.execute(sql("DELETE FROM article_opening WHERE article_id = :id"), {"id": row.id})
    index_article(session, row, prepared)


def _corrected(
    session: Session, sha256: str, parsed: ParsedIssue, report: ReparseReport
) -> tuple[list[ParsedArticle], list[str]]:
    """The parse's articles with its paper's rules and the issue's corrections (those not
    undone) applied in the order made, and each article's corrected fields as stored (JSON);
    each correction marked orphaned or not by whether it applied."""
    log = list(
        session.exec(
            select(Correction)
            .where(Correction.issue_sha256 == sha256, Correction.undone == False)  # noqa: E712
            .order_by(Correction.id)
        ).all()
    )
    edited = session.get(IssueEdit, sha256)
    paper = edited.paper if edited is not None and edited.paper else parsed.paper
    rules = [
        LineRule(rule.starts_with, rule.role)
        for rule in session.exec(
            select(PaperRule).where(PaperRule.paper == paper).order_by(PaperRule.id)
        ).all()
    ]
    result = apply_corrections(parsed.articles, [_as_edit(row) for row in log], rules)
    for row, applied in zip(log, result.applied, strict=True):
        if row.orphaned == applied:
            row.orphaned = not applied
            session.add(row)
        if applied:
            report.corrections_applied += 1
        else:
            report.corrections_orphaned += 1
    flags = [json.dumps(sorted(names)) for names in result.corrected]
    return result.articles, flags


def _as_edit(row: Correction) -> Edit:
    """A stored correction as domain/corrections.py applies it."""
    anchor = LineAnchor(row.quote, row.prefix, row.suffix, row.start)
    return Edit(row.operation, anchor, json.loads(row.details))


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

    def __init__(self, old: list[_Was], new: list[Article], matching: Matching) -> None:
        self.old = {a.key: (o, a) for o, a in enumerate(old)}
        self.new = new
        self.by_key = {row.key: row for row in new}
        self.matching = matching
        self.texts: dict[str, AnchorText] = {}  # the new articles', by key
        self.old_texts: dict[str, AnchorText] = {}

    def _text(self, row: Article) -> AnchorText:
        if row.key not in self.texts:
            self.texts[row.key] = AnchorText(row.text)
        return self.texts[row.key]

    def _old_text(self, row: _Was) -> AnchorText:
        if row.key not in self.old_texts:
            self.old_texts[row.key] = AnchorText(row.text)
        return self.old_texts[row.key]

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
            old_text = None if highlight.orphaned else self._old_text(was)
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
            # Its context is now the text around it here: the next re-parse (an undone
            # correction, say) looks for it as it is in this text, which it then knows.
            text = target.text
            highlight.prefix = text[max(0, start - CONTEXT) : start]
            highlight.suffix = text[end : end + CONTEXT]
            highlight.updated_at = utc_now()
            report.highlights_moved += 1
        else:
            report.highlights_kept += 1
