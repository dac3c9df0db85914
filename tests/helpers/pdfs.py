"""PDFs for tests, laid out like e-paper pages: a page header, stories whose headline spans the
columns of their band, bodies flowed through 3 to 6 balanced columns with first-line indents,
photos with captions, and stories that jump to a later page.

The text is set in the Noto Serif SC font the app ships, subset once to the characters the
corpus and the seeds use (fpdf2 embeds it with a ToUnicode map, as e-paper PDFs do), so that
after the first a PDF is made in a tenth of a second.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import tempfile
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pypdfium2 as pdfium
from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable
from fpdf import FPDF
from PIL import Image, ImageDraw

from desktop.ingest.unwrap import logical_lines

ROOT = Path(__file__).resolve().parents[2]
FONT = ROOT / "resources" / "fonts" / "NotoSerifSC-Subset.otf"
CORPUS = ROOT / "tests" / "corpus" / "parser" / "dev"

PAGE_W, PAGE_H = 842.0, 1191.0  # A3 in points: a broadsheet page scaled down
MARGIN = 40.0
GUTTER = 14.0
BODY = 10.0
LEADING = 1.45
SIZES = {"kicker": 14.0, "title": 22.0, "subtitle": 15.0, "label": 11.0, "header": 9.0}
_STORY_GAP = 18.0
_NO_LINE_START = set("，。、；：？！”’）》」』〉】…·,.;:?!)]")


@dataclass
class Story:
    """One article as printed: headline lines (role, text) over body paragraphs."""

    heads: list[tuple[str, str]] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    photo: bool = False  # an image box above the body (whose text is then the caption)
    caption_size: float | None = None


@dataclass
class Page:
    header: list[str] = field(default_factory=list)
    stories: list[Story] = field(default_factory=list)
    sidebar: list[Story] = field(default_factory=list)  # stories in the last two columns


@dataclass(frozen=True)
class Layout:
    columns: int = 4
    sidebar: bool = False  # the later stories go to a two-column strip on the right


@lru_cache(maxsize=1)
def _corpus_chars() -> str:
    texts = [p.read_text("utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    texts += [p.read_text("utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    return "".join(sorted(set("".join(texts))))


@lru_cache(maxsize=8)
def _font_for(chars: str) -> str:
    """The app's serif font holding only `chars` (and ASCII), with its outlines as TrueType:
    fpdf2 subsets TrueType outlines quickly and CFF ones slowly. Made once, kept in the temp
    folder."""
    key = hashlib.sha1(chars.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    out = Path(tempfile.gettempdir()) / f"district-reader-test-font-{key}.ttf"
    if not out.exists():
        options = subset.Options()
        options.layout_features = []
        font = subset.load_font(str(FONT), options)
        sub = subset.Subsetter(options)
        sub.populate(text=chars + "".join(chr(c) for c in range(32, 127)))
        sub.subset(font)
        tmp = out.with_suffix(f".{os.getpid()}.part")
        subset.save_font(font, str(tmp), options)
        font = TTFont(str(tmp))  # read back whole: the conversion needs every table compiled
        _to_truetype(font)
        font.save(str(tmp))
        tmp.replace(out)
    return str(out)


def _to_truetype(font: TTFont) -> None:
    """Replace the CFF outlines by quadratic TrueType ones (as fontTools' otf2ttf does)."""
    order = font.getGlyphOrder()
    glyphs = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder, glyf.glyphs = order, {}
    for name in order:
        pen = TTGlyphPen(glyphs)
        glyphs[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf[name] = pen.glyph()
    font["glyf"], font["loca"] = glyf, newTable("loca")
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for field_name in (
        "maxTwilightPoints",
        "maxStorage",
        "maxFunctionDefs",
        "maxInstructionDefs",
        "maxStackElements",
        "maxSizeOfInstructions",
        "maxComponentElements",
    ):
        setattr(maxp, field_name, 0)
    maxp.maxZones = 1
    font["head"].glyphDataFormat = 0
    post = font["post"]
    post.formatType, post.extraNames, post.mapping, post.glyphOrder = 2.0, [], {}, order
    for table in ("CFF ", "VORG"):
        if table in font:
            del font[table]
    font.sfntVersion = "\x00\x01\x00\x00"


class _Writer:
    def __init__(self, chars: str) -> None:
        self.pdf = FPDF(unit="pt", format=(PAGE_W, PAGE_H))
        self.pdf.set_auto_page_break(False)
        wanted = set(chars)
        base = _corpus_chars()  # one font for every corpus page: subsetting is the slow part
        font = _font_for(base if wanted <= set(base) else "".join(sorted(wanted | set(base))))
        self.pdf.add_font("serif", fname=font)
        self._drawn = set(TTFont(font).getBestCmap())
        self._widths: dict[tuple[str, float], float] = {}

    def width(self, text: str, size: float) -> float:
        total = 0.0
        for ch in text:
            key = (ch, size)
            if key not in self._widths:
                if ord(ch) in self._drawn:
                    self.pdf.set_font("serif", size=size)
                    self._widths[key] = self.pdf.get_string_width(ch)
                else:  # U+3000, or a glyph the font lacks: an em of blank, as a viewer shows
                    self._widths[key] = size
            total += self._widths[key]
        return total

    def text(self, x: float, top: float, text: str, size: float) -> None:
        self.pdf.set_font("serif", size=size)
        run = ""
        for ch in text + "\0":
            if ord(ch) in self._drawn:
                run += ch
                continue
            if run:
                self.pdf.text(x, top + size * 0.88, run)  # fpdf2 places text by its baseline
                x += self.width(run, size)
                run = ""
            x += self.width(ch, size)

    def wrap(self, text: str, width: float, size: float, indent: float) -> list[str]:
        lines: list[str] = []
        line, used, room = "", 0.0, width - indent
        for ch in text:
            w = self.width(ch, size)
            if line and used + w > room + 0.01:
                carry = ""
                if ch in _NO_LINE_START and len(line) > 1:  # a closing mark never starts a
                    line, carry = line[:-1], line[-1]  # line: the character before goes too
                lines.append(line)
                line, used, room = carry, self.width(carry, size), width
            line += ch
            used += w
        if line:
            lines.append(line)
        return lines


def _chars(pages: Sequence[Page]) -> str:
    seen: set[str] = set()
    for page in pages:
        seen.update("".join(page.header))
        for story in [*page.stories, *page.sidebar]:
            for _, text in story.heads:
                seen.update(text)
            for text in story.paragraphs:
                seen.update(text)
    return "".join(seen)


def render(pages: Sequence[Page], layout: Layout = Layout(), *, title: str = "") -> bytes:
    """A PDF with one page per Page, and the title its description gives (if any)."""
    writer = _Writer(_chars(pages))
    if title:
        writer.pdf.set_title(title)
    for page in pages:
        writer.pdf.add_page()
        top = MARGIN
        for i, line in enumerate(page.header):  # one row: left, then right-aligned
            size = SIZES["header"]
            if i == 0:
                writer.text(MARGIN, top, line, size)
            else:
                writer.text(PAGE_W - MARGIN - writer.width(line, size), top, line, size)
        if page.header:
            top += SIZES["header"] * 2.5
            writer.pdf.line(MARGIN, top - 8, PAGE_W - MARGIN, top - 8)
        full = PAGE_W - 2 * MARGIN
        col_w = (full - GUTTER * (layout.columns - 1)) / layout.columns
        if page.sidebar:
            main_cols = layout.columns - 2
            main_w = main_cols * col_w + (main_cols - 1) * GUTTER
            _flow(writer, page.stories, MARGIN, top, main_w, main_cols)
            side_x = MARGIN + main_w + GUTTER
            _flow(writer, page.sidebar, side_x, top, full - main_w - GUTTER, 2)
        else:
            _flow(writer, page.stories, MARGIN, top, full, layout.columns)
    return bytes(writer.pdf.output())


def _flow(writer: _Writer, stories: list[Story], x: float, top: float, width: float, cols: int):
    col_w = (width - GUTTER * (cols - 1)) / cols
    for story in stories:
        for role, text in story.heads:
            size = SIZES[role]
            # A headline wider than its band is set smaller, never below a headline's size.
            size = max(min(size, 13.0), min(size, (width - 4) / max(1.0, writer.width(text, 1.0))))
            for line in writer.wrap(text, width, size, 0.0):
                lw = writer.width(line, size)
                writer.text(x + (width - lw) / 2, top, line, size)
                top += size * 1.3
        if story.heads:
            top += 8
        if story.photo:
            writer.pdf.set_fill_color(170, 170, 170)
            writer.pdf.rect(x, top, width, 120, style="F")
            top += 128
        size = story.caption_size or BODY
        # A caption runs under its photo's whole width; a story's body through its columns.
        cols_here, col_here = (1, width) if story.photo else (cols, col_w)
        printed: list[tuple[str, bool]] = []  # (line, starts a paragraph)
        for text in story.paragraphs:
            for i, line in enumerate(writer.wrap(text, col_here, size, 2 * size)):
                printed.append((line, i == 0))
        per_col = max(1, -(-len(printed) // cols_here))
        step = size * LEADING
        bottom = top
        for n, (line, first) in enumerate(printed):
            col, row = divmod(n, per_col)
            cx = x + col * (col_here + GUTTER)
            writer.text(cx + (2 * size if first else 0), top + row * step, line, size)
            bottom = max(bottom, top + (row + 1) * step)
        top = bottom + _STORY_GAP


# ---- issues of the labelled corpus, laid out as pages ----


def _norm(text: str | None) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text or ""))


def _roles(expected: dict) -> dict[str, str]:
    roles: dict[str, str] = {}
    for article in expected["articles"]:
        for key, role in (
            ("kicker", "kicker"),
            ("title", "title"),
            ("subtitle", "subtitle"),
            ("column", "label"),
            ("section", "label"),
        ):
            if article.get(key):
                roles.setdefault(_norm(article[key]), role)
    return roles


def corpus_pages(text: str, expected: dict, layout: Layout = Layout()) -> list[Page]:
    """The issue's lines laid out as one page: the header lines above the first story, each
    headline line (the labels say which) in its size, every other line a body paragraph."""
    # A hard-wrapped copy's lines are rejoined as the parser rejoins them: a page prints
    # paragraphs, not the wrap of some earlier copy.
    lines, _ = logical_lines([x.strip() for x in text.splitlines() if x.strip()])
    roles = _roles(expected)
    page = Page()
    stories: list[Story] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        role = roles.get(_norm(line)) or roles.get(_norm(line).strip("[]【】"))
        span = 1
        if role is None and i + 1 < len(lines):  # a headline wrapped over two lines
            role = roles.get(_norm(line + lines[i + 1]))
            span = 2 if role else 1
        if role is not None:
            if not stories or stories[-1].paragraphs:
                stories.append(Story())
            for part in lines[i : i + span]:
                stories[-1].heads.append((role, part))
        elif not stories and len(line) <= 30 and i < 2:
            page.header.append(line)
        else:
            if not stories:
                stories.append(Story())
            stories[-1].paragraphs.append(line)
        i += span
    if layout.sidebar and len(stories) > 2:
        page.stories, page.sidebar = stories[:1], stories[1:]
    else:
        page.stories = stories
    return [page]


@dataclass(frozen=True)
class CorpusIssue:
    stem: str
    text: str
    expected: dict


def corpus_issues(folder: Path = CORPUS) -> list[CorpusIssue]:
    out = []
    for meta in sorted(folder.glob("*.json")):
        txt = meta.with_suffix(".txt")
        if txt.exists():
            out.append(
                CorpusIssue(meta.stem, txt.read_text("utf-8"), json.loads(meta.read_text("utf-8")))
            )
    return out


def corpus_pdf(issue: CorpusIssue, layout: Layout = Layout()) -> bytes:
    return render(corpus_pages(issue.text, issue.expected, layout), layout)


def text_pdf(paragraphs: Iterable[str], layout: Layout = Layout()) -> bytes:
    """A one-page PDF of body paragraphs under no headline."""
    return render([Page(stories=[Story(paragraphs=list(paragraphs))])], layout)


def scanned_pdf() -> bytes:
    """A page that is only a picture of text, as a scanner makes it."""
    image = Image.new("L", (600, 800), 255)
    draw = ImageDraw.Draw(image)
    for y in range(60, 760, 24):
        draw.rectangle((60, y, 540, y + 12), fill=40)  # lines of 'text' as ink
    pdf = FPDF(unit="pt", format=(PAGE_W, PAGE_H))
    pdf.add_page()
    pdf.image(image, x=0, y=0, w=PAGE_W, h=PAGE_H)
    return bytes(pdf.output())


def with_scanned_page(pdf: bytes) -> bytes:
    """`pdf` with a scanned page after its last."""
    doc = pdfium.PdfDocument(pdf)
    doc.import_pages(pdfium.PdfDocument(scanned_pdf()))
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def printable(text: str) -> str:
    """`text` as the test PDFs print it: a character the shipped font lacks is left blank."""
    drawn = set(TTFont(_font_for(_corpus_chars())).getBestCmap())
    return "".join(c if ord(c) in drawn or c.isspace() else " " for c in text)
