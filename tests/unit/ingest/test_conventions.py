"""The conventions of issue 12, each on a small page: what a reader of the parse sees."""

import pytest

from desktop.ingest import parse_text
from tests.corpus.variants import hard_wrap
from tests.helpers.lossless import lost_characters


def _parse(text):
    issue = parse_text(text)
    assert not lost_characters(text, issue)
    return issue


@pytest.mark.parametrize(
    ("dateline", "authors"),
    [
        ("本报北京1月13日电（记者 王珂）", ["王珂"]),
        ("本报讯（记者 张三 通讯员 李四）", ["张三", "李四"]),
        ("新华社北京3月5日电", []),
        ("【新华社延安十日电】", []),
        ("本报综合新华社7月17日消息", []),
        ("南方日报讯（记者/吴哲 通讯员/粤工信）", ["吴哲"]),
        ("本报讯 记者 张琪 ", ["张琪"]),
    ],
)
def test_a_dateline_gives_its_people_to_authors_and_its_text_to_markers(dateline, authors):
    (article,) = _parse(f"会议召开\n{dateline}会议于昨日在京召开，部署全年工作。").articles
    assert article.authors == authors
    assert dateline.strip() in article.markers
    assert article.paragraphs == ["会议于昨日在京召开，部署全年工作。"]


def test_a_dateline_after_a_finished_article_starts_the_next_one():
    text = "会议召开\n本报讯 5月12日，会议召开。\n本报讯（记者 张三）5月13日，展会开幕。"
    first, second = _parse(text).articles
    assert (first.title, second.title, second.authors) == ("会议召开", None, ["张三"])


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("本报记者  常  钦", ["常钦"]),
        ("□记者  胡蝶飞", ["胡蝶飞"]),
        ("北京朝阳区  程  立", ["程立"]),
        ("本报评论员", []),
        ("本报通讯员 郑莎摄", ["郑莎"]),
        ("徐建刚/文", ["徐建刚"]),
        ("本报记者 李博文", ["李博文"]),
    ],
)
def test_byline_shapes(line, authors):
    (article,) = _parse(f"种粮大户的新账本\n{line}\n3月初，麦田返青，种粮大户算起了新账。").articles
    assert (article.title, article.authors) == ("种粮大户的新账本", authors)
    assert line in article.markers


def test_a_column_with_its_note_kicker_title_and_byline_is_one_article():
    text = (
        "新春走基层\n开栏的话\n新春将至，本报推出专栏，记录奋斗者的身影。\n"
        "年货市场人气旺——\n红红火火迎新春\n本报记者 吴秉泽\n腊月里，市场人头攒动。"
    )
    (article,) = _parse(text).articles
    assert (article.column, article.kicker, article.title) == (
        "新春走基层",
        "年货市场人气旺——",
        "红红火火迎新春",
    )
    assert article.authors == ["吴秉泽"] and "开栏的话" in article.markers
    assert article.paragraphs[-1] == "腊月里，市场人头攒动。"


@pytest.mark.parametrize(
    "header",
    ["第1版:要闻 2022-05-28", "a0002版:城事", "第一版:要闻", "上海法治报 2021年09月01日",
     "2025年1月14日 星期二", "人民日报 2024年01月13日 星期六 第01版：要闻"],
)  # fmt: skip
def test_page_headers_are_never_titles_or_body(header):
    issue = _parse(f"{header}\n城市更新提速\n本报讯 5月12日，会议召开。")
    (article,) = issue.articles
    assert article.title == "城市更新提速" and header in article.markers


@pytest.mark.parametrize(
    ("reference", "page"),
    [("■详见A4", "4"), (">>>详见第9版", "9"), ("（下转第二版）", "2"), ("下转第二版", "2")],
)
def test_a_cross_reference_or_jump_ends_the_body_and_names_the_page(reference, page):
    text = f"城市更新提速\n本报讯 5月12日，全区城市更新工作会议召开，部署今年重点项目。{reference}"
    for copy in (text, hard_wrap(text, 22), hard_wrap(text, 31, blank_after=True)):
        (article,) = _parse(copy).articles
        assert article.continued_to == page
        assert article.paragraphs[-1].endswith("部署今年重点项目。")


def test_a_related_report_reference_is_no_kicker_and_no_article():
    text = "城市更新提速\n本报讯 会议召开。\n（相关报道见第六版）\n展会开幕\n本报讯 展会开幕。"
    first, second = _parse(text).articles
    assert "（相关报道见第六版）" in first.markers and second.kicker is None


def test_photo_news_with_numbered_captions():
    text = (
        "运动会落幕\n本报讯 比赛落下帷幕。\n①选手在比赛中。\n②裁判员检查作品。\n本报记者 王伟伟 摄"
    )
    report, photo = _parse(text).articles
    assert report.authors == [] and photo.kind == "photo" and photo.authors == ["王伟伟"]
    assert photo.paragraphs == ["①选手在比赛中。", "②裁判员检查作品。"]


def test_briefs_under_a_label_are_one_each():
    issue = _parse("[快讯]\n杭州地铁新线开通试运营。\n宁波舟山港吞吐量再创新高。")
    assert [a.kind for a in issue.articles] == ["brief", "brief"]


@pytest.mark.parametrize(
    "toc",
    ["本期导读\n技能人才评价有了新标尺\n>>>详见第3版", "导读\n技能人才评价有了新标尺 刊A3版",
     "导读\n3版 技能人才评价有了新标尺", "导读\n技能人才评价有了新标尺 见第3版►"],
)  # fmt: skip
def test_toc_styles(toc):
    issue = _parse(f"{toc}\n大赛落幕\n本报讯 9月11日，大赛落下帷幕。")
    teaser, article = issue.articles
    assert (teaser.kind, teaser.title, teaser.continued_to) == (
        "teaser",
        "技能人才评价有了新标尺",
        "3",
    )
    assert article.title == "大赛落幕"


def test_the_masthead_names_the_paper_and_places_only_guess():
    named = _parse("解放日报\n嘉定新城建设提速\n本报讯 嘉定区、嘉定新城、嘉定工业区。")
    guessed = _parse("嘉定新城建设提速\n本报讯 嘉定区、嘉定新城、嘉定工业区。")
    assert (named.paper, named.paper_guessed) == ("解放日报", False)
    assert (guessed.paper, guessed.paper_guessed) == ("嘉定报", True)
    assert guessed.to_dict()["paper_guessed"] is True


def test_a_running_head_inside_a_sentence_does_not_cut_the_article():
    text = (
        "城市更新提速\n本报讯 5月12日，全区城市更新工作会议召开，会议要求各部门\n"
        "嘉定报 2023年5月16日 星期二 第2版\n- 2 -\n抓紧推进重点项目。\n撰稿 俞超"
    )
    (article,) = _parse(text).articles
    assert article.paragraphs == [
        "5月12日，全区城市更新工作会议召开，会议要求各部门抓紧推进重点项目。"
    ]
    assert article.authors == ["俞超"]
