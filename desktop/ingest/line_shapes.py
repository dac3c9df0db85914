"""What a line looks like to the layout walker: a heading, the start of a body, and which way
a paper's bylines face (before the body, 记者 X, or after it, 撰稿 X)."""

from __future__ import annotations

import re

from desktop.ingest import markers
from desktop.ingest.text import balanced, cjk_count, display_width, ends_open, ends_sentence
from desktop.ingest.tokens import (
    Layout,
    Tok,
    Token,
    body_word_start,
    ends_mid_sentence,
    reported_speech,
)

MAX_HEADING_WIDTH = 30.0
_NUMBERED_HEADING = 20.0  # a numbered line this short, without commas, heads a section
_KICKER_ENDS = ("——", "……")
_STOPS = re.compile(r"[。！？!?；;]")
_FULL_STOPS = re.compile(r"[。！？!?]")
_COMMAS = re.compile(r"[，,]")


def heading_shape(tok: Token, nxt: Token | None, layout: Layout) -> bool:
    """Could this body-zone line be a heading (subheading or next article's title)?"""
    t = tok.text
    if tok.lead or tok.trail or not t:
        return False
    if tok.large:
        return True
    if ends_sentence(t) or ends_open(t):
        return False
    width = display_width(t)
    limit = MAX_HEADING_WIDTH
    if layout.wrapped:
        limit = min(limit, 0.8 * layout.width)
    if width > limit or _STOPS.search(t) or not balanced(t):
        return False
    if reported_speech(t) or markers.DATE_START.match(t):
        return False
    if markers.BRIEF_NUMBER.match(t) and (width > _NUMBERED_HEADING or _COMMAS.search(t)):
        return False  # `1、本市启动…，…`: a numbered brief; `一、深刻把握…` is a heading
    clauses = _COMMAS.split(t)
    if len(clauses) == 2 or (len(clauses) > 2 and min(len(c) for c in clauses) < 2):
        return False
    # The first line of a paragraph is its column's width less the two-cell indent (a kicker
    # ending in a dash is none).
    if (
        layout.wrapped
        and not t.endswith(_KICKER_ENDS)
        and nxt is not None
        and nxt.kind is Tok.TEXT
        and width + 0.5 <= nxt.width <= width + 3.5
        and ends_mid_sentence(nxt, layout)
    ):
        return False
    return cjk_count(t) > 0


def body_start(tok: Token, layout: Layout) -> bool:
    """In the head zone: does this line begin the body rather than add to the headline?"""
    t = tok.text
    if tok.lead or tok.trail:
        return True
    if tok.large:
        return False
    if t.endswith(_KICKER_ENDS):
        return False
    if ends_sentence(t) or ends_open(t) or not balanced(t):
        return True
    if markers.DATE_START.match(t) or markers.BRIEF_NUMBER.match(t) or reported_speech(t):
        return True
    if _FULL_STOPS.search(t):
        return True
    if layout.wrapped:
        score = (tok.width >= layout.width - 3) + body_word_start(t) + bool(_COMMAS.search(t))
        return score >= 2
    return tok.width > 40


def leading_bylines(toks: list[Token]) -> bool:
    """Do this paper's bylines stand before the body (记者 X) or after it (撰稿 X)?"""
    leading = trailing = 0

    for i, tok in enumerate(toks):
        if tok.kind is Tok.TEXT and any(k == "byline" for k, _ in tok.trail):
            trailing += 1
        if tok.kind is not Tok.BYLINE or (tok.credit and tok.credit.photo):
            continue
        prev = toks[i - 1] if i else None
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        prev_head = prev is not None and prev.kind is Tok.TEXT and _headlike(prev)
        prev_body = prev is not None and prev.kind is Tok.TEXT and not _headlike(prev)
        next_body = nxt is not None and nxt.kind is Tok.TEXT and not _headlike(nxt)
        next_head = nxt is None or nxt.kind is not Tok.TEXT or _headlike(nxt)
        if prev_head and next_body:
            leading += 1
        elif prev_body and next_head:
            trailing += 1
    if leading == trailing == 0:
        return False
    return leading > trailing


def _headlike(tok: Token) -> bool:
    return not ends_sentence(tok.text) and tok.width <= MAX_HEADING_WIDTH and not tok.lead
