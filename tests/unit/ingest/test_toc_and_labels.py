"""The table of contents (导读) and section labels keep every printed character, and a label
with no words in it is no label."""

from collections import Counter

import pytest

from desktop.ingest import parse_text
from tests.helpers.lossless import lost_characters


@pytest.mark.parametrize(
    ("text", "markers"),
    [
        ("导读\n本报讯)刊2版", ["导读", "本报讯", "刊2版"]),
        ("导读\n(上接第1版)改革再出发 刊2版►", ["导读", "(上接第1版)", "刊2版►"]),
        (
            "导读：\n本报讯（记者 张三）新城建设提速 刊3版►",
            ["导读：", "本报讯（记者 张三）", "刊3版►"],
        ),
    ],
)
def test_a_toc_line_with_its_own_markers_keeps_them(text, markers):
    issue = parse_text(text)
    assert not lost_characters(text, issue)
    (teaser,) = issue.articles
    assert teaser.kind == "teaser" and teaser.section == "导读"
    assert teaser.markers == markers


def test_a_toc_line_that_jumps_from_another_page_says_so():
    (teaser,) = parse_text("导读\n(上接第1版)改革再出发 刊2版►").articles
    assert (teaser.title, teaser.continued_from, teaser.continued_to) == ("改革再出发", "1", "2")


def test_the_person_in_a_toc_line_dateline_is_an_author():
    (teaser,) = parse_text("导读\n本报讯（记者 张三）新城建设提速 刊3版►").articles
    assert teaser.authors == ["张三"]


@pytest.mark.parametrize("label", ["[ ]", "[　]", "【 】"])
def test_an_empty_section_label_is_null_and_kept_as_printed(label):
    text = f"{label}\n区委召开会议\n本报讯 5月12日，会议举行。"
    issue = parse_text(text)
    (article,) = issue.articles
    assert article.section is None
    assert label in article.markers and article.title == "区委召开会议"
    assert not lost_characters(text, issue)


def test_a_derived_field_does_not_stand_in_for_a_lost_marker():
    # `continued_from` repeats the 1 of `(上接第1版)`: the check counts only printed text.
    text = "导读\n(上接第1版)改革再出发 刊2版►"
    issue = parse_text(text)
    issue.articles[0].markers.remove("(上接第1版)")
    assert lost_characters(text, issue) == Counter("(上接第1版)")


@pytest.mark.parametrize(
    ("entry", "bullet", "marker", "page"),
    [
        ("●高校毕业生就业服务季启动\u30003版", "●", "3版", "3"),
        ("黄河三角洲迎来候鸟迁徙高峰\u3000\u30004版", "", "4版", "4"),
        ("让文化遗产在数字时代“活”起来 >>>5版", "", ">>>5版", "5"),
        ("▶武汉樱花季迎来赏花高峰\u3000六版", "▶", "六版", "6"),
        ("·长兴岛郊野公园迎来观鸟季/第3版", "·", "/第3版", "3"),
    ],
)
def test_a_toc_entry_with_its_page_after_the_title_is_a_teaser(entry, bullet, marker, page):
    text = f"【导读】\n{entry}\n全区启动冬季征兵宣传 >>>4版"
    issue = parse_text(text)
    assert not lost_characters(text, issue)
    first, second = issue.articles
    assert first.kind == second.kind == "teaser"
    assert (first.continued_to, second.continued_to) == (page, "4")
    assert second.title == "全区启动冬季征兵宣传"
    assert first.markers == ["【导读】", *([bullet] if bullet else []), marker]
    assert first.section == "导读"


def test_a_list_headed_otherwise_with_pages_first_is_teasers_under_its_label():
    lines = ["今日看点", "A3 进博会首日签约额创新高", "A5 上海博物馆推出古埃及文明大展"]
    lines += [
        "城市更新让老弄堂焕发新生",
        "本报讯（记者 张晓鸣）11月7日，黄浦区一批老旧里弄完成改造。",
    ]
    text = "\n".join(lines)
    issue = parse_text(text)
    assert not lost_characters(text, issue)
    first, second, article = issue.articles
    assert first.section == second.section == "今日看点"
    assert (first.continued_to, second.continued_to) == ("3", "5")
    assert (article.title, article.authors) == ("城市更新让老弄堂焕发新生", ["张晓鸣"])


def test_entries_with_their_pages_in_a_row_are_a_toc_without_a_heading():
    lines = ["进博会首日签约额创新高\u30003版", "上海博物馆推出古埃及文明大展\u30005版"]
    lines += [
        "城市更新让老弄堂焕发新生",
        "本报讯（记者 张晓鸣）11月7日，黄浦区一批老旧里弄完成改造。",
    ]
    text = "\n".join(lines)
    issue = parse_text(text)
    assert not lost_characters(text, issue)
    assert [(a.kind, a.continued_to) for a in issue.articles] == [
        ("teaser", "3"),
        ("teaser", "5"),
        ("article", None),
    ]
    assert issue.articles[-1].title == "城市更新让老弄堂焕发新生"


def test_one_line_ending_with_a_page_is_no_toc():
    text = "城市更新让老弄堂焕发新生\n本报讯 11月7日，黄浦区一批老旧里弄完成改造，详情刊第3版"
    (article,) = parse_text(text).articles
    assert article.kind == "article"
