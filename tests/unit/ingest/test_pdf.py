"""PDF pages → SourceLines: reading order across columns and headlines, pages, sizes, boxes,
and the specific refusals of scans and damaged files. Every PDF here is made by the test."""

import re

import pytest
from fpdf import FPDF

from desktop.ingest import parse_text
from desktop.ingest.lines import parse_lines
from desktop.ingest.pdf import DamagedPdfError, ScannedPdfError, read_pdf
from tests.corpus.score import score_issue
from tests.helpers.pdfs import (
    BODY,
    PAGE_H,
    PAGE_W,
    SIZES,
    Layout,
    Page,
    Story,
    corpus_issues,
    corpus_pdf,
    printable,
    render,
    scanned_pdf,
    text_pdf,
    with_scanned_page,
)
from tests.unit.ingest.test_html import PDF_AFTER_TUNING, _known_gaps

FARM = Story(
    heads=[
        ("kicker", "冬闲变冬忙——"),
        ("title", "冬日田野备春耕"),
        ("subtitle", "各地抢抓农时做好农资储备"),
    ],
    paragraphs=[
        "记者 王珂",
        "本报北京1月12日电 记者从农业农村部获悉：当前各地正抓住冬闲时节，组织农资企业加快化肥、"
        "种子、农药的调运与储备，确保春耕用种用肥不断档、不脱销。",
        "据介绍，截至目前，全国冬春化肥储备已达年度计划的八成以上，主要农作物种子供应总体充足。"
        "农业农村部要求各地加强农资市场监管，严厉打击假劣农资坑农害农行为。",
        "各地还组织农技人员进村入户，指导农民做好春耕准备，推广测土配方施肥等实用技术。",
    ],
)
TRADE = Story(
    heads=[("title", "外贸规模稳中有增")],
    paragraphs=[
        "新华社北京1月12日电 国务院新闻办公室12日举行新闻发布会，介绍2023年全年进出口情况。"
        "海关总署有关负责人表示，我国外贸规模稳中有增，质量持续提升，经营主体活力进一步增强。",
        "这位负责人说，2024年将继续推动外贸质升量稳，扩大优质产品进口，促进跨境电商等新业态健康发展。",
    ],
)
TALK = Story(
    heads=[("label", "今日谈"), ("title", "把冬闲变成冬忙")],
    paragraphs=[
        "冬日里，一些村庄的农技夜校灯火通明，农民围坐一起听专家讲土壤改良、讲病虫害防治。冬闲不闲，冬学正忙。",
        "把冬闲变成冬忙，靠的是对土地的用心、对丰收的期盼。多一些这样的课堂，春天的田野就多一分底气。",
        "张振华",
    ],
)
HEADER = ["人民日报 2024年01月13日 星期六", "第01版：要闻"]


def _texts(lines):
    # A space that falls at a line's end is not printed: compare without spaces.
    return [re.sub(r"\s", "", x.text) for x in lines]


def _printed(stories):
    """What a reader of the page reads, in order: header, then each story top to bottom."""
    out = [*HEADER]
    for story in stories:
        out += [text for _, text in story.heads] + story.paragraphs
    return [re.sub(r"\s", "", x) for x in out]


# Rendering a page costs half a second: the layouts run with the slow tests, and the stages
# (test_pdf_lines, test_pdf_order, test_pdf_paragraphs) have fast tests of their own.
@pytest.mark.slow
@pytest.mark.parametrize("columns", [3, 4, 5, 6])
def test_headlines_span_their_columns_and_paragraphs_go_on_across_column_ends(columns):
    stories = [FARM, TRADE, TALK]
    lines = read_pdf(render([Page(HEADER, stories)], Layout(columns)), "p1.pdf")
    assert _texts(lines) == _printed(stories)
    assert "记者 王珂" in [x.text for x in lines]  # a space inside a line is kept


@pytest.mark.slow
def test_stories_side_by_side_are_read_one_after_the_other():
    page = Page(HEADER, stories=[FARM], sidebar=[TRADE, TALK])
    lines = read_pdf(render([page], Layout(6)), "p1.pdf")
    assert _texts(lines) == _printed([FARM, TRADE, TALK])


def test_each_line_carries_its_page_font_size_and_box():
    lines = read_pdf(render([Page(HEADER, [FARM, TALK])], Layout(4)), "p1.pdf")
    by_text = {x.text: x for x in lines}
    assert by_text["冬日田野备春耕"].size == SIZES["title"]
    assert by_text["冬闲变冬忙——"].size == SIZES["kicker"]
    assert by_text["张振华"].size == BODY
    assert {x.page for x in lines} == {1}
    for line in lines:
        left, top, right, bottom = line.bbox
        assert 0 <= left < right <= PAGE_W and 0 <= top < bottom <= PAGE_H
    title, body = by_text["冬日田野备春耕"].bbox, by_text[FARM.paragraphs[1]].bbox
    assert title[3] <= body[1]  # the headline's box is above the body's: the page is top-down


@pytest.mark.slow
def test_a_photo_caption_is_its_own_line_in_its_own_size():
    photo = Story(
        paragraphs=["图为嘉定区消防救援支队在演练中转移“被困人员”。 通讯员 蒋一超/摄"],
        photo=True,
        caption_size=9.0,
    )
    lines = read_pdf(render([Page(HEADER, [FARM, photo])], Layout(4)), "p1.pdf")
    caption = lines[-1]
    assert caption.text == photo.paragraphs[0]
    assert caption.size == 9.0
    assert _texts(lines)[:-1] == _printed([FARM])


def test_a_story_that_jumps_to_page_two_is_one_issue_with_its_pages():
    first = Story(FARM.heads, [*FARM.paragraphs[:3], "（下转第2版）"])
    rest = Story([("title", "冬日田野备春耕")], ["（上接第1版）", *FARM.paragraphs[3:]])
    pdf = render(
        [Page(HEADER, [first, TRADE]), Page(["人民日报 2024年01月13日", "第02版"], [rest])]
    )
    lines = read_pdf(pdf, "issue.pdf")
    assert [x.page for x in lines if x.text == "冬日田野备春耕"] == [1, 2]
    assert {x.page for x in lines if x.text in FARM.paragraphs[3:]} == {2}
    issue = parse_lines(lines, source="issue.pdf", sha256="", encoding="pdf")
    jumped = [a for a in issue.articles if a.continued_to == "2"]
    continued = [a for a in issue.articles if a.continued_from == "1"]
    assert len(jumped) == 1 and len(continued) == 1
    assert jumped[0].title == "冬日田野备春耕"
    assert continued[0].paragraphs[-1] == FARM.paragraphs[3]


def test_a_scanned_page_is_refused_with_a_message_about_text_recognition():
    with pytest.raises(ScannedPdfError) as caught:
        read_pdf(scanned_pdf(), "scan.pdf")
    message = str(caught.value)
    assert message.startswith("scan.pdf: page 1 is an image")
    assert "text recognition (OCR)" in message


def test_one_scanned_page_refuses_the_whole_pdf():
    text = text_pdf(["第一版的文字。"])
    assert read_pdf(text, "one.pdf")  # the text page alone reads
    with pytest.raises(ScannedPdfError, match="page 2 is an image"):
        read_pdf(with_scanned_page(text), "mixed.pdf")


@pytest.mark.parametrize(
    "damage",
    [
        lambda pdf: pdf[: len(pdf) // 2],
        lambda pdf: pdf[:200],
        lambda pdf: b"%PDF-1.7\n" + bytes(range(256)) * 8,
    ],
    ids=["cut-in-half", "only-the-start", "garbage"],
)
def test_a_damaged_pdf_is_refused_with_a_message_saying_so(damage):
    with pytest.raises(DamagedPdfError) as caught:
        read_pdf(damage(text_pdf(["一段文字。" * 40])), "broken.pdf")
    assert "the PDF is damaged and cannot be read" in str(caught.value)
    assert "Download or export the PDF again" in str(caught.value)


def test_each_refusal_is_said_in_the_windows_chinese_with_its_pages(qtbot):
    from desktop.ui.error_text import input_error_text

    refusals = []
    for data, name in (
        (scanned_pdf(), "scan.pdf"),
        (with_scanned_page(text_pdf(["第一版的文字。"])), "mixed.pdf"),
        (text_pdf(["一段文字。" * 40])[:200], "broken.pdf"),
    ):
        with pytest.raises((ScannedPdfError, DamagedPdfError)) as caught:
            read_pdf(data, name)
        refusals.append(input_error_text(caught.value))
    assert refusals[0].startswith("scan.pdf：第 1 页是图片（扫描件）") and "OCR" in refusals[0]
    assert refusals[1].startswith("mixed.pdf：第 2 页是图片")
    assert refusals[2].startswith("broken.pdf：这份 PDF 已损坏")
    assert not any(re.search(r"[a-z]{4,}", r.split("：", 1)[1]) for r in refusals)  # no English


def test_an_empty_page_is_not_an_issue():
    pdf = FPDF()
    pdf.add_page()
    with pytest.raises(ScannedPdfError, match="no text on any page"):
        read_pdf(bytes(pdf.output()), "blank.pdf")


# ---- PDFs of the labelled corpus ----

ISSUES = corpus_issues()


def _layout(n: int) -> Layout:
    return Layout(columns=3 + n % 4)  # every issue in one of 3 to 6 columns, in turn


# Slow, each: the PDF is drawn and read; the pdf_* stages have fast tests of their own.
@pytest.mark.parametrize(
    "n", _known_gaps(PDF_AFTER_TUNING, one_fast=False), ids=[i.stem for i in ISSUES]
)
def test_a_pdf_of_a_corpus_issue_parses_at_least_as_well_as_its_text(n):
    issue = ISSUES[n]
    # What the PDF can hold: a character the shipped font lacks is printed blank in both.
    text = printable(issue.text)
    by_text = score_issue(parse_text(text), issue.expected).figures()
    lines = read_pdf(corpus_pdf(issue, _layout(n)), f"{issue.stem}.pdf")
    parsed = parse_lines(lines, source=f"{issue.stem}.pdf", sha256="", encoding="pdf")
    by_pdf = score_issue(parsed, issue.expected).figures()
    assert {k: v for k, v in by_pdf.items() if v < by_text[k]} == {}, (by_text, by_pdf)


def test_a_pdf_locked_with_a_password_is_refused_with_a_message_saying_so():
    pdf = FPDF()
    pdf.set_encryption(owner_password="owner", user_password="reader")
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.text(20, 20, "page 1")
    with pytest.raises(DamagedPdfError, match="protected by a password"):
        read_pdf(bytes(pdf.output()), "locked.pdf")
