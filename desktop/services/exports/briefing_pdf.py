"""A briefing as PDF (fpdf2), laid out as the DOCX is, in the bundled Noto Serif/Sans SC fonts,
embedded (subset) so the file reads the same on any machine."""

from __future__ import annotations

from fpdf import FPDF
from fpdf.enums import Align, XPos, YPos

from desktop.resources import resource_path
from desktop.services.exports.briefing import Block, Briefing, BriefingEntry

SERIF, SANS = "serif", "sans"
RED = (192, 0, 0)
GREY = (89, 89, 89)
BLACK = (0, 0, 0)
# Highlight colours as the reader shows them, light enough to read black text on.
MARKS = {
    "yellow": (255, 236, 120),
    "green": (190, 240, 190),
    "blue": (190, 225, 250),
    "pink": (250, 205, 220),
    "purple": (225, 210, 245),
}
MARGIN = 26  # mm, as the DOCX's 2.6 cm
LINE = 1.55  # line height as a multiple of the font size


class _Pages(FPDF):
    def footer(self) -> None:
        self.set_y(-18)
        self.set_font(SERIF, size=10.5)
        self.set_text_color(*BLACK)
        self.cell(0, 6, f"— {self.page_no()} —", align=Align.C)


def _document(title: str, author: str) -> _Pages:
    pdf = _Pages(format="A4")
    pdf.set_margins(MARGIN, 28, MARGIN)
    pdf.set_auto_page_break(True, margin=25)
    pdf.add_font(SERIF, "", resource_path("fonts/NotoSerifSC-Subset.otf"))
    pdf.add_font(SERIF, "B", resource_path("fonts/NotoSerifSC-Bold-Subset.otf"))
    pdf.add_font(SANS, "", resource_path("fonts/NotoSansSC-Subset.otf"))
    for font in pdf.fonts.values():
        # Writing the subset would otherwise recompute every glyph's bounding box (most of the
        # time an export takes); the bundled fonts' boxes are already right.
        font.ttfont.recalcBBoxes = False
    pdf.set_title(title)
    pdf.set_author(author)
    pdf.set_lang("zh-CN")
    pdf.set_creator("District Reader")
    return pdf


def _text(pdf: FPDF, text: str, family: str, size: float, *, style: str = "",
          color: tuple[int, int, int] = BLACK, align: Align = Align.L, after: float = 2,
          indent: float = 0) -> None:  # fmt: skip
    pdf.set_font(family, style, size)
    pdf.set_text_color(*color)
    pdf.set_x(pdf.l_margin + indent)
    height = size * LINE * 0.3528  # pt to mm
    pdf.multi_cell(0, height, text, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(after)


def _masthead(pdf: FPDF, briefing: Briefing) -> None:
    pdf.ln(6)
    _text(pdf, briefing.title, SANS, 30, color=RED, align=Align.C, after=8)
    pdf.set_font(SERIF, "", 12)
    pdf.set_text_color(*BLACK)
    pdf.cell(0, 7, briefing.unit or "", align=Align.L)
    pdf.set_x(pdf.l_margin)
    pdf.cell(0, 7, briefing.date, align=Align.R, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.set_draw_color(*RED)
    pdf.set_line_width(0.8)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
    pdf.ln(8)


def _contents(pdf: FPDF, briefing: Briefing, links: list[int]) -> None:
    _text(pdf, "目  录", SANS, 16, align=Align.C, after=5)
    for number, (entry, link) in enumerate(zip(briefing.entries, links, strict=True), 1):
        pdf.set_font(SERIF, "", 12)
        pdf.set_text_color(*BLACK)
        pdf.multi_cell(0, 6.6, f"{number}．{entry.title}", link=link,
                       new_x=XPos.LMARGIN, new_y=YPos.NEXT)  # fmt: skip
        _text(pdf, entry.source_line, SERIF, 10.5, color=GREY, indent=8, after=3)


def _headline(pdf: FPDF, title: str, entry: BriefingEntry) -> None:
    if entry.kicker:
        _text(pdf, entry.kicker, SERIF, 12, align=Align.C, after=1)
    _text(pdf, title, SANS, 18, align=Align.C, after=1)
    if entry.subtitle:
        _text(pdf, f"——{entry.subtitle}", SERIF, 14, align=Align.C, after=1)
    _text(pdf, entry.source_line, SERIF, 10.5, color=GREY, align=Align.C, after=5)


# Chinese line breaking (禁则): these never start a line, those never end one.
NO_START = set("，。、；：？！）》」』】〕”’…—%,.;:?!)]}·～")
NO_END = set("（《「『【〔“‘([{")
PT = 0.3528  # mm in a point


def _lines(chars: list[tuple[str, bool]], widths: list[float], first: float, rest: float
           ) -> list[tuple[int, int]]:  # fmt: skip
    """Where a paragraph's lines start and end: as many characters as fit, then a closing
    mark that would start the next line (or an opening one that would end this) moves down
    with the character before it, and a Latin word or number is not cut."""
    lines: list[tuple[int, int]] = []
    start, n = 0, len(chars)
    while start < n:
        room = first if not lines else rest
        end, used = start, 0.0
        while end < n and used + widths[end] <= room:
            used += widths[end]
            end += 1
        end = max(end, start + 1)
        if end < n:
            cut = end
            while cut - start > 1 and (chars[cut][0] in NO_START or chars[cut - 1][0] in NO_END):
                cut -= 1
            while (
                cut - start > 1
                and chars[cut][0].isascii()
                and chars[cut][0].isalnum()
                and (chars[cut - 1][0].isascii() and chars[cut - 1][0].isalnum())
            ):
                cut -= 1
            end = cut if cut - start > (end - start) // 2 else end
        lines.append((start, end))
        start = end
    return lines


def _runs(pdf: FPDF, block: Block, size: float) -> None:
    """A paragraph set character by character: justified, the first line indented two
    characters as Chinese prose is, lines broken by the Chinese rules, and the highlighted
    stretches on their highlight's colour, bold and underlined (what still shows when printed
    in black and white)."""
    height = size * LINE * PT
    chars = [(ch, run.color is not None) for run in block.runs for ch in run.text]
    colors = [run.color for run in block.runs for _ in run.text]
    cache: dict[tuple[str, bool], float] = {}
    widths = []
    for ch, bold in chars:
        if (ch, bold) not in cache:
            pdf.set_font(SERIF, "B" if bold else "", size)
            cache[(ch, bold)] = pdf.get_string_width(ch)
        widths.append(cache[(ch, bold)])
    full = pdf.w - pdf.l_margin - pdf.r_margin
    indent = 2 * size * PT
    pdf.set_text_color(*BLACK)
    pdf.set_draw_color(*BLACK)
    pdf.set_line_width(0.25)
    lines = _lines(chars, widths, full - indent, full)
    for number, (start, end) in enumerate(lines):
        if pdf.get_y() + height > pdf.page_break_trigger:
            pdf.add_page()
        x = pdf.l_margin + (indent if number == 0 else 0)
        room = full - (indent if number == 0 else 0)
        last = number == len(lines) - 1
        gap = (
            0.0 if last or end - start < 2 else (room - sum(widths[start:end])) / (end - start - 1)
        )
        baseline = pdf.get_y() + (height + size * PT) / 2 - size * PT * 0.12
        for i in range(start, end):
            ch, bold = chars[i]
            if bold:
                right = x + widths[i] + (gap if i + 1 < end and chars[i + 1][1] else 0)
                pdf.set_fill_color(*MARKS.get(colors[i] or "", MARKS["yellow"]))
                pdf.rect(x, baseline - size * PT * 0.95, right - x, size * PT * 1.25, style="F")
            pdf.set_font(SERIF, "B" if bold else "", size)
            pdf.text(x, baseline, ch)
            if bold:
                pdf.line(x, baseline + size * PT * 0.15, right, baseline + size * PT * 0.15)
            x += widths[i] + gap
        pdf.set_y(pdf.get_y() + height)
    pdf.ln(1.5)


def _block(pdf: FPDF, block: Block) -> None:
    if block.kind == "subheading":
        _text(pdf, "".join(r.text for r in block.runs), SANS, 13, align=Align.C, after=2)
        return
    _runs(pdf, block, 12)


def _passages(pdf: FPDF, entry: BriefingEntry) -> None:
    if not entry.passages:
        _text(pdf, "（本文没有标注的段落。）", SERIF, 12, color=GREY, indent=8)
        return
    for passage in entry.passages:
        pdf.set_fill_color(*MARKS.get(passage.color, MARKS["yellow"]))
        pdf.set_font(SERIF, "", 12)
        pdf.set_text_color(*BLACK)
        pdf.set_x(pdf.l_margin + 4)
        pdf.multi_cell(0, 12 * LINE * 0.3528, passage.quote, fill=True,
                       new_x=XPos.LMARGIN, new_y=YPos.NEXT)  # fmt: skip
        pdf.ln(1)
        if passage.note:
            _text(pdf, f"批注：{passage.note}", SERIF, 10.5, color=GREY, indent=12, after=3)
        pdf.ln(2)


def _notes(pdf: FPDF, entry: BriefingEntry) -> None:
    notes = [p for p in entry.passages if p.note]
    if not notes:
        return
    _text(pdf, "批注", SANS, 12, after=1)
    for passage in notes:
        _text(pdf, f"“{passage.quote}”  {passage.note}", SERIF, 10.5, indent=8, after=1.5)


def _article(pdf: FPDF, title: str, entry: BriefingEntry, highlights_only: bool) -> None:
    _headline(pdf, title, entry)
    if highlights_only:
        _passages(pdf, entry)
    else:
        for block in entry.blocks:
            _block(pdf, block)
        _notes(pdf, entry)


def article_pdf(entry: BriefingEntry) -> bytes:
    """One article as the reader prints it: its headline group, source line and full text,
    the highlighted stretches marked and the notes after it; no masthead, no contents."""
    pdf = _document(entry.title, "")
    pdf.add_page()
    _article(pdf, entry.title, entry, highlights_only=False)
    return bytes(pdf.output())


def briefing_pdf(briefing: Briefing) -> bytes:
    pdf = _document(briefing.title, briefing.unit or "")
    pdf.add_page()
    _masthead(pdf, briefing)
    links = [pdf.add_link() for _ in briefing.entries]
    _contents(pdf, briefing, links)
    for number, (entry, link) in enumerate(zip(briefing.entries, links, strict=True), 1):
        if number == 1:
            pdf.add_page()
        else:
            pdf.ln(4)
            pdf.set_draw_color(191, 191, 191)
            pdf.set_line_width(0.2)
            pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
            pdf.ln(6)
        if pdf.get_y() > pdf.h - 70:  # a headline never sits alone at the foot of a page
            pdf.add_page()
        pdf.set_link(link, page=pdf.page_no(), y=pdf.get_y())
        _article(pdf, f"{number}．{entry.title}", entry, briefing.highlights_only)
    return bytes(pdf.output())
