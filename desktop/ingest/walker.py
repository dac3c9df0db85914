"""Tokens → articles: the layout rules of a newspaper page.

The walker goes through the tokens with two states. In the *head* zone (file start, after a
section label or after an article was closed by a byline, a contributor line or a jump) short
lines are headline lines until the first line that reads as body text. In the *body* zone a
line continues the open paragraph when the previous line stopped mid-sentence; otherwise it
starts a paragraph, or — if it is shaped like a heading — waits as a candidate until what
follows shows whether it was a subheading or the headline of the next article.
"""

from __future__ import annotations

from desktop.ingest import markers
from desktop.ingest.cohesion import Cohesion
from desktop.ingest.drafts import ArticleBuilder, Draft
from desktop.ingest.line_shapes import body_start, heading_shape, leading_bylines
from desktop.ingest.model import Block
from desktop.ingest.text import clean_heading, ends_sentence, join_fragments
from desktop.ingest.tokens import Layout, Tok, Token

_MAX_HEAD_LINES = 4


def _toc_entry(tok: Token) -> bool:
    """Is this line a 导读 entry: a title with its page before or after it?"""
    if tok.kind is not Tok.TEXT or tok.lead or tok.trail:
        return False
    _, entry = markers.toc_bullet(tok.text)
    if "版" not in entry[:8] + entry[-8:] and not entry[:1].isupper():
        return False  # no page at either end (`3版`, `A3`): most lines, decided cheaply
    return bool(markers.toc_entry_page_first(entry) or markers.toc_entry_page_last(entry))


class LayoutWalker:
    """Walks an issue's tokens line by line and decides, from each line's shape and markers and
    what surrounds it, where articles begin and end and what each line is to its article."""

    def __init__(self, tokens: list[Token], layout: Layout) -> None:
        self.tokens = tokens
        self.layout = layout
        self.cohesion = Cohesion([t.text for t in tokens if t.kind is Tok.TEXT])
        self.b = ArticleBuilder(layout, self.cohesion)
        self.in_toc = False
        self.at = 0  # the index of the token being read
        self.toc_lines: list[str] = []
        self.leading_bylines = leading_bylines(tokens)
        self.handlers = {
            Tok.SECTION: self._on_section,
            Tok.CONTRIBUTOR: self._on_contributor,
            Tok.BYLINE: self._on_byline,
            Tok.JUMP: self._on_jump,
            Tok.TOC_HEAD: self._on_toc_head,
            Tok.TOC_PAGE: self._on_toc_page,
            Tok.XREF: self._on_xref,
            Tok.PAGE_HEADER: self._on_page_header,
        }

    def run(self) -> list[Draft]:
        toks = self.tokens
        for i, tok in enumerate(toks):
            self.at = i
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            handler = self.handlers.get(tok.kind)
            if handler is not None:
                handler(tok)
            elif self.in_toc:
                self._on_toc_text(tok, nxt)
            elif _toc_entry(tok) and nxt is not None and _toc_entry(nxt):
                # Two entries with their pages in a row: a 导读 list with no heading printed.
                self.b.close()
                self.in_toc, self.toc_lines = True, []
                self._on_toc_text(tok, nxt)
            else:
                self._on_text(tok, nxt, toks[i + 2] if i + 2 < len(toks) else None)
        self._leave_toc()
        return self.b.finish()

    def _on_page_header(self, tok: Token) -> None:
        """A page header or masthead: a new page begins; the line is kept with what follows."""
        self._leave_toc()
        d = self.b.cur
        if d is not None and d.paragraph and not ends_sentence(d.paragraph[-1]):
            # A page break inside a sentence: the running head is printed, the text goes on.
            d.article.markers.append(tok.raw)
            return
        if self.b.head and self.b.cur is None:
            # Between a web page's headline and its text (发布时间：…): it belongs to that article.
            self.b.pending.append(tok.raw)
            return
        self.b.close()
        self.b.section = None
        self.b.pending.append(tok.raw)

    def _on_xref(self, tok: Token) -> None:
        """`（相关报道见第六版）`: printed where the article it follows ends."""
        self._leave_toc()
        self.b.end_paragraph()
        self.b.flush_candidates()
        d = self.b.cur or self._closed_just_now()
        if d is None:
            self.b.pending.append(tok.raw)
            return
        d.article.markers.append(tok.raw)
        self.b.close()

    def _closed_just_now(self) -> Draft | None:
        """The article a byline or credit closed right before this line, when no headline
        has begun since: a cross reference printed under it is still its own."""
        if self.b.head or self.b.candidates or self.b.pending or not self.b.drafts:
            return None
        last = self.b.drafts[-1]
        return last if last.has_body and last.article.kind != "teaser" else None

    def _on_section(self, tok: Token) -> None:
        self._leave_toc()
        self.b.close()
        self.b.section = tok.label
        self.b.pending.append(tok.raw)

    def _on_contributor(self, tok: Token) -> None:
        self._leave_toc()
        self.b.end_paragraph()
        self.b.flush_candidates()
        if self.b.head and self.b.cur is None:
            # Under a headline (a web page's 来源：… 作者：…), it leads the article's text.
            self.b.new(self.b.take_head())
            self.b.apply_credit(tok)
            self.b.expect_body = True
            return
        if self.b.expect_body and self.b.cur is not None and not self.b.cur.has_body:
            self.b.apply_credit(tok)  # one more credit line before the text begins
            return
        if self.b.cur is None or self.b.head:
            self.b.new(self.b.take_head())
        self.b.apply_credit(tok)
        self.b.close()

    def _on_byline(self, tok: Token) -> None:
        self._leave_toc()
        photo = bool(tok.credit and tok.credit.photo)
        if self.b.expect_body and self.b.cur is not None and not self.b.cur.has_body:
            self.b.apply_credit(tok, photo=photo)  # one more credit before the text begins
            return
        # Right under headline lines a byline leads its article, whatever the paper's habit;
        # so it does under heading lines read after a body when body text follows it.
        in_head = (bool(self.b.head) and self.b.cur is None) or (
            bool(self.b.candidates) and self._body_follows()
        )
        if (self.leading_bylines and not photo) or in_head:
            self.b.end_paragraph()
            if self.b.candidates:
                head = [c.text for c in self.b.candidates]
                self.b.candidates = []
                self.b.new(head, after_body=self.b.cur is not None)
            elif self.b.head or self.b.cur is None or self.b.cur.has_body:
                self.b.new(self.b.take_head())
            self.b.apply_credit(tok, photo=photo)
            self.b.expect_body = True
            return
        self.b.end_paragraph()
        self.b.flush_candidates()
        if self.b.cur is None or self.b.head:
            self.b.new(self.b.take_head())
        elif photo:
            self.b.split_photo_news()
        self.b.apply_credit(tok, photo=photo)
        self.b.close()

    def _on_jump(self, tok: Token) -> None:
        self.b.end_paragraph()
        self.b.flush_candidates()
        if self.b.cur is None:
            self.b.new(self.b.take_head())
        assert self.b.cur is not None
        self.b.cur.article.markers.append(tok.raw)
        self.b.cur.article.continued_to = tok.page
        self.b.close()

    def _on_text(self, tok: Token, nxt: Token | None, after: Token | None) -> None:
        d = self.b.cur
        # 1. The open paragraph goes on, unless this line is plainly the next article's head.
        if d is not None and d.paragraph is not None:
            if not self._starts_next_article(tok, nxt, after):
                self.b.continue_paragraph(tok, nxt)
                return
            self.b.end_paragraph()
        # 2. The head zone: headline lines until the body begins.
        if d is None:
            b = self.b
            if b.head and markers.EDITOR_NOTE.match(b.head[-1]) and not b.expect_body:
                # `开栏的话` and its note stand above the kicker and title of the first article.
                self.b.note_markers.append(self.b.head.pop())
                self.b.note_markers.extend(m for _, m in (*tok.lead, *tok.trail))
                self.b.note.append(tok.text)
                return
            if b.note and not ends_sentence(b.note[-1]) and not b.expect_body:
                b.note[-1] = join_fragments(b.note[-1], tok.text)  # the note goes on
                b.note_markers.extend(m for _, m in (*tok.lead, *tok.trail))
                return
            if markers.INLINE_EDITOR_NOTE.match(tok.text) and not b.expect_body:
                # `编者按：…` on the note's own line, above or under the title: it stands before
                # the body, as printed (the label leads the note's paragraph).
                self.b.note_markers.extend(m for _, m in (*tok.lead, *tok.trail))
                self.b.note.append(tok.text)
                return
            if tok.name is not None and self.b.head and not self.b.expect_body:
                d = self.b.new(self.b.take_head())  # a signature under the title: 人民论坛
                d.article.markers.append(tok.raw)
                d.article.add_author(*tok.name.authors)
                self.b.expect_body = True
                return
            if body_start(tok, self.layout) or self.b.expect_body:
                self.b.begin_article_with(tok, self.b.take_head())
            else:
                self.b.head.append(tok.text)
                if len(self.b.head) > _MAX_HEAD_LINES:
                    self.b.head_was_body()
            return
        # 3. The body zone.
        if tok.name is not None and self.b.candidates and not self._ends_article_here(nxt):
            # Heading lines, then a name, then text: the next article, signed under its title.
            head, self.b.candidates = [c.text for c in self.b.candidates], []
            d = self.b.new(head, after_body=True)
            d.article.markers.append(tok.raw)
            d.article.add_author(*tok.name.authors)
            self.b.expect_body = True
            return
        if tok.name is not None and d.has_body and self._ends_article_here(nxt):
            d.article.markers.append(tok.raw)
            d.article.add_author(*tok.name.authors)
            self.b.close()
            return
        if self.b.expect_body:
            self.b.expect_body = False
            self.b.start_paragraph(tok)
            return
        if not tok.lead and heading_shape(tok, nxt, self.layout):
            self.b.candidates.append(tok)
            if len(self.b.candidates) > _MAX_HEAD_LINES:
                self.b.flush_candidates()
            return
        if self.b.candidates:
            lines = [c.text for c in self.b.candidates]
            untitled = not d.head and (d.brief_number or d.photo or self._in_briefs(d))
            captions = tok.text.startswith("①")  # a title over numbered captions: photo news
            subheading = (
                len(lines) == 1 and not tok.has_lead("dateline") and not untitled and not captions
            )
            after = lines[0] + self._text_from_here()
            if subheading and self.cohesion.same_subject(self._text_so_far(d), after):
                self.b.candidates = []
                d.article.blocks.append(Block("subheading", clean_heading(lines[0])))
            else:
                self.b.candidates = []
                self.b.begin_article_with(tok, lines, after_body=True, photo=captions)
                return
        if tok.has_lead("from") or (tok.has_lead("dateline") and d.has_body):
            self.b.begin_article_with(tok, [])
            return
        if d.brief_number and markers.BRIEF_NUMBER.match(tok.text):
            self.b.begin_article_with(tok, [])
            return
        if tok.text.startswith("①") and d.has_body and not d.photo:
            self.b.begin_article_with(tok, [], photo=True)  # numbered captions: photo news
            return
        if self._in_briefs(d):
            self.b.begin_article_with(tok, [])  # unnumbered briefs: one paragraph each
            return
        self.b.start_paragraph(tok)

    def _body_follows(self) -> bool:
        """Is the next line body text (not a heading, not a marker)? A line with commas is,
        even when a column end cut it short."""
        nxt = self.tokens[self.at + 1] if self.at + 1 < len(self.tokens) else None
        if nxt is None or nxt.kind is not Tok.TEXT:
            return False
        return not heading_shape(nxt, None, self.layout) or "，" in nxt.text

    @staticmethod
    def _text_so_far(d: Draft) -> str:
        return "".join([*d.head, *(b.text for b in d.article.blocks), *(d.paragraph or [])])

    def _text_from_here(self) -> str:
        """The text from this line up to the next heading-shaped line or marker."""
        out: list[str] = []
        for tok in self.tokens[self.at :]:
            if tok.kind is not Tok.TEXT or (out and heading_shape(tok, None, self.layout)):
                break
            out.append(tok.text)
        return "".join(out)

    def _in_briefs(self, d: Draft) -> bool:
        """Under a 简讯 / 快讯 label, each untitled paragraph is a brief of its own."""
        section = self.b.section or ""
        return not d.head and d.has_body and bool(markers.BRIEF_SECTION.search(section))

    def _ends_article_here(self, nxt: Token | None) -> bool:
        """After a finished paragraph, is what follows a new start (the end, a heading, a
        marker)? Then a line that is only a name is the article's signature."""
        if nxt is None or nxt.kind is not Tok.TEXT:
            return True
        return nxt.has_lead("dateline") or heading_shape(nxt, None, self.layout)

    def _starts_next_article(self, tok: Token, nxt: Token | None, after: Token | None) -> bool:
        """A guard for paragraphs that end without punctuation: a heading-shaped line followed by
        a leading byline or a `本报讯` line is the next article's head, not more of this text."""
        if self.layout.wrapped or tok.lead or not heading_shape(tok, nxt, self.layout):
            return tok.has_lead("from") or tok.has_lead("dateline")
        for follower in (nxt, after):
            if follower is None:
                return False
            if follower.kind is Tok.BYLINE and self.leading_bylines:
                return True
            if follower.kind is Tok.TEXT and follower.has_lead("dateline"):
                return True
            if follower.kind is not Tok.TEXT or not heading_shape(follower, None, self.layout):
                return False
        return False

    def _on_toc_head(self, tok: Token) -> None:
        self._leave_toc()
        self.b.close()
        self.in_toc = True
        self.toc_lines = [tok.raw]

    def _on_toc_text(self, tok: Token, nxt: Token | None) -> None:
        bullet, entry = markers.toc_bullet(tok.text)
        inline = (
            markers.inline_toc_page(entry)
            or markers.toc_entry_page_first(entry)
            or markers.toc_entry_page_last(entry)
        )
        if inline:
            title, marker, page = inline
            # The line's own markers (`本报讯`, `(上接第1版)`, `(下转第3版)`) stay with it.
            lines, self.toc_lines = [*self.toc_lines, title], []
            printed = [bullet, *(m for _, m in tok.lead), marker, *(m for _, m in tok.trail)]
            d = self.b.teaser(lines, printed, page)
            if tok.from_page:
                d.article.continued_from = tok.from_page
            if tok.credit is not None:
                d.article.add_author(*tok.credit.authors)
            return
        if ends_sentence(tok.text) or tok.width > 40 or tok.lead or tok.trail:
            self._leave_toc(into_head=True)
            self._on_text(tok, nxt, None)
            return
        self.toc_lines.append(tok.text)

    def _on_toc_page(self, tok: Token) -> None:
        if not self.in_toc:
            # `■详见A4` after an article: the article goes on there.
            self.b.end_paragraph()
            self.b.flush_candidates()
            d = self.b.cur or self._closed_just_now() or self.b.new(self.b.take_head())
            d.article.markers.append(tok.raw)
            if d.has_body and d.article.continued_to is None:
                d.article.continued_to = tok.page
                self.b.close()
            return
        lines, self.toc_lines = self.toc_lines, []
        self.b.teaser(lines, [tok.raw], tok.page)

    def _leave_toc(self, *, into_head: bool = False) -> None:
        """The table of contents ends. Lines after its last entry are the next article's
        headline when body text follows them (`into_head`), else one more entry."""
        if not self.in_toc:
            return
        self.in_toc = False
        if self.toc_lines:
            lines, self.toc_lines = self.toc_lines, []
            if into_head and self.b.drafts and self.b.drafts[-1].article.kind == "teaser":
                if markers.TOC_HEAD.match(lines[0]):
                    self.b.pending.append(lines.pop(0))
                self.b.head.extend(lines)
            elif len(lines) == 1 and markers.TOC_HEAD.match(lines[0]):
                self.b.head.append(lines[0])
            else:
                self.b.teaser(lines, [], None)
