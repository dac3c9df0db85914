"""The PDF briefing: its fonts embedded, every article on its pages, lines broken by the
Chinese rules."""

import shutil
import subprocess

import pypdfium2
import pytest

from desktop.services.exports import export
from desktop.services.exports.briefing_pdf import article_pdf
from tests.unit.services.exports.briefings import sample_briefing


@pytest.mark.slow  # subsetting the CJK fonts takes seconds; the line breaking below is fast
def test_a_pdf_briefing_embeds_its_fonts_and_holds_every_article(db, tmp_path):
    briefing = sample_briefing(db)
    data = export("briefing", "pdf", briefing)
    assert data.startswith(b"%PDF-")
    assert data.count(b"/FontFile3") >= 2  # the CJK fonts are embedded, not referenced
    assert b"/Title" in data and b"/Lang" in data
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        pytest.skip("pdftotext (poppler) reads the PDF's text back")
    target = tmp_path / "b.pdf"
    target.write_bytes(data)
    text = subprocess.run([pdftotext, str(target), "-"], capture_output=True, text=True).stdout
    flat = "".join(text.split())
    assert "嘉定要闻简报" in flat and "区委办公室信息科" in flat and "2026年12月1日" in flat
    for i, entry in enumerate(briefing.entries, 1):
        assert f"{i}．{entry.title}".replace(" ", "") in flat
        assert entry.source_line.replace(" ", "") in flat
    assert "以案为鉴。" in flat
    first = briefing.entries[0].view.article.block_list[0]["text"]
    assert "".join(first.split()) in flat  # the full text, set character by character, reads back


def test_pdf_lines_follow_the_chinese_line_breaking_rules():
    from desktop.services.exports.briefing_pdf import NO_START, _lines

    text = "嘉定区全面从严治党，警示教育大会举行。“以铜为镜”，ABC123可以正衣冠！" * 5
    chars = [(c, False) for c in text]
    lines = _lines(chars, [1.0] * len(chars), 8.0, 10.0)
    assert "".join(text[a:b] for a, b in lines) == text  # nothing lost, nothing doubled
    assert all(text[a] not in NO_START for a, _ in lines[1:])
    assert all(text[b - 1] != "“" for _, b in lines)
    assert all(not (text[b - 1].isalnum() and text[b].isascii() and text[b].isalnum()
                    and text[b - 1].isascii()) for _, b in lines[:-1])  # fmt: skip
    assert all(sum(1.0 for _ in text[a:b]) <= 10.0 for a, b in lines)


@pytest.mark.slow  # subsetting the CJK fonts takes seconds
def test_one_article_as_pdf_has_its_headline_text_and_notes_and_no_masthead(db):
    entry = sample_briefing(db).entries[0]
    document = pypdfium2.PdfDocument(article_pdf(entry))
    try:
        text = "".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()
    flat = "".join(text.split())
    assert entry.title.replace(" ", "") in flat and entry.source_line.replace(" ", "") in flat
    assert "以案为鉴。" in flat and "以铜为镜，可以正衣冠" in flat
    assert "目录" not in flat and "1．" not in flat  # one article: no contents, no number
