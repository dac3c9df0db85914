"""A page saved as one line is cut into its printed lines, markers and headline phrases whole."""

from desktop.ingest import parse_text
from desktop.ingest.page_line import is_page_line, split_page_line
from tests.helpers.lossless import lost_characters

PAGE = (
    "金山报 2024年9月20日 星期五 第一版:要闻 金山嘴渔村开渔节启幕 渔船满载而归 渔市人气兴旺 "
    "记者 陈思文/文 通讯员 许航/图 9月19日，金山嘴渔村开渔节启幕。随着东海休渔期结束，"
    "渔船陆续返港，码头上鱼虾蟹满舱，渔市里叫卖声此起彼伏。 本届开渔节推出海鲜美食市集、"
    "渔家民俗展演等活动，将持续至国庆假期结束。 湾区科创中心新引进企业三十家 "
    "本报讯（记者 沈卓）今年以来，上海湾区科创中心新引进科技型企业三十家，中心入驻率超过九成。 "
    "中心还联合高校院所建设公共技术服务平台，助力科技成果在金山转化落地。 "
    "廊下镇秋季农产品展销会举行 9月18日，廊下镇秋季农产品展销会在郊野公园举行，"
    "现场销售额超过三十万元。 撰稿 周蓓 责任编辑：顾晓红"
)


def test_a_page_on_one_line_is_cut_into_its_printed_lines():
    assert is_page_line(PAGE)
    lines = split_page_line(PAGE)
    assert lines[:4] == [
        "金山报 2024年9月20日 星期五 第一版:要闻",
        "金山嘴渔村开渔节启幕",
        "渔船满载而归 渔市人气兴旺",
        "记者 陈思文/文 通讯员 许航/图",
    ]
    assert (
        "本报讯（记者 沈卓）今年以来，上海湾区科创中心新引进科技型企业三十家，中心入驻率超过九成。"
        in lines
    )
    assert lines[-2:] == ["撰稿 周蓓", "责任编辑：顾晓红"]


def test_a_long_paragraph_is_no_page_line():
    paragraph = "今年以来，全省重大项目建设保持良好势头，" * 20 + "一批项目陆续开工。"
    assert not is_page_line(paragraph)


def test_its_articles_are_read_as_from_a_page_of_lines():
    issue = parse_text(PAGE)
    assert not lost_characters(PAGE, issue)
    assert [a.title for a in issue.articles] == [
        "金山嘴渔村开渔节启幕",
        "湾区科创中心新引进企业三十家",
        "廊下镇秋季农产品展销会举行",
    ]
    first, second, third = issue.articles
    assert first.authors == ["陈思文", "许航"]
    assert (second.authors, third.authors) == (["沈卓"], ["周蓓"])
    assert issue.paper == "金山报" and issue.date == "2024-09-20"


def test_the_paper_and_date_of_a_page_on_one_line_come_from_its_page_header():
    page = PAGE.replace(
        "金山报 2024年9月20日 星期五 第一版:要闻", "新华每日电讯 2024-03-06 第1版：要闻"
    )
    issue = parse_text(page)
    assert (issue.paper, issue.date) == ("新华每日电讯", "2024-03-06")


def test_a_long_paragraph_with_stray_spaces_is_no_page_line():
    sentence = "8 月 31 日，苏北一家新能源装备制造基地内，一批项目加快建设。 "
    assert not is_page_line(sentence * 8)
