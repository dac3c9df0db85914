"""PDF pages with a text layer → SourceLines in reading order, each with its page, size and box.

Characters come from PDFium (pypdfium2) with their boxes and font sizes. They are grouped into
printed lines, the lines into blocks (a run of lines of one size in one column), and the blocks
are put in reading order with the rules of Breuel's layout analysis: a block comes before the
blocks under it that it overlaps horizontally (a headline spanning columns before the columns
under it), and before the blocks to its right unless something spans between them (the next
article's headline). Inside a block, the first-line indent and a line that stops short of the
column's edge end a paragraph: each paragraph piece becomes one SourceLine.

This module reads the file with PDFium; the stages after it are pdf_lines (characters →
printed lines), pdf_order (lines → blocks in reading order) and pdf_paragraphs (blocks →
paragraphs).

A box is (left, top, right, bottom) in PDF points from the page's top-left corner, the way Qt's
PDF module measures a page; a page is the 1-based page of the file.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from desktop.ingest.decode import IngestError
from desktop.ingest.lines import SourceLine
from desktop.ingest.pdf_lines import PdfChar, body_size, printed_lines
from desktop.ingest.pdf_order import line_blocks, reading_order
from desktop.ingest.pdf_paragraphs import page_paragraphs

ENCODING = "pdf"  # what a ParsedIssue read from a PDF says its encoding was

_UNREADABLE_SHARE = 0.3  # more unmapped characters than this: the text layer is not text


class ScannedPdfError(IngestError):
    pass


class DamagedPdfError(IngestError):
    pass


def read_pdf(data: bytes, name: str) -> list[SourceLine]:
    """The lines of every page of a PDF in reading order; IngestError if it has no text to read.

    All pages are read before anything is returned: a PDF with one scanned page is refused
    whole, so an issue is never imported in part.
    """
    doc = _open(data, name)
    pages = []
    try:
        for i in range(len(doc)):
            try:
                pages.append(_page_chars(doc[i]))
            except pdfium.PdfiumError:
                raise DamagedPdfError(
                    name,
                    f"page {i + 1} of the PDF is damaged and cannot be read.",
                    "Download or export the PDF again and import the new copy.",
                    code="pdf_page_damaged",
                    page=i + 1,
                ) from None
    finally:
        doc.close()
    images = [i + 1 for i, (chars, img) in enumerate(pages) if not chars and img]
    unreadable = [i + 1 for i, (chars, _) in enumerate(pages) if chars is None]
    if unreadable:
        raise ScannedPdfError(
            name,
            f"the text on {_pages(unreadable)} cannot be read: its fonts do not say which "
            "characters they draw.",
            "Run text recognition (OCR) on the PDF first, or import the issue's text instead.",
            code="pdf_unreadable_text",
            pages=_numbers(unreadable),
        )
    if images:
        raise ScannedPdfError(
            name,
            f"{_pages(images)} {'is an image' if len(images) == 1 else 'are images'} "
            "(a scan) without a text layer.",
            "Run text recognition (OCR) on the PDF first, or import the issue's text instead.",
            code="pdf_scanned",
            pages=_numbers(images),
        )
    page_chars = [chars or [] for chars, _ in pages]
    if not any(page_chars):
        raise ScannedPdfError(
            name,
            "the PDF has no text on any page.",
            "Choose the PDF of the issue's pages.",
            code="pdf_no_text",
        )
    body = body_size(c for chars in page_chars for c in chars)
    out: list[SourceLine] = []
    for number, chars in enumerate(page_chars, start=1):
        blocks = reading_order(line_blocks(printed_lines(chars)), body)
        out.extend(page_paragraphs(blocks, number, body))
    return out


def _numbers(numbers: Sequence[int]) -> str:
    return "、".join(str(n) for n in numbers)  # for the window's Chinese message


def _pages(numbers: Sequence[int]) -> str:
    if len(numbers) == 1:
        return f"page {numbers[0]}"
    return "pages " + ", ".join(str(n) for n in numbers)


def _open(data: bytes, name: str) -> pdfium.PdfDocument:
    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise DamagedPdfError(
                name,
                "the PDF is protected by a password.",
                "Open it with the password and save a copy without one, then import that copy.",
                code="pdf_password",
            ) from None
        raise DamagedPdfError(
            name,
            "the PDF is damaged and cannot be read (PDFium: "
            f"{str(exc).rsplit('PDFium: ', 1)[-1].rstrip(').')}).",
            "Download or export the PDF again and import the new copy.",
            code="pdf_damaged",
        ) from None
    if len(doc) == 0:
        doc.close()
        raise DamagedPdfError(
            name,
            "the PDF has no pages.",
            "Download or export the PDF again and import it.",
            code="pdf_no_pages",
        )
    return doc


def _page_chars(page: pdfium.PdfPage) -> tuple[list[PdfChar] | None, bool]:
    """The page's drawn characters (None if most have no Unicode meaning) and whether it
    holds an image."""
    height = page.get_height()
    textpage = page.get_textpage()
    chars: list[PdfChar] = []
    unmapped = 0
    # PDFium's C calls directly: the helpers' wrappers cost more than the calls, per character.
    raw, box = textpage.raw, pdfium_c.FS_RECTF()
    generated, unicode, loose_box, font_size = (
        pdfium_c.FPDFText_IsGenerated,
        pdfium_c.FPDFText_GetUnicode,
        pdfium_c.FPDFText_GetLooseCharBox,
        pdfium_c.FPDFText_GetFontSize,
    )
    try:
        for i in range(textpage.count_chars()):
            if generated(raw, i) == 1:
                continue  # line ends and spaces PDFium inferred: the layout says more
            code = unicode(raw, i)
            if code in (0, 0xFFFD, 0xFFFE) or 0xE000 <= code <= 0xF8FF:
                unmapped += 1
                continue
            text = chr(code)
            if unicodedata.category(text) in ("Cc", "Cf") or not loose_box(raw, i, box):
                continue
            size = font_size(raw, i)
            if size <= 0:
                size = box.top - box.bottom
            chars.append(
                PdfChar(
                    text, box.left, height - box.top, box.right, height - box.bottom, round(size, 1)
                )
            )
    finally:
        textpage.close()
    has_image = bool(next(iter(page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE])), None))
    page.close()
    if unmapped and unmapped > _UNREADABLE_SHARE * (unmapped + len(chars)):
        return None, has_image
    return chars, has_image
