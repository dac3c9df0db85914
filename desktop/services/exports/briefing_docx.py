"""A briefing as a Word document (python-docx): a red masthead with the compiling unit and date,
a contents list, then each article. Chinese text is set in fonts every Chinese Word and WPS
has (宋体, 黑体, 楷体), named as the East Asian font (w:eastAsia) so Word applies them to CJK."""

from __future__ import annotations

import io

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_COLOR_INDEX
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.text.paragraph import Paragraph
from docx.text.run import Run as DocxRun

from desktop.services.exports.briefing import Block, Briefing, BriefingEntry

SONG, HEI, KAI = "宋体", "黑体", "楷体"
LATIN = "Times New Roman"
RED = RGBColor(0xC0, 0x00, 0x00)
GREY = RGBColor(0x59, 0x59, 0x59)
# Highlight colours as Word's highlight palette has them.
MARKS = {
    "yellow": WD_COLOR_INDEX.YELLOW,
    "green": WD_COLOR_INDEX.BRIGHT_GREEN,
    "blue": WD_COLOR_INDEX.TURQUOISE,
    "pink": WD_COLOR_INDEX.PINK,
    "purple": WD_COLOR_INDEX.VIOLET,
}


def _fonts(run: DocxRun, east_asian: str, size: float, *, bold: bool = False) -> DocxRun:
    run.font.name = LATIN
    run.font.size = Pt(size)
    run.font.bold = bold
    fonts = run._element.get_or_add_rPr().get_or_add_rFonts()
    fonts.set(qn("w:eastAsia"), east_asian)
    return run


def _paragraph(
    doc: Document,
    text: str = "",
    east_asian: str = SONG,
    size: float = 12,
    *,
    bold: bool = False,
    align: WD_ALIGN_PARAGRAPH | None = None,
    color: RGBColor | None = None,
    before: float = 0,
    after: float = 6,
    indent: bool = False,
) -> Paragraph:
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(before)
    p.paragraph_format.space_after = Pt(after)
    if align is not None:
        p.alignment = align
    if indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)  # two characters, as Chinese prose
    if text:
        run = _fonts(p.add_run(text), east_asian, size, bold=bold)
        if color is not None:
            run.font.color.rgb = color
    return p


_AFTER_BORDERS = ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
                  "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi",
                  "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
                  "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection",
                  "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl", "w:divId",
                  "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")  # fmt: skip


def _rule(paragraph: Paragraph, color: str = "C00000", size: int = 18) -> None:
    """A line under the paragraph: the red rule under a briefing's masthead."""
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("val", "single"), ("sz", str(size)), ("space", "4"), ("color", color)):
        bottom.set(qn(f"w:{key}"), value)
    borders.append(bottom)
    # WordprocessingML fixes the order of a paragraph's properties, and Word refuses a file
    # that breaks it: the border goes before the spacing, indentation and alignment.
    paragraph._p.get_or_add_pPr().insert_element_before(borders, *_AFTER_BORDERS)


def _page_number(paragraph: Paragraph) -> None:
    """— PAGE — in the footer, a field every word processor fills in when it lays out."""
    _fonts(paragraph.add_run("— "), SONG, 10.5)
    run = _fonts(paragraph.add_run(), SONG, 10.5)
    for kind, text in (("begin", None), (None, " PAGE "), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        run._r.append(element)
    _fonts(paragraph.add_run(" —"), SONG, 10.5)


def _setup(doc: Document) -> None:
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)  # A4
    section.top_margin, section.bottom_margin = Cm(2.8), Cm(2.5)
    section.left_margin, section.right_margin = Cm(2.6), Cm(2.6)
    normal = doc.styles["Normal"]
    normal.font.name = LATIN
    normal.font.size = Pt(12)
    rpr = normal.element.get_or_add_rPr()
    rpr.get_or_add_rFonts().set(qn("w:eastAsia"), SONG)
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "en-US")
    lang.set(qn("w:eastAsia"), "zh-CN")
    rpr.append(lang)
    normal.paragraph_format.line_spacing = 1.3
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _page_number(footer)


def _masthead(doc: Document, briefing: Briefing) -> None:
    _paragraph(doc, briefing.title, HEI, 30, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER,
               color=RED, before=12, after=18)  # fmt: skip
    table = doc.add_table(rows=1, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    left, right = table.rows[0].cells
    left.paragraphs[0].text = ""
    _fonts(left.paragraphs[0].add_run(briefing.unit or ""), SONG, 12)
    right.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _fonts(right.paragraphs[0].add_run(briefing.date), SONG, 12)
    _rule(_paragraph(doc, after=12))


def _contents(doc: Document, briefing: Briefing) -> None:
    _paragraph(doc, "目　录", HEI, 16, align=WD_ALIGN_PARAGRAPH.CENTER, before=6, after=12)
    for number, entry in enumerate(briefing.entries, 1):
        p = _paragraph(doc, after=2)
        p.paragraph_format.left_indent = Pt(24)
        p.paragraph_format.first_line_indent = Pt(-24)
        _fonts(p.add_run(f"{number}．"), SONG, 12)
        _fonts(p.add_run(entry.title), SONG, 12)
        source = _paragraph(doc, entry.source_line, KAI, 10.5, color=GREY, after=8)
        source.paragraph_format.left_indent = Pt(24)


def _headline(doc: Document, number: int, entry: BriefingEntry) -> None:
    if entry.kicker:
        _paragraph(doc, entry.kicker, KAI, 12, align=WD_ALIGN_PARAGRAPH.CENTER, after=4)
    _paragraph(doc, f"{number}．{entry.title}", HEI, 18, align=WD_ALIGN_PARAGRAPH.CENTER,
               after=4, before=6)  # fmt: skip
    if entry.subtitle:
        _paragraph(doc, f"——{entry.subtitle}", KAI, 14, align=WD_ALIGN_PARAGRAPH.CENTER, after=4)
    _paragraph(doc, entry.source_line, KAI, 10.5, align=WD_ALIGN_PARAGRAPH.CENTER, color=GREY,
               after=12)  # fmt: skip


def _block(doc: Document, block: Block) -> None:
    if block.kind == "subheading":
        p = _paragraph(doc, before=6, after=6, align=WD_ALIGN_PARAGRAPH.CENTER)
        for run in block.runs:
            _fonts(p.add_run(run.text), HEI, 13)
        return
    p = _paragraph(doc, after=4, indent=True)
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    for run in block.runs:
        r = _fonts(p.add_run(run.text), SONG, 12)
        if run.color:
            r.font.highlight_color = MARKS.get(run.color, WD_COLOR_INDEX.YELLOW)


def _passages(doc: Document, entry: BriefingEntry) -> None:
    if not entry.passages:
        _paragraph(doc, "（本文没有标注的段落。）", KAI, 12, color=GREY, indent=True)
        return
    for passage in entry.passages:
        quote = _paragraph(doc, after=2, indent=True)
        quote.paragraph_format.left_indent = Pt(12)
        for line in passage.quote.split("\n"):
            if quote.runs:
                quote.runs[-1].add_break(WD_BREAK.LINE)
            r = _fonts(quote.add_run(line), SONG, 12)
            r.font.highlight_color = MARKS.get(passage.color, WD_COLOR_INDEX.YELLOW)
        if passage.note:
            note = _paragraph(doc, after=8)
            note.paragraph_format.left_indent = Pt(36)
            _fonts(note.add_run("批注："), HEI, 10.5)
            _fonts(note.add_run(passage.note), KAI, 10.5)


def _notes(doc: Document, entry: BriefingEntry) -> None:
    notes = [p for p in entry.passages if p.note]
    if not notes:
        return
    _paragraph(doc, "批注", HEI, 12, before=8, after=4)
    for passage in notes:
        p = _paragraph(doc, after=4)
        p.paragraph_format.left_indent = Pt(24)
        _fonts(p.add_run(f"“{passage.quote}”　"), KAI, 10.5)
        _fonts(p.add_run(passage.note or ""), SONG, 10.5)


def briefing_docx(briefing: Briefing) -> bytes:
    doc = Document()
    _setup(doc)
    _masthead(doc, briefing)
    _contents(doc, briefing)
    for number, entry in enumerate(briefing.entries, 1):
        if number == 1:  # the articles start on a page of their own, after the contents
            doc.add_section(WD_SECTION.NEW_PAGE)
        else:
            _rule(_paragraph(doc, after=12), color="BFBFBF", size=6)
        _headline(doc, number, entry)
        if briefing.highlights_only:
            _passages(doc, entry)
        else:
            for block in entry.blocks:
                _block(doc, block)
            _notes(doc, entry)
    doc.core_properties.title = briefing.title
    doc.core_properties.author = briefing.unit or ""
    doc.core_properties.language = "zh-CN"
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()
