"""The table of known papers: a masthead names its paper, a text's places suggest one."""

from desktop.ingest.papers import bundled_papers


def test_the_bundled_table_knows_the_seed_papers_masthead():
    papers = bundled_papers()
    assert papers.names
    name = sorted(papers.names, key=len)[-1]
    assert papers.masthead([name]) is not None


def test_a_line_that_is_not_a_masthead_names_no_paper():
    assert bundled_papers().masthead(["本报讯 5月12日，会议举行。"]) is None


def test_a_page_header_with_a_paper_not_named_like_a_daily_names_it():
    assert bundled_papers().masthead(["新华每日电讯 2024-03-06 第1版：要闻"]) == "新华每日电讯"


def test_with_no_masthead_the_papers_own_reporter_names_it():
    lines = ["光谷科创走廊集聚创新主体超万家", "湖北日报全媒记者 刘  畅 通讯员 周雨晴"]
    assert bundled_papers().masthead(lines) == "湖北日报"
    assert bundled_papers().masthead(["记者 刘  畅"]) is None


def test_an_e_paper_masthead_names_its_paper():
    assert bundled_papers().masthead(["浙江日报数字报"]) == "浙江日报"
    assert bundled_papers().masthead(["浙江日报 电子版"]) == "浙江日报"
