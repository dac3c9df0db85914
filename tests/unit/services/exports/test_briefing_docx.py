"""The DOCX briefing: masthead, contents, each article's headline group and source line, and its
full text or only its highlighted passages with notes, in the fonts and order Word expects."""

import io
import zipfile

from docx import Document
from docx.oxml.ns import qn

from desktop.services.exports import export
from desktop.services.exports.briefing import make_briefing
from tests.unit.services.exports.briefings import five, paragraphs, sample_briefing


def test_a_docx_briefing_has_masthead_contents_headlines_sources_and_full_text(db):
    briefing = sample_briefing(db)
    data = export("briefing", "docx", briefing)
    doc = Document(io.BytesIO(data))
    text = paragraphs(data)
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
    data = export("briefing", "docx", sample_briefing(db))
    doc = Document(io.BytesIO(data))
    fonts = {r._element.rPr.rFonts.get(qn("w:eastAsia")) for p in doc.paragraphs for r in p.runs}
    assert fonts <= {"宋体", "黑体", "楷体"} and "宋体" in fonts and "黑体" in fonts
    normal = doc.styles["Normal"].element.rPr.rFonts.get(qn("w:eastAsia"))
    assert normal == "宋体"
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        assert 'w:eastAsia="zh-CN"' in package.read("word/styles.xml").decode("utf-8")
        assert "PAGE" in package.read("word/footer1.xml").decode("utf-8")


def test_highlights_only_gives_the_passages_and_notes_not_the_text(db):
    briefing = sample_briefing(db, highlights_only=True)
    text = paragraphs(export("briefing", "docx", briefing))
    assert "以铜为镜，可以正衣冠" in text and "批注：以案为鉴。" in text
    assert "网格" in text
    first_paragraph = briefing.entries[0].view.article.block_list[0]["text"]
    assert first_paragraph not in text
    assert text.count("（本文没有标注的段落。）") == 3


def test_text_from_the_library_is_text_in_the_docx(db):
    views = five(db)[:1]
    views[0].article.title = "<w:p>标题\x07</w:p> & ="
    data = export("briefing", "docx", make_briefing(db, views))
    assert "<w:p>标题</w:p> & =" in " ".join(paragraphs(data))


def test_docx_paragraph_properties_keep_the_schemas_order(db):
    # CT_PPr is a sequence: Word refuses a file whose w:pBdr comes after w:spacing or w:jc.
    order = ["pStyle", "keepNext", "keepLines", "pageBreakBefore", "widowControl", "numPr",
             "pBdr", "shd", "tabs", "spacing", "ind", "jc", "rPr", "sectPr"]  # fmt: skip
    data = export("briefing", "docx", sample_briefing(db))
    body = Document(io.BytesIO(data)).element.body
    for ppr in body.iter(qn("w:pPr")):
        names = [child.tag.split("}")[1] for child in ppr]
        positions = [order.index(n) for n in names if n in order]
        assert positions == sorted(positions), names
