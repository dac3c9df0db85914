"""The paper, date and page a saved page says it is from, by the first place that says."""

from desktop.ingest.html_facts import date_of, page_of, paper_of
from desktop.ingest.papers import bundled_papers


def test_the_date_comes_from_the_header_then_the_metas_then_the_address_or_name():
    assert date_of(["2024年5月12日 星期日"], {}, "", "a.htm") == "2024-05-12"
    assert date_of([], {"publishdate": "2024-05-13 08:00"}, "", "a.htm") == "2024-05-13"
    assert date_of([], {}, "http://x.cn/html/2024-05/14/node_1.htm", "a.htm") == "2024-05-14"
    assert date_of([], {}, "", "rmrb20240115.htm") == "2024-01-15"
    assert date_of([], {}, "", "a.htm") is None


def test_an_impossible_date_is_no_date():
    assert date_of(["2024年13月40日"], {}, "", "a.htm") is None


def test_the_page_and_its_label_come_from_the_header():
    assert page_of(["第01版：要闻"], {}, "a.htm") == (1, "第01版：要闻")
    assert page_of(["第三版"], {}, "a.htm") == (3, "第三版")


def test_the_page_may_come_from_the_metas_or_the_file_name():
    assert page_of([], {"page": "A05"}, "a.htm") == (5, "")
    assert page_of([], {}, "issue_p7.htm") == (7, "")
    assert page_of([], {}, "a.htm") == (None, "")


def test_a_known_papers_name_in_a_meta_tag_names_the_paper():
    papers = bundled_papers()
    name = sorted(papers.names, key=len)[-1]
    assert paper_of([], {"og:site_name": f"{name}数字报"}, "a.htm", papers) == papers.by_name[name]
    assert paper_of([], {}, "a.htm", papers) is None
