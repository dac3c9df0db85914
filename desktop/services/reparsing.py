"""Re-parsing issues with the current parser: each issue's articles are rebuilt from its raw text
in one transaction, and the user's tags, read state and highlights follow the articles they
were on (domain/article_identity.py says which those are; domain/anchoring.py finds each
highlight again, or it is kept and marked orphaned)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import delete
from sqlalchemy import text as sql
from sqlmodel import Session, select

from desktop.domain.anchoring import Anchor, AnchorText, find_passage
from desktop.domain.article_identity import ArticleText, Matching, fresh_article_key, match_articles
from desktop.ingest import PARSER_VERSION, ParsedIssue, parse_lines, parse_text
from desktop.nlp import Segmenter
from desktop.services.indexing import (
    article_fields,
    prepare_article,
    store_article,
    unindex_articles,
)
from desktop.services.papers import paper_id
from desktop.services.pdf_files import stored_lines
from desktop.services.progress import CancelFn, ProgressFn
from desktop.store.database import Database
from desktop.store.models import Article, ArticleState, ArticleTag, Highlight, Issue, utc_now

ParseFn = Callable[..., ParsedIssue]


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
            reparse_issue(session, segmenter, issue_id, report, parse=parse)
        report.issues += 1
    if progress is not None and not report.cancelled:
        progress(len(ids), len(ids), "")
    return report


def reparse_issue(
    session: Session,
    segmenter: Segmenter,
    issue_id: int,
    report: ReparseReport,
    *,
    parse: ParseFn = parse_text,
) -> None:
    """Rebuild one issue's articles in the caller's transaction; an issue read from PDFs is
    read from its kept files again (their layout: sizes, columns, pages), any other from its
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
    fields = [article_fields(a) for a in parsed.articles]
    # An article the new parse gives exactly as stored keeps its row and its index row: a
    # re-parse that changes little costs little (jieba, the slow part, runs for the rest only).
    kept = {
        n: old[o]
        for n, o in matching.continues.items()
        if all(getattr(old[o], name) == value for name, value in fields[n].items())
    }
    kept_ids = {row.id for row in kept.values()}
    gone = [a.id for a in old if a.id not in kept_ids]
    unindex_articles(session, gone)
    session.execute(delete(Article).where(Article.id.in_(gone)))
    session.flush()
    new_rows: list[Article] = []
    for ordinal, parsed_article in enumerate(parsed.articles):
        if ordinal in kept:
            row = kept[ordinal]
            row.ordinal = ordinal
            session.add(row)
            new_rows.append(row)
            continue
        if ordinal in matching.continues:
            key = old[matching.continues[ordinal]].key
        else:
            key = fresh_article_key(issue.sha256, ordinal, old_keys | taken)
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

    issue.paper_id = paper_id(session, parsed.paper)
    issue.date = parsed.date
    issue.parser_version = PARSER_VERSION
    session.add(issue)


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
        self.texts: dict[str, AnchorText] = {}  # the new articles', by key
        self.old_texts: dict[str, AnchorText] = {}

    def _text(self, row: Article) -> AnchorText:
        if row.key not in self.texts:
            self.texts[row.key] = AnchorText(row.text)
        return self.texts[row.key]

    def _old_text(self, row: Article) -> AnchorText:
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
            highlight.updated_at = utc_now()
            report.highlights_moved += 1
        else:
            report.highlights_kept += 1
