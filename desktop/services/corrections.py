"""Correcting a parse by hand: each correction (domain/corrections.py) is written to the issue's
log and the issue's articles rebuilt with it, in one transaction: the search index follows, and
the user's highlights, notes, tags and read state follow the text they are on, as through a
re-parse (services/reparsing.py does both). The log is also the undo stack: undo marks the last
correction undone and rebuilds, redo takes the first undone one back; a new correction made
after an undo ends what could be redone, as in any editor.

Lines are named as the user sees them: an article's headline fields by name ("kicker", "title",
"subtitle"), its blocks by index (0 the first)."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import delete
from sqlalchemy import text as sql
from sqlmodel import Session, select

from desktop.domain import corrections as domain
from desktop.domain.corrections import CorrectionError, Place
from desktop.ingest import Block, ParsedArticle
from desktop.nlp import Segmenter
from desktop.services.errors import InvalidInput
from desktop.services.reparsing import ReparseReport, reparse_issue
from desktop.store.database import Database
from desktop.store.models import Article, Correction, Issue, PaperRule


@dataclass(frozen=True)
class CorrectionView:
    id: int
    issue_sha256: str
    article_key: str  # the article it was made on
    operation: str
    line: str  # the start of the line it names
    details: dict[str, Any]
    orphaned: bool
    undone: bool
    created_at: str

    @property
    def description(self) -> str:
        """What the correction did, in a line (the command line's listing)."""
        d, line = self.details, f"「{self.line[:20]}」"
        roles = ", ".join(d.get("roles") or ["body"])
        what = {
            "split": f"split before {line}, its first lines {roles}",
            "merge": f"merged with the {d.get('direction')} article",
            "move": f"moved {line} to the {d.get('direction')} article",
            "role": f"{line} made {d.get('role')}",
            "edit": "set " + "; ".join(f"{k} {v}" for k, v in d.get("fields", {}).items()),
            "join": f"joined {line} with the next paragraph",
            "cut": f"cut {line} before 「{d.get('after', '')}」",
        }[self.operation]
        return what + (" (orphaned: its text is gone)" if self.orphaned else "")


@dataclass(frozen=True)
class CorrectionOutcome:
    correction: CorrectionView
    report: ReparseReport  # how the issue's highlights fared in the rebuild


def view_of(row: Correction) -> CorrectionView:
    assert row.id is not None
    return CorrectionView(
        row.id,
        row.issue_sha256,
        row.article_key,
        row.operation,
        row.quote,
        json.loads(row.details),
        row.orphaned,
        row.undone,
        row.created_at,
    )


# ---- making corrections ----------------------------------------------------------------------


def split(
    db: Database, segmenter: Segmenter, article_id: int, paragraph: int, roles: list[str]
) -> CorrectionOutcome:
    """A new article from block `paragraph` on; its first blocks take `roles` (a headline's
    lines: "title", "subtitle", … or "body")."""
    return correct(db, segmenter, article_id, "split", paragraph, {"roles": list(roles)})


def merge(db: Database, segmenter: Segmenter, article_id: int, direction: str) -> CorrectionOutcome:
    """The article and the next or previous one become one."""
    return correct(db, segmenter, article_id, "merge", None, {"direction": direction})


def move_paragraph(
    db: Database, segmenter: Segmenter, article_id: int, paragraph: int, direction: str
) -> CorrectionOutcome:
    return correct(db, segmenter, article_id, "move", paragraph, {"direction": direction})


def set_role(
    db: Database, segmenter: Segmenter, article_id: int, line: Place, role: str
) -> CorrectionOutcome:
    """Line `line` (a headline field's name or a block's index) is the article's `role`."""
    return correct(db, segmenter, article_id, "role", line, {"role": role})


def edit_fields(
    db: Database, segmenter: Segmenter, article_id: int, fields: dict[str, Any]
) -> CorrectionOutcome:
    """Set headline fields, authors, source, section or kind (domain.EDITABLE)."""
    return correct(db, segmenter, article_id, "edit", None, {"fields": dict(fields)})


def join_paragraphs(
    db: Database, segmenter: Segmenter, article_id: int, paragraph: int
) -> CorrectionOutcome:
    """Block `paragraph` and the one after it become one."""
    return correct(db, segmenter, article_id, "join", paragraph, {})


def cut_paragraph(
    db: Database, segmenter: Segmenter, article_id: int, paragraph: int, offset: int
) -> CorrectionOutcome:
    """Block `paragraph` becomes two, the second from character `offset` of it."""
    with db.session() as session:
        article = _article(session, article_id)
        text = _block_text(article, paragraph)
    try:
        details = domain.cut_details(text, offset)
    except CorrectionError as error:
        raise InvalidInput(f"Cannot cut the paragraph: {error}.", code="correction") from None
    return correct(db, segmenter, article_id, "cut", paragraph, details)


def correct(
    db: Database,
    segmenter: Segmenter,
    article_id: int,
    operation: str,
    line: Place | None,
    details: dict[str, Any],
) -> CorrectionOutcome:
    """Make a correction on the article's `line` (None: its first line, for corrections of the
    whole article), in one transaction; InvalidInput, with nothing changed, where it cannot be
    made."""
    with db.session() as session:
        article = _article(session, article_id)
        parsed = as_parsed(article)
        lines = domain.article_lines(parsed)
        if not lines:
            raise InvalidInput(f"Article {article_id} has no text to correct.", code="correction")
        place = lines[0][0] if line is None else line
        if isinstance(place, int):
            _block_text(article, place)  # a paragraph it has, or a message counting from 1
        try:
            anchor = domain.anchor_line(parsed, place)
            domain.check(domain.Correction(operation, anchor, details))
        except CorrectionError as error:
            raise InvalidInput(
                f"Cannot {operation} article {article_id}: {error}.", code="correction"
            ) from None
        issue = session.get(Issue, article.issue_id)
        assert issue is not None and issue.id is not None
        held = session.exec(
            select(Article).where(Article.issue_id == issue.id).order_by(Article.ordinal)
        ).all()
        if domain.locate([as_parsed(a) for a in held], anchor) != (article.ordinal, place):
            # The issue has the same line with the same text around it elsewhere: it cannot
            # be named by its text, so the correction would not find it again.
            raise InvalidInput(
                f"Cannot {operation} article {article_id} there: the issue has the same line "
                "with the same text around it elsewhere.",
                code="correction_not_here",
                operation="ambiguous",
            )
        # A new correction ends the redo stack.
        session.execute(
            delete(Correction).where(
                Correction.issue_sha256 == issue.sha256,
                Correction.undone == True,  # noqa: E712
            )
        )
        row = Correction(
            issue_sha256=issue.sha256,
            article_key=article.key,
            operation=operation,
            quote=anchor.quote,
            prefix=anchor.prefix,
            suffix=anchor.suffix,
            start=anchor.start,
            details=json.dumps(details, ensure_ascii=False),
        )
        session.add(row)
        session.flush()
        report = ReparseReport()
        reparse_issue(session, segmenter, issue.id, report)
        if row.orphaned:
            # The transaction is rolled back: nothing of it stays.
            raise InvalidInput(
                f"Cannot {operation} article {article_id} there: {_why_not(operation)}.",
                code="correction_not_here",
                operation=operation,
            )
        return CorrectionOutcome(view_of(row), report)


def _why_not(operation: str) -> str:
    return {
        "split": "the article would keep nothing before the split",
        "merge": "there is no article on that side",
        "move": "there is no article on that side, or the line is not a paragraph",
        "role": "the line has that role already",
        "join": "there is no paragraph after it",
        "cut": "that place is not inside the paragraph",
    }.get(operation, "the line is not in the article")


# ---- undo, redo, listing ---------------------------------------------------------------------


def undo(db: Database, segmenter: Segmenter, issue_id: int) -> CorrectionView | None:
    """Undo the issue's last correction (None: there is none to undo)."""
    with db.session() as session:
        issue = _issue(session, issue_id)
        row = session.exec(
            select(Correction)
            .where(Correction.issue_sha256 == issue.sha256, Correction.undone == False)  # noqa: E712
            .order_by(Correction.id.desc())  # type: ignore[union-attr]
        ).first()
        if row is None:
            return None
        row.undone = True
        session.add(row)
        reparse_issue(session, segmenter, issue_id, ReparseReport())
        return view_of(row)


def redo(db: Database, segmenter: Segmenter, issue_id: int) -> CorrectionView | None:
    """Make the issue's last undone correction again (None: there is none to redo)."""
    with db.session() as session:
        issue = _issue(session, issue_id)
        row = session.exec(
            select(Correction)
            .where(Correction.issue_sha256 == issue.sha256, Correction.undone == True)  # noqa: E712
            .order_by(Correction.id)
        ).first()
        if row is None:
            return None
        row.undone = False
        session.add(row)
        reparse_issue(session, segmenter, issue_id, ReparseReport())
        return view_of(row)


def list_corrections(db: Database, issue_id: int) -> list[CorrectionView]:
    """The issue's corrections in the order made, undone ones included (they can be redone)."""
    with db.session() as session:
        issue = _issue(session, issue_id)
        rows = session.exec(
            select(Correction)
            .where(Correction.issue_sha256 == issue.sha256)
            .order_by(Correction.id)
        ).all()
        return [view_of(row) for row in rows]


@dataclass(frozen=True)
class CorrectedArticle:
    id: int
    key: str
    article: ParsedArticle
    corrected: list[str]  # the fields corrections set; "boundaries": split, merged or moved


def issue_as_corrected(db: Database, issue_id: int) -> list[CorrectedArticle]:
    """The issue's articles as the library holds them (the parse with the corrections), in
    order, each with the fields the corrections set: what the outline shows."""
    with db.session() as session:
        _issue(session, issue_id)
        rows = session.exec(
            select(Article).where(Article.issue_id == issue_id).order_by(Article.ordinal)
        ).all()
        return [
            CorrectedArticle(row.id or 0, row.key, as_parsed(row), row.corrected_fields)
            for row in rows
        ]


# ---- a paper's rules -------------------------------------------------------------------------


@dataclass(frozen=True)
class RuleView:
    id: int
    paper: str
    starts_with: str
    role: str
    created_at: str
    issues: int = 0  # of the paper's, rebuilt when the rule was added or removed


def add_rule(
    db: Database, segmenter: Segmenter, paper: str, starts_with: str, role: str
) -> RuleView:
    """Teach a paper a convention (a line that starts so is a `role`) and rebuild every issue of
    the paper with it."""
    rule = domain.LineRule(starts_with.strip(), role)
    try:
        domain.check_rule(rule)
    except CorrectionError as error:
        raise InvalidInput(f"Cannot add the rule: {error}.", code="correction") from None
    with db.session() as session:
        if not _paper_issues(session, paper):
            raise InvalidInput(f"No issue of the library is of the paper “{paper}”.")
        held = session.exec(
            select(PaperRule).where(
                PaperRule.paper == paper, PaperRule.starts_with == rule.starts_with
            )
        ).first()
        if held is not None:
            raise InvalidInput(
                f"{paper} has a rule for lines starting “{rule.starts_with}” already "
                f"(rule {held.id}, {held.role}): remove it first."
            )
        row = PaperRule(paper=paper, starts_with=rule.starts_with, role=role)
        session.add(row)
        session.flush()
        view = _rule_view(row)
    return replace(view, issues=_rebuild_paper(db, segmenter, paper))


def rule_from_correction(
    db: Database, segmenter: Segmenter, correction_id: int, *, starts_with: str | None = None
) -> RuleView:
    """The rule a role correction teaches: in its issue's paper, a line that starts with
    `starts_with` (by default the corrected line's first word: `□记者` of `□记者 胡蝶飞`) has
    the role it was given."""
    with db.session() as session:
        row = session.get(Correction, correction_id)
        if row is None:
            raise InvalidInput(f"There is no correction {correction_id}.")
        if row.operation != "role":
            raise InvalidInput(
                f"Correction {correction_id} is a {row.operation}: a rule is learnt from a "
                "correction of a line's role."
            )
        paper = session.execute(
            sql("SELECT paper FROM issue_effective WHERE sha256 = :sha"), {"sha": row.issue_sha256}
        ).scalar()
        role = json.loads(row.details)["role"]
        start = starts_with if starts_with is not None else domain.rule_start(row.quote)
    if not paper:
        raise InvalidInput("The correction's issue has no paper: give the issue its paper first.")
    return add_rule(db, segmenter, paper, start, role)


def list_rules(db: Database, paper: str | None = None) -> list[RuleView]:
    with db.session() as session:
        query = select(PaperRule).order_by(PaperRule.paper, PaperRule.id)
        if paper is not None:
            query = query.where(PaperRule.paper == paper)
        return [_rule_view(row) for row in session.exec(query).all()]


def remove_rule(db: Database, segmenter: Segmenter, rule_id: int) -> RuleView:
    """Remove a paper's rule and rebuild the paper's issues without it."""
    with db.session() as session:
        row = session.get(PaperRule, rule_id)
        if row is None:
            raise InvalidInput(f"There is no rule {rule_id}: `articles rules` lists them.")
        view = _rule_view(row)
        session.delete(row)
    return replace(view, issues=_rebuild_paper(db, segmenter, view.paper))


def _rule_view(row: PaperRule) -> RuleView:
    assert row.id is not None
    return RuleView(row.id, row.paper, row.starts_with, row.role, row.created_at)


def _paper_issues(session: Session, paper: str) -> list[int]:
    return list(
        session.execute(
            sql("SELECT id FROM issue_effective WHERE paper = :paper ORDER BY id"),
            {"paper": paper},
        ).scalars()
    )


def _rebuild_paper(db: Database, segmenter: Segmenter, paper: str) -> int:
    """Rebuild the paper's issues, one transaction each (the rule is in already: an issue not
    rebuilt yet gets it at the next re-parse)."""
    with db.session() as session:
        issue_ids = _paper_issues(session, paper)
    for issue_id in issue_ids:
        with db.session() as session:
            reparse_issue(session, segmenter, issue_id, ReparseReport())
    return len(issue_ids)


# ---- helpers ---------------------------------------------------------------------------------


def as_parsed(article: Article) -> ParsedArticle:
    """A stored article as the parser's kind of article: what a correction is made on."""
    return ParsedArticle(
        kind=article.kind,
        section=article.section,
        column=article.column_label,
        kicker=article.kicker,
        title=article.title,
        subtitle=article.subtitle,
        authors=article.author_list,
        source=article.source,
        blocks=[Block(b["type"], b["text"]) for b in article.block_list],  # type: ignore[arg-type]
        continued_to=article.continued_to,
        continued_from=article.continued_from,
        markers=json.loads(article.markers),
    )


def _article(session: Session, article_id: int) -> Article:
    article = session.get(Article, article_id)
    if article is None:
        raise InvalidInput(f"There is no article {article_id}.", code="no_article", id=article_id)
    return article


def _issue(session: Session, issue_id: int) -> Issue:
    issue = session.get(Issue, issue_id)
    if issue is None:
        raise InvalidInput(f"There is no issue {issue_id}.", code="no_issue", id=issue_id)
    return issue


def _block_text(article: Article, paragraph: int) -> str:
    blocks = article.block_list
    if not 0 <= paragraph < len(blocks):
        raise InvalidInput(
            f"Article {article.id} has paragraphs 1–{len(blocks)}, not {paragraph + 1}.",
            code="correction",
        )
    return blocks[paragraph]["text"]
