"""Tokens → articles: the layout rules of a district-paper page.

The segmenter walks the tokens with two states. In the *head* zone (file start, after a
section label or after an article was closed by a byline, a contributor line or a jump) short
lines are headline lines until the first line that reads as body text. In the *body* zone a
line continues the open paragraph when the previous line stopped mid-sentence; otherwise it
starts a paragraph, or — if it is shaped like a heading — waits as a candidate until what
follows shows whether it was a subheading or the headline of the next article.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from desktop.ingest import headline, markers
from desktop.ingest.model import Block, ParsedArticle
from desktop.ingest.text import (
    balanced,
    cjk_count,
    clean_heading,
    clean_text,
    display_width,
    ends_open,
    ends_sentence,
    join_fragments,
)
from desktop.ingest.tokens import (
    Layout,
    Tok,
    Token,
    body_word_start,
    detect_layout,
    ends_mid_sentence,
    reported_speech,
    tokenize,
)

_MAX_HEAD_LINES = 4
_MAX_HEADING_WIDTH = 30.0
_BRIEF_SECTIONS = re.compile(r"简讯|快讯|短讯|简报|一句话")
_KICKER_ENDS = ("——", "……")


@dataclass
class _Draft:
    """An article being built; turned into a ParsedArticle by _finish."""

    article: ParsedArticle
    head: list[str] = field(default_factory=list)
    # The head lines came from heading candidates right after a previous article's body.
    head_after_body: bool = False
    paragraph: list[str] | None = None  # fragments of the paragraph being read
    photo: bool = False
    brief_number: bool = False

    @property
    def has_body(self) -> bool:
        return bool(self.article.blocks) or self.paragraph is not None


class Segmenter:
    def __init__(self, tokens: list[Token], layout: Layout) -> None:
        self.tokens = tokens
        self.layout = layout
        self.drafts: list[_Draft] = []
        self.cur: _Draft | None = None
        self.section: str | None = None
        self.section_markers: list[str] = []  # printed labels not yet given to an article
        self.head: list[str] = []  # headline lines read in the head zone
        self.candidates: list[Token] = []  # heading-shaped lines read in the body zone
        self.in_toc = False
        self.toc_lines: list[str] = []
        self.expect_body = False  # a leading byline was just read
        self.leading_bylines = self._byline_convention()

    # ---- the shapes of lines -------------------------------------------------------------

    def _heading_shape(self, tok: Token, nxt: Token | None) -> bool:
        """Could this body-zone line be a heading (subheading or next article's title)?"""
        t = tok.text
        if tok.lead or tok.trail or not t:
            return False
        if tok.large:
            return True
        if ends_sentence(t) or ends_open(t):
            return False
        width = display_width(t)
        limit = _MAX_HEADING_WIDTH
        if self.layout.wrapped:
            limit = min(limit, 0.8 * self.layout.width)
        if width > limit or re.search(r"[。！？!?；;]", t) or not balanced(t):
            return False
        if reported_speech(t) or markers.DATE_START.match(t) or markers.BRIEF_NUMBER.match(t):
            return False
        clauses = [c for c in re.split(r"[，,]", t)]
        if len(clauses) == 2 or (len(clauses) > 2 and min(len(c) for c in clauses) < 2):
            return False
        # The first line of a paragraph is its column's width less the two-cell indent.
        if (
            self.layout.wrapped
            and nxt is not None
            and nxt.kind is Tok.TEXT
            and width + 0.5 <= nxt.width <= width + 3.5
            and ends_mid_sentence(nxt, self.layout)
        ):
            return False
        return cjk_count(t) > 0

    def _body_start(self, tok: Token) -> bool:
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
        if re.search(r"[。！？!?]", t):
            return True
        if self.layout.wrapped:
            score = (
                (tok.width >= self.layout.width - 3)
                + body_word_start(t)
                + bool(re.search(r"[，,]", t))
            )
            return score >= 2
        return tok.width > 40

    def _byline_convention(self) -> bool:
        """Do this paper's bylines stand before the body (记者 X) or after it (撰稿 X)?"""
        leading = trailing = 0
        toks = self.tokens
        for i, tok in enumerate(toks):
            if tok.kind is Tok.TEXT and any(k == "byline" for k, _ in tok.trail):
                trailing += 1
            if tok.kind is not Tok.BYLINE or (tok.credit and tok.credit.photo):
                continue
            prev = toks[i - 1] if i else None
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            prev_head = prev is not None and prev.kind is Tok.TEXT and self._headlike(prev)
            prev_body = prev is not None and prev.kind is Tok.TEXT and not self._headlike(prev)
            next_body = nxt is not None and nxt.kind is Tok.TEXT and not self._headlike(nxt)
            next_head = nxt is None or nxt.kind is not Tok.TEXT or self._headlike(nxt)
            if prev_head and next_body:
                leading += 1
            elif prev_body and next_head:
                trailing += 1
        if leading == trailing == 0:
            return False
        return leading > trailing

    @staticmethod
    def _headlike(tok: Token) -> bool:
        return not ends_sentence(tok.text) and tok.width <= _MAX_HEADING_WIDTH and not tok.lead

    # ---- building articles ---------------------------------------------------------------

    def _new(self, head: list[str], *, after_body: bool = False) -> _Draft:
        self._close()
        draft = _Draft(
            ParsedArticle(section=self.section), head=list(head), head_after_body=after_body
        )
        self._add(draft)
        self.cur = draft
        return draft

    def _add(self, draft: _Draft) -> None:
        # The printed section label (`[简讯]`) is kept with the first article under it.
        draft.article.markers.extend(self.section_markers)
        self.section_markers = []
        self.drafts.append(draft)

    def _end_paragraph(self) -> None:
        d = self.cur
        if d is None or d.paragraph is None:
            return
        text = ""
        for frag in d.paragraph:
            text = join_fragments(text, frag)
        text = clean_text(text)
        if text:
            d.article.blocks.append(Block("paragraph", text))
        d.paragraph = None

    def _flush_candidates(self) -> None:
        """Heading candidates that no article claimed: the current article's trailing headline
        if it has none, else subheadings (a leftover block is better than a dropped line)."""
        if not self.candidates:
            return
        lines = [c.text for c in self.candidates]
        self.candidates = []
        d = self.cur
        if d is None:
            self.head.extend(lines)
            return
        if not d.head and d.article.kind == "article" and not d.photo:
            d.head = lines
        else:
            d.article.blocks.extend(Block("subheading", clean_heading(x)) for x in lines)

    def _close(self) -> None:
        self._end_paragraph()
        self._flush_candidates()
        if self.head:
            # Headline lines with no body under them still make an article.
            lines, self.head = self.head, []
            self.cur = None
            self._add(_Draft(ParsedArticle(section=self.section), head=lines))
        self.cur = None
        self.expect_body = False

    def _apply_credit(self, tok: Token, *, photo: bool = False) -> None:
        d = self.cur
        if d is None:
            d = self._new(self._take_head())
        credit = tok.credit
        d.article.markers.append(tok.raw if tok.kind is not Tok.TEXT else credit.text)
        if credit is not None:
            d.article.add_author(*credit.authors)
            if credit.source and not d.article.source:
                d.article.source = credit.source
        if photo:
            d.photo = True

    def _take_head(self) -> list[str]:
        lines, self.head = self.head, []
        return lines

    def _start_paragraph(self, tok: Token) -> None:
        d = self.cur
        assert d is not None
        self._end_paragraph()
        for kind, marker in tok.lead:
            d.article.markers.append(marker)
            if kind == "from":
                d.article.continued_from = tok.from_page
        if tok.credit is not None and tok.has_lead("dateline"):
            d.article.add_author(*tok.credit.authors)
        d.paragraph = [tok.text] if tok.text else []
        self._read_trail(tok)

    def _continue_paragraph(self, tok: Token, nxt: Token | None) -> None:
        d = self.cur
        assert d is not None and d.paragraph is not None
        if tok.text:
            d.paragraph.append(tok.text)
        self._read_trail(tok, nxt)

    def _sentence_ends_at_column_edge(self, tok: Token, nxt: Token | None) -> bool:
        """In a narrow justified column a sentence may end exactly at the edge while the
        paragraph goes on: the next line then fills the column instead of being indented."""
        d = self.cur
        if not self.layout.wrapped or d is None or not d.paragraph or len(d.paragraph) < 2:
            return False
        if nxt is None or nxt.kind is not Tok.TEXT or nxt.lead:
            return False
        column = display_width(d.paragraph[-2])
        if column > 0.6 * self.layout.width:
            return False
        return tok.width >= column - 0.5 and column - 0.5 <= nxt.width <= column + 1

    def _read_trail(self, tok: Token, nxt: Token | None = None) -> None:
        """Markers after the last sentence end the article: a byline, a photo credit, a jump."""
        d = self.cur
        assert d is not None
        if not tok.trail:
            if (
                d.paragraph is not None
                and not ends_mid_sentence(tok, self.layout)
                and not self._sentence_ends_at_column_edge(tok, nxt)
            ):
                self._end_paragraph()
            return
        self._end_paragraph()
        for kind, marker in tok.trail:
            if kind == "to":
                d.article.markers.append(marker)
                d.article.continued_to = tok.to_page
            elif kind == "byline" and tok.credit is not None:
                d.article.markers.append(marker)
                d.article.add_author(*tok.credit.authors)
                d.photo = d.photo or tok.credit.photo
        self._close()

    def _begin_article_with(self, tok: Token, head: list[str], *, after_body: bool = False) -> None:
        d = self._new(head, after_body=after_body)
        if tok.has_lead("from"):
            d.article.kind = "continuation"
        if markers.BRIEF_NUMBER.match(tok.text) and not head:
            d.article.kind = "brief"
            d.brief_number = True
        self._start_paragraph(tok)

    # ---- the walk ------------------------------------------------------------------------

    def run(self) -> list[_Draft]:
        toks = self.tokens
        for i, tok in enumerate(toks):
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            handler = {
                Tok.SECTION: self._on_section,
                Tok.CONTRIBUTOR: self._on_contributor,
                Tok.BYLINE: self._on_byline,
                Tok.JUMP: self._on_jump,
                Tok.TOC_HEAD: self._on_toc_head,
                Tok.TOC_PAGE: self._on_toc_page,
            }.get(tok.kind)
            if handler is not None:
                handler(tok)
            elif self.in_toc:
                self._on_toc_text(tok, nxt)
            else:
                self._on_text(tok, nxt, toks[i + 2] if i + 2 < len(toks) else None)
        self._leave_toc()
        self._close()
        if self.section_markers:
            # A label with nothing under it: keep it with the last article rather than drop it.
            if self.drafts:
                self.drafts[-1].article.markers.extend(self.section_markers)
            else:
                self._add(_Draft(ParsedArticle(section=self.section)))
        return self.drafts

    def _on_section(self, tok: Token) -> None:
        self._leave_toc()
        self._close()
        self.section = tok.label
        self.section_markers.append(tok.raw)

    def _on_contributor(self, tok: Token) -> None:
        self._leave_toc()
        self._end_paragraph()
        self._flush_candidates()
        if self.cur is None or self.head:
            self._new(self._take_head())
        self._apply_credit(tok)
        self._close()

    def _on_byline(self, tok: Token) -> None:
        self._leave_toc()
        photo = bool(tok.credit and tok.credit.photo)
        if self.leading_bylines and not photo:
            self._end_paragraph()
            if self.candidates:
                head = [c.text for c in self.candidates]
                self.candidates = []
                self._new(head, after_body=self.cur is not None)
            elif self.head or self.cur is None or self.cur.has_body:
                self._new(self._take_head())
            self._apply_credit(tok)
            self.expect_body = True
            return
        self._end_paragraph()
        self._flush_candidates()
        if self.cur is None or self.head:
            self._new(self._take_head())
        self._apply_credit(tok, photo=photo)
        self._close()

    def _on_jump(self, tok: Token) -> None:
        self._end_paragraph()
        self._flush_candidates()
        if self.cur is None:
            self._new(self._take_head())
        assert self.cur is not None
        self.cur.article.markers.append(tok.raw)
        self.cur.article.continued_to = tok.page
        self._close()

    def _on_text(self, tok: Token, nxt: Token | None, after: Token | None) -> None:
        d = self.cur
        # 1. The open paragraph goes on, unless this line is plainly the next article's head.
        if d is not None and d.paragraph is not None:
            if not self._starts_next_article(tok, nxt, after):
                self._continue_paragraph(tok, nxt)
                return
            self._end_paragraph()
        # 2. The head zone: headline lines until the body begins.
        if d is None:
            if self._body_start(tok) or self.expect_body:
                self._begin_article_with(tok, self._take_head())
            else:
                self.head.append(tok.text)
                if len(self.head) > _MAX_HEAD_LINES:
                    self._head_was_body()
            return
        # 3. The body zone.
        if self.expect_body:
            self.expect_body = False
            self._start_paragraph(tok)
            return
        if not tok.lead and self._heading_shape(tok, nxt):
            self.candidates.append(tok)
            if len(self.candidates) > _MAX_HEAD_LINES:
                self._flush_candidates()
            return
        if self.candidates:
            lines = [c.text for c in self.candidates]
            if len(lines) == 1 and not tok.has_lead("dateline"):
                self.candidates = []
                d.article.blocks.append(Block("subheading", clean_heading(lines[0])))
            else:
                self.candidates = []
                self._begin_article_with(tok, lines, after_body=True)
                return
        if tok.has_lead("from") or (tok.has_lead("dateline") and d.has_body):
            self._begin_article_with(tok, [])
            return
        if d.brief_number and markers.BRIEF_NUMBER.match(tok.text):
            self._begin_article_with(tok, [])
            return
        self._start_paragraph(tok)

    def _starts_next_article(self, tok: Token, nxt: Token | None, after: Token | None) -> bool:
        """A guard for paragraphs that end without punctuation: a heading-shaped line followed by
        a leading byline or a `本报讯` line is the next article's head, not more of this text."""
        if self.layout.wrapped or tok.lead or not self._heading_shape(tok, nxt):
            return tok.has_lead("from") or tok.has_lead("dateline")
        for follower in (nxt, after):
            if follower is None:
                return False
            if follower.kind is Tok.BYLINE and self.leading_bylines:
                return True
            if follower.kind is Tok.TEXT and follower.has_lead("dateline"):
                return True
            if follower.kind is not Tok.TEXT or not self._heading_shape(follower, None):
                return False
        return False

    def _head_was_body(self) -> None:
        """Too many short lines for a headline: they were body text with no punctuation."""
        lines, self.head = self.head, []
        d = self._new([])
        d.article.blocks.extend(Block("paragraph", clean_text(x)) for x in lines)

    # ---- the table of contents (导读) --------------------------------------------------------

    def _on_toc_head(self, tok: Token) -> None:
        self._leave_toc()
        self._close()
        self.in_toc = True
        self.toc_lines = [tok.raw]

    def _on_toc_text(self, tok: Token, nxt: Token | None) -> None:
        inline = markers.inline_toc_page(tok.text)
        if inline:
            title, marker, page = inline
            # The line's own markers (`本报讯`, `(上接第1版)`, `(下转第3版)`) stay with it.
            d = self._teaser(
                [*self.toc_lines, title],
                [*(m for _, m in tok.lead), marker, *(m for _, m in tok.trail)],
                page,
            )
            if tok.from_page:
                d.article.continued_from = tok.from_page
            if tok.credit is not None:
                d.article.add_author(*tok.credit.authors)
            return
        if ends_sentence(tok.text) or tok.width > 40 or tok.lead or tok.trail:
            self._leave_toc()
            self._on_text(tok, nxt, None)
            return
        self.toc_lines.append(tok.text)

    def _on_toc_page(self, tok: Token) -> None:
        if not self.in_toc:
            # A page reference outside a table of contents: keep it with what precedes it.
            d = self.cur or self._new(self._take_head())
            d.article.markers.append(tok.raw)
            return
        self._teaser(self.toc_lines, [tok.raw], tok.page)

    def _teaser(self, lines: list[str], printed: list[str], page: str | None) -> _Draft:
        label = "导读"
        head = list(lines)
        printed_label = None
        if head and markers.TOC_HEAD.match(head[0]):
            printed_label = head.pop(0)
            label = printed_label.rstrip(":：")
        self.toc_lines = []
        d = _Draft(ParsedArticle(kind="teaser", section=label, continued_to=page), head=head)
        self._add(d)
        if printed_label:
            d.article.markers.append(printed_label)
        d.article.markers.extend(m for m in printed if m)
        return d

    def _leave_toc(self) -> None:
        if not self.in_toc:
            return
        self.in_toc = False
        if self.toc_lines:
            lines, self.toc_lines = self.toc_lines, []
            if len(lines) == 1 and markers.TOC_HEAD.match(lines[0]):
                self.head.append(lines[0])
            else:
                self._teaser(lines, [], None)


def _bigrams(s: str) -> set[str]:
    han = "".join(c for c in s if "\u4e00" <= c <= "\u9fff")
    return {han[i : i + 2] for i in range(len(han) - 1)}


def _overlap(line: str, body: str) -> float:
    grams = _bigrams(line)
    if not grams:
        return 0.0
    return sum(1 for g in grams if g in body) / len(grams)


def _give_back_trailing_headlines(drafts: list[_Draft]) -> None:
    """青浦报 prints some headline pairs after their article's body. When an article has no
    headline and the next one's head lines came straight after it, give each line to the
    article whose text it matches better."""
    for prev, nxt in itertools.pairwise(drafts):
        if prev.head or not nxt.head_after_body or len(nxt.head) < 2:
            continue
        if prev.article.kind != "article" or prev.photo:
            continue
        body_a = prev.article.plain_text
        body_b = nxt.article.plain_text
        lines = nxt.head
        best_k, best = 0, sum(_overlap(x, body_b) for x in lines)
        for k in range(1, len(lines) + 1):
            score = sum(_overlap(x, body_a) for x in lines[:k]) + sum(
                _overlap(x, body_b) for x in lines[k:]
            )
            if score > best + 1e-9:
                best_k, best = k, score
        if best_k:
            prev.head, nxt.head = lines[:best_k], lines[best_k:]


def _finish(d: _Draft) -> ParsedArticle:
    a = d.article
    h = headline.assign(d.head)
    a.kicker, a.title, a.subtitle, a.column = h.kicker, h.title, h.subtitle, h.column
    if d.photo and a.kind == "article" and (a.title is None or len(a.paragraphs) <= 1):
        a.kind = "photo"
    if a.kind == "article" and a.title is None and a.section and _BRIEF_SECTIONS.search(a.section):
        a.kind = "brief"
    return a


def segment_lines(lines: list[str], large: list[bool] | None = None) -> list[ParsedArticle]:
    """The articles of an issue's logical lines (see unwrap); `large` marks headline-size lines."""
    tokens = tokenize(lines, large)
    drafts = Segmenter(tokens, detect_layout(tokens)).run()
    _give_back_trailing_headlines(drafts)
    return [_finish(d) for d in drafts]
