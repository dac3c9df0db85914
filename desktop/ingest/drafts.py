"""Articles as they are built: drafts, and the builder the layout walker drives."""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.ingest import markers
from desktop.ingest.cohesion import Cohesion
from desktop.ingest.model import Block, ParsedArticle
from desktop.ingest.text import clean_heading, clean_text, display_width, join_fragments
from desktop.ingest.tokens import Layout, Tok, Token, ends_mid_sentence


@dataclass
class Draft:
    """An article being built; turned into a ParsedArticle by segment.finish."""

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


class ArticleBuilder:
    """The articles read so far and the one being read, with what waits for the next one:
    headline lines, heading candidates, printed labels, an editor's note."""

    def __init__(self, layout: Layout, cohesion: Cohesion) -> None:
        self.layout = layout
        self.cohesion = cohesion
        self.drafts: list[Draft] = []
        self.cur: Draft | None = None
        self.section: str | None = None
        self.pending: list[str] = []  # printed lines (labels, page headers) for the next article
        self.head: list[str] = []  # headline lines read in the head zone
        self.candidates: list[Token] = []  # heading-shaped lines read in the body zone
        self.expect_body = False  # a leading byline was just read
        self.note: list[str] = []  # an editor's note (开栏的话) read above a headline
        self.note_markers: list[str] = []
        self.pushed_out: Draft | None = None  # the piece head_was_body fills

    def new(self, head: list[str], *, after_body: bool = False) -> Draft:
        note, self.note = self.note, []  # the note stands above this article's headline
        note_markers, self.note_markers = self.note_markers, []
        self.close()
        draft = Draft(
            ParsedArticle(section=self.section), head=list(head), head_after_body=after_body
        )
        self.add(draft)
        self._give_note(draft, note, note_markers)
        self.cur = draft
        return draft

    @staticmethod
    def _give_note(draft: Draft, note: list[str], note_markers: list[str]) -> None:
        draft.article.markers.extend(note_markers)
        draft.article.blocks.extend(Block("paragraph", t) for x in note if (t := clean_text(x)))

    def add(self, draft: Draft) -> None:
        # The printed section label (`[简讯]`) is kept with the first article under it.
        draft.article.markers.extend(self.pending)
        self.pending = []
        self.drafts.append(draft)

    def end_paragraph(self) -> None:
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

    def flush_candidates(self) -> None:
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

    def close(self) -> None:
        self.end_paragraph()
        self.flush_candidates()
        if self.head or self.note or self.note_markers:
            # Headline lines (or a note) with no body under them still make an article.
            lines, self.head = self.head, []
            self.cur = None
            draft = Draft(ParsedArticle(section=self.section), head=lines)
            self.add(draft)
            self._give_note(draft, self.note, self.note_markers)
            self.note, self.note_markers = [], []
        self.cur = None
        self.expect_body = False

    def apply_credit(self, tok: Token, *, photo: bool = False) -> None:
        d = self.cur
        if d is None:
            d = self.new(self.take_head())
        credit = tok.credit
        d.article.markers.append(tok.raw if tok.kind is not Tok.TEXT else credit.text)
        if credit is not None:
            d.article.add_author(*credit.authors)
            if credit.source and not d.article.source:
                d.article.source = credit.source
        if photo:
            d.photo = True

    def take_head(self) -> list[str]:
        lines, self.head = self.head, []
        return lines

    def start_paragraph(self, tok: Token) -> None:
        d = self.cur
        assert d is not None
        self.end_paragraph()
        for kind, marker in tok.lead:
            d.article.markers.append(marker)
            if kind == "from":
                d.article.continued_from = tok.from_page
        if tok.credit is not None and tok.has_lead("dateline"):
            d.article.add_author(*tok.credit.authors)
        d.paragraph = [tok.text] if tok.text else []
        self.read_trail(tok)

    def continue_paragraph(self, tok: Token, nxt: Token | None) -> None:
        d = self.cur
        assert d is not None and d.paragraph is not None
        if tok.text:
            d.paragraph.append(tok.text)
        self.read_trail(tok, nxt)

    def sentence_ends_at_column_edge(self, tok: Token, nxt: Token | None) -> bool:
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

    def read_trail(self, tok: Token, nxt: Token | None = None) -> None:
        """Markers after the last sentence end the article: a byline, a photo credit, a jump."""
        d = self.cur
        assert d is not None
        if not tok.trail:
            if (
                d.paragraph is not None
                and not ends_mid_sentence(tok, self.layout)
                and not self.sentence_ends_at_column_edge(tok, nxt)
            ):
                self.end_paragraph()
            return
        self.end_paragraph()
        if any(k == "byline" for k, _ in tok.trail) and tok.credit and tok.credit.photo:
            self.split_photo_news()
            d = self.cur
            assert d is not None
        for kind, marker in tok.trail:
            d.article.markers.append(marker)
            if kind in ("to", "see") and tok.to_page:
                d.article.continued_to = tok.to_page
            elif kind == "byline" and tok.credit is not None:
                d.article.add_author(*tok.credit.authors)
                d.photo = d.photo or tok.credit.photo
        self.close()

    def begin_article_with(
        self, tok: Token, head: list[str], *, after_body: bool = False, photo: bool = False
    ) -> None:
        d = self.new(head, after_body=after_body)
        d.photo = photo
        if tok.has_lead("from"):
            d.article.kind = "continuation"
        if markers.BRIEF_NUMBER.match(tok.text) and not head:
            d.article.kind = "brief"
            d.brief_number = True
        self.start_paragraph(tok)

    def split_photo_news(self) -> None:
        """A photo credit at an article's end, after a caption that is not the article's own: a
        short heading and one caption paragraph (`荷花映日别样红`), or an untitled caption dated
        as captions are (`1月13日，市民在…`) under a body on another subject. That caption is
        a photo news item of its own."""
        d = self.cur
        assert d is not None
        blocks = d.article.blocks
        if len(blocks) >= 3 and blocks[-2].type == "subheading" and blocks[-1].type == "paragraph":
            heading, caption = blocks[-2], blocks[-1]
            del blocks[-2:]
            photo = self.new([heading.text])
            photo.article.blocks.append(caption)
            return
        if len(blocks) < 2 or blocks[-1].type != "paragraph" or d.photo:
            return
        caption = blocks[-1].text
        before = "".join([*d.head, *(b.text for b in blocks[:-1])])
        if markers.caption_start(caption) and not self.cohesion.same_picture(before, caption):
            del blocks[-1]
            photo = self.new([])
            photo.article.blocks.append(Block("paragraph", caption))

    def head_was_body(self) -> None:
        """Too many short lines for a headline: the oldest was text with no punctuation (a
        list, an unknown label); the newest stay the headline of the body that follows.
        Lines pushed out in a row make one untitled piece."""
        line = clean_text(self.head.pop(0))
        last = self.drafts[-1] if self.drafts else None
        if last is not None and last is self.pushed_out and not self.pending:
            last.article.blocks.append(Block("paragraph", line))
            return
        self.pushed_out = Draft(ParsedArticle(section=self.section))
        self.add(self.pushed_out)
        self.pushed_out.article.blocks.append(Block("paragraph", line))

    # ---- the table of contents (导读) --------------------------------------------------------

    def teaser(self, lines: list[str], printed: list[str], page: str | None) -> Draft:
        last = self.drafts[-1].article if self.drafts else None
        # The entries of one list share its printed label (`今日看点`), else are a 导读.
        label = last.section if last and last.kind == "teaser" and last.section else "导读"
        head = list(lines)
        printed_label = None
        if head and markers.TOC_HEAD.match(head[0]):
            printed_label = head.pop(0)
            label = printed_label.strip("【】[]［］:：")
        d = Draft(ParsedArticle(kind="teaser", section=label, continued_to=page), head=head)
        self.add(d)
        if printed_label:
            d.article.markers.append(printed_label)
        d.article.markers.extend(m for m in printed if m)
        return d

    def finish(self) -> list[Draft]:
        self.close()
        if self.pending:
            # A label with nothing under it: keep it with the last article rather than drop it.
            if self.drafts:
                self.drafts[-1].article.markers.extend(self.pending)
            else:
                self.add(Draft(ParsedArticle(section=self.section)))
        return self.drafts
