"""Raw issue text → a list of tokens: one per non-empty line, each a marker or a piece of text.

Blank lines carry no meaning in these files (some put one between every wrapped line), so the
unit is the non-empty line. Markers that share a line with text (`…授牌。 撰稿 李华成`,
`(上接第1版)改革…`) are split off here, so later stages see text and markers apart.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from enum import Enum, auto

from desktop.ingest import markers
from desktop.ingest.conventions import BULLETS
from desktop.ingest.markers import Credit
from desktop.ingest.text import display_width, ends_sentence


class Tok(Enum):
    TEXT = auto()
    SECTION = auto()  # [领导关注]
    CONTRIBUTOR = auto()  # 【供稿：新城公司 翟芳华】
    BYLINE = auto()  # 撰稿 俞超 / 记者 李双玖 / 通讯员 蒋一超/摄
    JUMP = auto()  # a line that is only (下转第2版)
    TOC_HEAD = auto()  # 导读
    TOC_PAGE = auto()  # 刊2版► / ■详见A4 / >>>详见第9版
    XREF = auto()  # （相关报道见第六版）
    PAGE_HEADER = auto()  # 第1版:要闻 2022-05-28 / 上海法治报 2021年09月01日 / a masthead


@dataclass
class Token:
    kind: Tok
    raw: str
    text: str = ""  # TEXT: the text with its leading and trailing markers removed
    credit: Credit | None = None  # BYLINE, CONTRIBUTOR, or a byline trailing a TEXT
    label: str | None = None  # SECTION label
    page: str | None = None  # JUMP / TOC_PAGE page, or the jump trailing a TEXT
    # Markers split off a TEXT line, in printed order: ("dateline" | "from" | "to" | "toc", text)
    lead: list[tuple[str, str]] = field(default_factory=list)
    trail: list[tuple[str, str]] = field(default_factory=list)
    large: bool = False  # printed in a larger type than the body: a headline line
    name: Credit | None = None  # TEXT that is only a person's name (a byline where one ends)
    from_page: str | None = None
    to_page: str | None = None
    toc_page: str | None = None

    @property
    def width(self) -> float:
        return display_width(self.text)

    def has_lead(self, what: str) -> bool:
        return any(kind == what for kind, _ in self.lead)


@dataclass(frozen=True)
class Layout:
    """How the file was laid out: hard-wrapped lines `width` cells wide, or a line a paragraph."""

    wrapped: bool
    width: float


def _text_token(line: str) -> Token:
    tok = Token(Tok.TEXT, raw=line)
    text = line
    dl = markers.dateline(text)
    if dl:
        marker, credit, text = dl
        tok.lead.append(("dateline", marker))
        tok.credit = credit
    jf = markers.jump_from(text)
    if jf:
        marker, page, text = jf
        tok.lead.append(("from", marker))
        tok.from_page = page
    # Trailing markers may stack: `…提升。 下转►2版`, `…温暖。 通讯员 梁紫荆/摄`.
    for _ in range(2):
        jt = markers.jump_to(text)
        if jt and jt[0]:
            text, marker, tok.to_page = jt
            tok.trail.insert(0, ("to", marker))
            continue
        xr = markers.trailing_cross_reference(text)
        if xr and xr[0]:
            text, marker, tok.to_page = xr
            tok.trail.insert(0, ("see", marker))
            continue
        tb = markers.trailing_byline(text)
        if tb and tb[0].strip():
            text, credit = tb
            tok.trail.insert(0, ("byline", credit.text))
            tok.credit = credit
            continue
        break
    tok.text = text.strip()
    return tok


def tokenize(
    lines: list[str], large: list[bool] | None = None, mastheads: frozenset[str] = frozenset()
) -> list[Token]:
    """One token per non-empty line; `large[i]` says line i is printed larger than the body;
    a line that is one of `mastheads` (the papers' names) is the page's masthead."""
    tokens: list[Token] = []
    for i, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            continue
        if (fields := markers.marker_fields(line)) is not None:
            tokens.extend(tokenize(fields, None, mastheads))  # each field a marker line
            continue
        if large is not None and large[i]:
            tok = _text_token(line)
            tok.large = True
            tokens.append(tok)
            continue
        if markers.page_header(line) or markers.masthead_key(line) in mastheads:
            tokens.append(Token(Tok.PAGE_HEADER, raw=line))
        elif (ref := markers.cross_reference(line)) is not None:
            kind = Tok.TOC_PAGE if ref[0] == "see" else Tok.XREF
            tokens.append(Token(kind, raw=line, page=ref[1]))
        elif markers.staff_line(line):
            tokens.append(Token(Tok.PAGE_HEADER, raw=line))
        elif markers.TOC_HEAD.match(line):
            tokens.append(Token(Tok.TOC_HEAD, raw=line))
        elif markers.SECTION.match(line):
            tokens.append(Token(Tok.SECTION, raw=line, label=markers.section_label(line)))
        elif markers.bare_brief_label(line):
            label = line.strip().lstrip(BULLETS).strip()
            tokens.append(Token(Tok.SECTION, raw=line, label=label))
        elif (credit := markers.contributor(line)) is not None:
            tokens.append(Token(Tok.CONTRIBUTOR, raw=line, credit=credit))
        elif (credit := markers.byline(line)) is not None:
            tokens.append(Token(Tok.BYLINE, raw=line, credit=credit))
        elif (jt := markers.jump_to(line)) is not None and not jt[0]:
            tokens.append(Token(Tok.JUMP, raw=line, page=jt[2]))
        else:
            tok = _text_token(line)
            tok.name = markers.bare_name(line)
            tokens.append(tok)
    return tokens


def detect_layout(tokens: list[Token]) -> Layout:
    widths = [t.width for t in tokens if t.kind is Tok.TEXT and t.width >= 8]
    if len(widths) < 6:
        return Layout(wrapped=False, width=0.0)
    cut = sum(
        1
        for t in tokens
        if t.kind is Tok.TEXT and t.width >= 8 and not ends_sentence(t.text) and not t.trail
    )
    wide = [round(w) for w in widths if w >= 20]
    width = float(Counter(wide).most_common(1)[0][0]) if wide else 0.0
    # In a hard-wrapped file most lines stop mid-sentence, at nearly the same width.
    return Layout(wrapped=cut / len(widths) > 0.5 and width > 0, width=width)


def ends_mid_sentence(tok: Token, layout: Layout) -> bool:
    """A TEXT token whose sentence goes on in the next line (no trailing marker ended it).

    A colon ends a paragraph that introduces a list (`并形成三点体会：`), unless the line
    reaches the column's width, where the wrap may have fallen just after it.
    """
    if tok.kind is not Tok.TEXT or tok.trail:
        return False
    text = tok.text
    if text.endswith(("：", ":")):
        return layout.wrapped and tok.width >= layout.width - 1
    return not ends_sentence(text)


_SPACES = re.compile(r"\s+")
_SPEECH = re.compile(
    r"^.{1,12}?(?:指出|强调|表示|要求|说|介绍|认为|提出|希望|谈到|透露|坦言|感叹)[,，:：]"
)
_BODY_WORDS = re.compile(
    r"^(?:根据|为了|为进一步|为|自|作为|在|随着|近日|日前|据|今年|近年来|当天|会上|近期|目前|截至|按照)"
)


def reported_speech(text: str) -> bool:
    return bool(_SPEECH.match(text))


def body_word_start(text: str) -> bool:
    return bool(_BODY_WORDS.match(text))
