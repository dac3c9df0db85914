"""Page headers and page chrome: which lines are a page's header, and what they say."""

from desktop.ingest.chrome import PageHeader, cn_number, page_header


def test_chinese_numbers_read_digit_by_digit_or_by_tens():
    assert cn_number("一九四六") == 1946
    assert cn_number("十一") == 11
    assert cn_number("二十三") == 23
    assert cn_number("廿三") == 23


def test_a_page_header_line_gives_its_page_and_date():
    header = page_header("第01版：要闻 2024-01-13")
    assert header is not None
    assert header.page is not None and header.date == (2024, 1, 13)


def test_a_masthead_line_with_a_chinese_date_is_a_header():
    header = page_header("人民日报 2024年01月13日")
    assert header is not None and header.date == (2024, 1, 13)


def test_a_folio_alone_is_a_page_number():
    header = page_header("- 2 -")
    assert header is not None and header.page == "2"


def test_a_sentence_is_not_a_header():
    assert page_header("本报讯 5月12日，全区数字经济大会举行。") is None
    assert page_header("") is None


def test_an_e_paper_footer_naming_the_paper_in_book_title_marks_is_chrome():
    header = page_header("《光明日报》（ 2024年03月05日 01版）")
    assert header == PageHeader("光明日报", "01", (2024, 3, 5))
    assert page_header("新华每日电讯 2024-03-06 第1版：要闻").name == "新华每日电讯"


def test_a_lettered_page_with_no_page_word_beside_a_date():
    header = page_header("新京报 2024年5月6日 星期一 A03 北京新闻")
    assert header == PageHeader("新京报", "A03", (2024, 5, 6))


def test_the_buttons_of_an_e_paper_page_are_chrome():
    for line in ["【字号 大 中 小】【打印】【关闭】", "上一篇  下一篇", "第00003版：要闻"]:
        assert page_header(line) is not None, line
    assert page_header("【导读】") is None and page_header("[简讯]") is None


def test_a_month_and_day_beside_a_weekday_is_chrome_but_a_sentence_opening_so_is_not():
    assert page_header("5月6日 星期一") == PageHeader()
    assert page_header("5月6日，会议举行。") is None
