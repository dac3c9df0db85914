"""One PDF per page: each file's paper, date and printed page from its page header or its
name, and the files of one paper and day grouped in page order."""

import pytest

from desktop.ingest.pdf_pages import (
    group_files,
    issue_key,
    issue_lines,
    issue_sha256,
    read_pdf_file,
)
from tests.helpers.epaper import TITLE, page_one, page_two
from tests.helpers.pdfs import Page, Story, render


def test_a_page_header_gives_the_paper_the_day_and_the_printed_page():
    file = read_pdf_file(page_two(), "download.pdf")
    assert (file.paper, file.date, file.pages, file.numbered) == (
        "人民日报",
        "2024-01-13",
        (2,),
        True,
    )
    assert {line.page for line in file.lines} == {2}  # the printed page, not the file's


@pytest.mark.parametrize(
    ("name", "date", "page"),
    [
        ("2024-05-28_01.pdf", "2024-05-28", 1),
        ("jdb20240528_02.pdf", "2024-05-28", 2),
        ("rmrb-2024-05-28-p3.pdf", "2024-05-28", 3),
        ("2024-05-28第4版.pdf", "2024-05-28", 4),
    ],
)
def test_without_a_header_the_file_name_gives_the_day_and_the_page(name, date, page):
    file = read_pdf_file(page_two(header=False), name)
    assert (file.date, file.pages, file.numbered) == (date, (page,), True)


def test_without_a_header_the_files_own_title_gives_the_paper_the_day_and_the_page():
    pdf = render(
        [Page([], [Story(paragraphs=["区里开了一个会。"])])], title="人民日报 2024年01月13日 第02版"
    )
    file = read_pdf_file(pdf, "download.pdf")
    assert (file.paper, file.date, file.pages, file.numbered) == (
        "人民日报",
        "2024-01-13",
        (2,),
        True,
    )


def test_a_file_that_names_no_page_is_an_issue_alone():
    file = read_pdf_file(page_two(header=False), "2024-05-28.pdf")
    assert file.date == "2024-05-28" and not file.numbered  # the day is no page number
    assert issue_key(file) is None


def test_files_of_one_paper_and_day_are_one_issue_in_page_order():
    two, one = read_pdf_file(page_two(), "b.pdf"), read_pdf_file(page_one(), "a.pdf")
    other = read_pdf_file(
        render([Page(["人民日报 2024年01月14日", "第01版"], [Story(paragraphs=["次日的报道。"])])]),
        "c.pdf",
    )
    groups = group_files([two, other, one])
    assert [[f.name for f in g] for g in groups] == [["a.pdf", "b.pdf"], ["c.pdf"]]
    lines = issue_lines(groups[0])
    assert [x.page for x in lines if x.text == TITLE] == [1, 2]


def test_an_issue_of_pages_is_named_by_its_paper_and_day_whichever_pages_it_has():
    one, two = read_pdf_file(page_one(), "a.pdf"), read_pdf_file(page_two(), "b.pdf")
    assert issue_sha256([one]) == issue_sha256([one, two]) == issue_sha256([two, one])
    alone = read_pdf_file(page_two(header=False), "2024-05-28.pdf")
    assert issue_sha256([alone]) == alone.sha256


def test_pages_of_a_paper_not_known_by_name_group_by_day_and_file_name():
    page = Page([], [Story(paragraphs=["区里开了一个会。"])])
    pdf = render([page])
    files = [
        read_pdf_file(pdf, "jdb20240528_01.pdf"),
        read_pdf_file(pdf + b"\n% 2\n", "jdb20240528_02.pdf"),
        read_pdf_file(pdf + b"\n% 3\n", "xyz20240528_01.pdf"),
    ]
    assert [f.paper for f in files] == [None, None, None]
    groups = group_files(files)
    assert [[f.name for f in g] for g in groups] == [
        ["jdb20240528_01.pdf", "jdb20240528_02.pdf"],
        ["xyz20240528_01.pdf"],
    ]
