"""Corrections by hand: the edits a user makes over an issue's parse (split an article, merge two,
move a paragraph, set a line's role, edit the headline fields, join or cut paragraphs), applied
in order to the parser's articles.

A correction names the line it is about the way a highlight names its passage: the line's start
with the text around it, in the article's lines (its kicker, title and subtitle, then its
blocks), never a row id or an index. So it applies again to a new parse of the same text, and
where that parse has no such line any more it does not apply: the caller keeps it and marks it
orphaned. Pure: no Qt, no database.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from desktop.domain.anchoring import Anchor, AnchorText, find_passage, make_anchor
from desktop.domain.kinds import KIND_NAMES
from desktop.ingest.markers import bare_name, byline
from desktop.ingest.model import Block, ParsedArticle

OPERATIONS = ("split", "merge", "move", "role", "edit", "join", "cut")
ROLES = ("kicker", "title", "subtitle", "byline", "caption", "page_header", "body")
HEADLINE = ("kicker", "title", "subtitle")
EDITABLE = ("kicker", "title", "subtitle", "authors", "source", "section", "kind")
DIRECTIONS = ("next", "previous")
QUOTE = 48  # characters of a line's start that name it (with the text around it)
RULE_LINE = 40  # a paper's rule takes lines this short at most: bylines, headers, not running text
CUT_CONTEXT = 16  # characters on each side of a cut that say where in its paragraph it is

Place = str | int  # a headline field's name, or a block's index


@dataclass(frozen=True)
class LineAnchor:
    """A line of an article: its start (`quote`), and the article's text before and after."""

    quote: str
    prefix: str
    suffix: str
    start: int = 0  # where the line started in the article's lines when it was named


@dataclass(frozen=True)
class Correction:
    operation: str
    anchor: LineAnchor
    details: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class LineRule:
    """A paper's convention, learnt from a correction: in this paper, a line that starts with
    `starts_with` is a `role` (`□记者` → byline)."""

    starts_with: str
    role: str


@dataclass
class CorrectedIssue:
    articles: list[ParsedArticle]
    corrected: list[set[str]]  # per article, which of its fields were corrected by hand
    applied: list[bool]  # per correction: False where its line is gone (it is orphaned)


class CorrectionError(ValueError):
    """A correction that cannot be made: its message says why."""


def article_lines(article: ParsedArticle) -> list[tuple[Place, str]]:
    """The lines a correction can name: the headline fields that are set, then the blocks."""
    lines: list[tuple[Place, str]] = [
        (name, value) for name in HEADLINE if (value := getattr(article, name))
    ]
    lines += [(i, block.text) for i, block in enumerate(article.blocks) if block.text]
    return lines


def _lines_text(lines: list[tuple[Place, str]]) -> tuple[str, list[int]]:
    """The lines joined by newlines, and where each starts."""
    starts, pos = [], 0
    for _, text in lines:
        starts.append(pos)
        pos += len(text) + 1
    return "\n".join(text for _, text in lines), starts


def anchor_line(article: ParsedArticle, place: Place) -> LineAnchor:
    """The anchor of one of the article's lines (`place` as article_lines names it)."""
    lines = article_lines(article)
    text, starts = _lines_text(lines)
    for (where, line), start in zip(lines, starts, strict=True):
        if where == place:
            anchor = make_anchor(text, start, start + min(len(line), QUOTE))
            return LineAnchor(anchor.quote, anchor.prefix, anchor.suffix, start)
    raise CorrectionError(f"the article has no line {place!r}")


def check(correction: Correction) -> None:
    """CorrectionError unless the correction's details are ones its operation takes."""
    op, details = correction.operation, correction.details
    if op not in OPERATIONS:
        raise CorrectionError(f"unknown correction “{op}” (one of {', '.join(OPERATIONS)})")
    if not correction.anchor.quote:
        raise CorrectionError("a correction must name a line of text")
    if op == "split":
        roles = details.get("roles", [])
        if not isinstance(roles, list) or any(r not in ROLES for r in roles):
            raise CorrectionError(f"the new article's lines take roles of: {', '.join(ROLES)}")
    elif op in ("merge", "move"):
        if details.get("direction") not in DIRECTIONS:
            raise CorrectionError("the direction is “next” or “previous”")
    elif op == "role":
        if details.get("role") not in ROLES:
            raise CorrectionError(f"a line's role is one of: {', '.join(ROLES)}")
    elif op == "edit":
        _check_fields(details.get("fields"))
    elif op == "cut":
        before, after = details.get("before"), details.get("after")
        if not (isinstance(before, str) and isinstance(after, str) and before and after):
            raise CorrectionError("a cut needs the text on both sides of it")


def _check_fields(fields: Any) -> None:
    if not isinstance(fields, dict) or not fields:
        raise CorrectionError(f"an edit sets some of: {', '.join(EDITABLE)}")
    for name, value in fields.items():
        if name not in EDITABLE:
            raise CorrectionError(f"“{name}” cannot be edited (only {', '.join(EDITABLE)})")
        if name == "authors":
            if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
                raise CorrectionError("the authors are a list of names")
        elif name == "kind":
            if value not in KIND_NAMES:
                raise CorrectionError(f"the kind is one of: {', '.join(KIND_NAMES)}")
        elif value is not None and not isinstance(value, str):
            raise CorrectionError(f"“{name}” is text")


def apply_corrections(
    articles: Sequence[ParsedArticle],
    corrections: Sequence[Correction],
    rules: Sequence[LineRule] = (),
) -> CorrectedIssue:
    """The articles with the paper's rules applied, then the corrections in order (the given
    articles are not changed)."""
    result = CorrectedIssue(copy.deepcopy(list(articles)), [set() for _ in articles], [])
    _apply_rules(result, rules)
    for correction in corrections:
        result.applied.append(_apply(result, correction))
    return result


def check_rule(rule: LineRule) -> None:
    if rule.role not in ROLES:
        raise CorrectionError(f"a line's role is one of: {', '.join(ROLES)}")
    if not rule.starts_with.strip() or len(rule.starts_with) > RULE_LINE // 2:
        raise CorrectionError(f"a rule's line start is 1 to {RULE_LINE // 2} characters")


def rule_start(line: str) -> str:
    """The start a rule learnt from `line` looks for: its first word (`□记者` of `□记者 胡蝶飞`),
    or the line itself when it is one word."""
    words = line.split()
    return words[0][: RULE_LINE // 2] if words else ""


def _apply_rules(issue: CorrectedIssue, rules: Sequence[LineRule]) -> None:
    i = 0
    while i < len(issue.articles):
        count = len(issue.articles)
        for rule in rules:
            # Each line a rule takes leaves its place or gets its role: bounded by the lines.
            for _ in range(len(article_lines(issue.articles[i]))):
                place = _ruled_line(issue.articles[i], rule)
                if place is None:
                    break
                _role(issue, i, place, {"role": rule.role})
                if len(issue.articles) < count:
                    break  # the article was emptied and is gone: the next one is at i now
            if len(issue.articles) < count:
                break
        if len(issue.articles) >= count:
            i += 1


def _ruled_line(article: ParsedArticle, rule: LineRule) -> Place | None:
    """A line of the article the rule takes and that has another role yet."""
    for place, text in article_lines(article):
        if len(text) > RULE_LINE or not text.startswith(rule.starts_with):
            continue
        if place == rule.role or (rule.role == "caption" and article.kind == "photo"):
            continue
        body = isinstance(place, int) and article.blocks[place].type == "paragraph"
        if rule.role == "body" and body:
            continue
        return place
    return None


def _apply(issue: CorrectedIssue, correction: Correction) -> bool:
    try:
        check(correction)
    except CorrectionError:
        return False
    found = locate(issue.articles, correction.anchor)
    if found is None:
        return False
    i, place = found
    operation = _OPERATIONS[correction.operation]
    return operation(issue, i, place, correction.details)


def locate(articles: Sequence[ParsedArticle], anchor: LineAnchor) -> tuple[int, Place] | None:
    """The article and line the anchor names, where that is certain."""
    views = [article_lines(a) for a in articles]
    texts = [_lines_text(lines) for lines in views]
    start = anchor.start
    target = Anchor(start, start + len(anchor.quote), anchor.quote, anchor.prefix, anchor.suffix)
    found = find_passage([(i, AnchorText(text)) for i, (text, _) in enumerate(texts)], target)
    if found is None:
        return None
    i, begin, _ = found
    starts = texts[i][1]
    if begin not in starts:
        return None  # the words are there, but no longer at a line's start
    return i, views[i][starts.index(begin)][0]


# ---- the operations: each changes `issue` and says whether it applied -----------------------


def _split(issue: CorrectedIssue, i: int, place: Place, details: dict[str, Any]) -> bool:
    """A new article from the named block on; its first lines take the given roles."""
    article = issue.articles[i]
    headed = any(getattr(article, h) for h in HEADLINE)
    if not isinstance(place, int) or (place == 0 and not headed):
        return False  # the article would be left with nothing
    new = ParsedArticle(section=article.section, blocks=article.blocks[place:])
    new.continued_to, article.continued_to = article.continued_to, None
    article.blocks = article.blocks[:place]
    issue.articles.insert(i + 1, new)
    issue.corrected.insert(i + 1, {"boundaries"})
    roles: list[str] = details.get("roles", [])
    heads, rest = new.blocks[: len(roles)], new.blocks[len(roles) :]
    new.blocks = rest
    body = []
    for block, role in zip(heads, roles, strict=False):
        if role == "body":
            body.append(Block("paragraph", block.text))
        else:
            _give_role(issue, i + 1, block.text, role, join=True)
    new.blocks = body + new.blocks
    issue.corrected[i].add("boundaries")
    return True


def _merge(issue: CorrectedIssue, i: int, place: Place, details: dict[str, Any]) -> bool:
    j = i + 1 if details["direction"] == "next" else i - 1
    if not 0 <= j < len(issue.articles):
        return False
    first, second = sorted((i, j))
    a, b = issue.articles[first], issue.articles[second]
    # The second article's headline stays in the text, as subheadings.
    a.blocks += [Block("subheading", h) for name in HEADLINE if (h := getattr(b, name))]
    a.blocks += b.blocks
    a.add_author(*b.authors)
    a.source = a.source or b.source
    a.markers += b.markers
    a.continued_to = b.continued_to
    del issue.articles[second]
    issue.corrected[first] |= issue.corrected.pop(second) | {"boundaries"}
    return True


def _move(issue: CorrectedIssue, i: int, place: Place, details: dict[str, Any]) -> bool:
    forward = details["direction"] == "next"
    j = i + 1 if forward else i - 1
    if not isinstance(place, int) or not 0 <= j < len(issue.articles):
        return False
    block = issue.articles[i].blocks.pop(place)
    if forward:
        issue.articles[j].blocks.insert(0, block)
    else:
        issue.articles[j].blocks.append(block)
    issue.corrected[j].add("boundaries")
    issue.corrected[i].add("boundaries")
    _drop_if_empty(issue, i)
    return True


def _role(issue: CorrectedIssue, i: int, place: Place, details: dict[str, Any]) -> bool:
    article, role = issue.articles[i], details["role"]
    if place == role or (role == "body" and isinstance(place, int)):
        block = article.blocks[place] if isinstance(place, int) else None
        if block is None or block.type == "paragraph":
            return False  # it has that role already
        block.type = "paragraph"
        issue.corrected[i].add("text")
        return True
    text = _take_line(article, place)
    if role == "body":
        article.blocks.insert(0, Block("paragraph", text))
        issue.corrected[i].add("text")
    else:
        _give_role(issue, i, text, role, join=False)
    if isinstance(place, str):
        issue.corrected[i].add(place)
    _drop_if_empty(issue, i)
    return True


def _edit(issue: CorrectedIssue, i: int, place: Place, details: dict[str, Any]) -> bool:
    article = issue.articles[i]
    for name, value in details["fields"].items():
        if name == "authors":
            value = list(value)
        elif name != "kind":
            value = value or None  # an emptied field is unset
        setattr(article, name, value)
        issue.corrected[i].add(name)
    return True


def _join(issue: CorrectedIssue, i: int, place: Place, details: dict[str, Any]) -> bool:
    """The named paragraph and the one after it become one."""
    blocks = issue.articles[i].blocks
    if not isinstance(place, int) or place + 1 >= len(blocks):
        return False
    blocks[place].text += blocks.pop(place + 1).text
    issue.corrected[i].add("text")
    return True


def _cut(issue: CorrectedIssue, i: int, place: Place, details: dict[str, Any]) -> bool:
    """The named paragraph becomes two, where the text on both sides of the cut agrees."""
    if not isinstance(place, int):
        return False
    blocks = issue.articles[i].blocks
    text, before, after = blocks[place].text, details["before"], details["after"]
    cuts = [
        pos + len(before)
        for pos in range(len(text))
        if text.startswith(before, pos) and text.startswith(after, pos + len(before))
    ]
    if len(cuts) != 1:
        return False
    cut = cuts[0]
    blocks[place : place + 1] = [
        Block(blocks[place].type, text[:cut]),
        Block("paragraph", text[cut:]),
    ]
    issue.corrected[i].add("text")
    return True


_OPERATIONS = {
    "split": _split,
    "merge": _merge,
    "move": _move,
    "role": _role,
    "edit": _edit,
    "join": _join,
    "cut": _cut,
}


def cut_details(text: str, offset: int) -> dict[str, str]:
    """What a cut of `text` at `offset` remembers: the text on both sides of it."""
    if not 0 < offset < len(text):
        raise CorrectionError(
            f"a paragraph of {len(text)} characters is cut inside it, not at {offset}"
        )
    return {
        "before": text[max(0, offset - CUT_CONTEXT) : offset],
        "after": text[offset : offset + CUT_CONTEXT],
    }


# ---- helpers ---------------------------------------------------------------------------------


def _take_line(article: ParsedArticle, place: Place) -> str:
    """Remove a line from the article, and return its text."""
    if isinstance(place, int):
        return article.blocks.pop(place).text
    text = getattr(article, place)
    setattr(article, place, None)
    return text


def _give_role(issue: CorrectedIssue, i: int, text: str, role: str, *, join: bool) -> None:
    """`text`, taken from article i, as the line of `role` there. A headline field already set
    is joined (`join`: lines of one headline) or its old line goes back to the body."""
    article, corrected = issue.articles[i], issue.corrected[i]
    if role in HEADLINE:
        held = getattr(article, role)
        if held and join:
            text = held + text
        elif held:
            article.blocks.insert(0, Block("paragraph", held))
        setattr(article, role, text)
        corrected.add(role)
    elif role == "byline":
        credit = byline(text) or bare_name(text)
        article.add_author(*(credit.authors if credit else [text.strip()]))
        if credit is not None and credit.source:
            article.source = article.source or credit.source
        article.markers.append(text)
        corrected.add("authors")
    elif role == "page_header":
        article.markers.append(text)  # out of the text, every printed character kept
        corrected.add("text")
    elif role == "caption":
        # A caption is a photo's piece of its own, as the parser makes one.
        photo = ParsedArticle(
            kind="photo", section=article.section, blocks=[Block("paragraph", text)]
        )
        issue.articles.insert(i + 1, photo)
        issue.corrected.insert(i + 1, {"boundaries", "kind"})
        corrected.add("text")


def _drop_if_empty(issue: CorrectedIssue, i: int) -> None:
    """An article left with no line at all is gone (its text went elsewhere)."""
    if not article_lines(issue.articles[i]):
        del issue.articles[i]
        del issue.corrected[i]
