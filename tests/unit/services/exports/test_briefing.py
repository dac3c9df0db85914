"""Briefings (简报): the DOCX and the PDF hold the title, unit, date, contents, each article's
headline group and source line, and its full text or only its highlighted passages with notes."""

import io
import shutil
import subprocess
import zipfile
from datetime import date

import pytest
from docx import Document
from docx.oxml.ns import qn

from desktop.services import annotations
from desktop.services.articles import get_article, list_articles
from desktop.services.errors import InvalidInput
from desktop.services.exports import export
from desktop.services.exports.briefing import chinese_date, make_briefing


def _five(db):
    rows = [r for r in list_articles(db) if r.kind == "article"]
    return [get_article(db, rows[i].id) for i in (0, 1, 2, 7, 12)]


def _briefing(db, **options):
    views = _five(db)
    annotations.highlight_quote(db, views[0].article.id, "以铜为镜，可以正衣冠", note="以案为鉴。")
    annotations.highlight_quote(db, views[1].article.id, "网格", color="green")
    return make_briefing(db, views, title="嘉定要闻简报", unit="区委办公室信息科",
                         day=date(2026, 12, 1), **options)  # fmt: skip


def _paragraphs(data: bytes) -> list[str]:
    return [p.text for p in Document(io.BytesIO(data)).paragraphs]


def test_the_source_line_and_dates_read_as_chinese(db):
    briefing = _briefing(db)
    first = briefing.entries[0]
    assert first.source_line == "嘉定报 · 2023年5月 · 俞超"
    assert briefing.date == "2026年12月1日"
    assert chinese_date("2023") == "2023年" and chinese_date("2023-05-16") == "2023年5月16日"


def test_a_docx_briefing_has_masthead_contents_headlines_sources_and_full_text(db):
    briefing = _briefing(db)
    data = export("briefing", "docx", briefing)
    doc = Document(io.BytesIO(data))
    text = _paragraphs(data)
    assert text[0] == "嘉定要闻简报"
    cells = [c.text for c in doc.tables[0].rows[0].cells]
    assert cells == ["区委办公室信息科", "2026年12月1日"]
    titles = [e.title for e in briefing.entries]
    contents = text.index("目　录")
    assert [t for t in text[contents:] if t[:1].isdigit()][:5] == [
        f"{i}．{t}" for i, t in enumerate(titles, 1)
    ]
    for i, entry in enumerate(briefing.entries, 1):
        assert text.count(f"{i}．{entry.title}") == 2  # in the contents and as the headline
        assert entry.source_line in text
    first = briefing.entries[0].view.article
    assert first.kicker in text
    assert all(b["text"] in text for b in first.block_list)
    assert "“以铜为镜，可以正衣冠”　以案为鉴。" in text  # the notes after the article
    highlighted = [r.text for p in doc.paragraphs for r in p.runs if r.font.highlight_color]
    assert highlighted[:2] == ["以铜为镜，可以正衣冠", "网格"]


def test_a_docx_briefing_sets_the_east_asian_font(db):
    data = export("briefing", "docx", _briefing(db))
    doc = Document(io.BytesIO(data))
    fonts = {r._element.rPr.rFonts.get(qn("w:eastAsia")) for p in doc.paragraphs for r in p.runs}
    assert fonts <= {"宋体", "黑体", "楷体"} and "宋体" in fonts and "黑体" in fonts
    normal = doc.styles["Normal"].element.rPr.rFonts.get(qn("w:eastAsia"))
    assert normal == "宋体"
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        assert 'w:eastAsia="zh-CN"' in package.read("word/styles.xml").decode("utf-8")
        assert "PAGE" in package.read("word/footer1.xml").decode("utf-8")


def test_highlights_only_gives_the_passages_and_notes_not_the_text(db):
    briefing = _briefing(db, highlights_only=True)
    text = _paragraphs(export("briefing", "docx", briefing))
    assert "以铜为镜，可以正衣冠" in text and "批注：以案为鉴。" in text
    assert "网格" in text
    first_paragraph = briefing.entries[0].view.article.block_list[0]["text"]
    assert first_paragraph not in text
    assert text.count("（本文没有标注的段落。）") == 3


def test_text_from_the_library_is_text_in_the_docx(db):
    views = _five(db)[:1]
    views[0].article.title = "<w:p>标题\x07</w:p> & ="
    data = export("briefing", "docx", make_briefing(db, views))
    assert "<w:p>标题</w:p> & =" in " ".join(_paragraphs(data))


def test_a_pdf_briefing_embeds_its_fonts_and_holds_every_article(db, tmp_path):
    briefing = _briefing(db)
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


def test_a_briefing_needs_articles_and_a_short_title(db):
    with pytest.raises(InvalidInput, match="at least one article"):
        make_briefing(db, [])
    with pytest.raises(InvalidInput, match="at most 200 characters"):
        make_briefing(db, _five(db)[:1], title="题" * 201)


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


def test_docx_paragraph_properties_keep_the_schemas_order(db):
    # CT_PPr is a sequence: Word refuses a file whose w:pBdr comes after w:spacing or w:jc.
    order = ["pStyle", "keepNext", "keepLines", "pageBreakBefore", "widowControl", "numPr",
             "pBdr", "shd", "tabs", "spacing", "ind", "jc", "rPr", "sectPr"]  # fmt: skip
    data = export("briefing", "docx", _briefing(db))
    body = Document(io.BytesIO(data)).element.body
    for ppr in body.iter(qn("w:pPr")):
        names = [child.tag.split("}")[1] for child in ppr]
        positions = [order.index(n) for n in names if n in order]
        assert positions == sorted(positions), names
