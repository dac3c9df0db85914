"""The layout walker: where articles begin and end, and what each line is to its article."""

from desktop.ingest.tokens import detect_layout, tokenize
from desktop.ingest.walker import LayoutWalker


def _walk(lines):
    tokens = tokenize(lines)
    return LayoutWalker(tokens, detect_layout(tokens)).run()


def test_a_headline_body_and_byline_make_one_draft():
    (draft,) = _walk(["区委召开会议", "本报讯 5月12日，会议举行。", "撰稿 俞超"])
    assert draft.head == ["区委召开会议"]
    assert draft.article.paragraphs == ["5月12日，会议举行。"]
    assert draft.article.authors == ["俞超"]


def test_a_section_label_goes_to_the_articles_under_it():
    first, second = _walk(
        ["[简讯]", "区委召开会议", "本报讯 会议举行。", "第二篇标题", "本报讯 会议举行了。"]
    )
    assert first.article.section == second.article.section == "简讯"
    assert "[简讯]" in first.article.markers


def test_a_table_of_contents_becomes_a_teaser():
    drafts = _walk(["导读", "城市更新提速 刊2版►"])
    assert [d.article.kind for d in drafts] == ["teaser"]


def test_a_jump_line_says_where_the_article_goes_on():
    (draft,) = _walk(["区委召开会议", "本报讯 会议举行了。", "(下转第2版)"])
    assert draft.article.continued_to == "2"


def test_a_photo_credit_between_the_byline_and_the_body_leads_the_article():
    (draft,) = _walk(
        [
            "东平国家森林公园完成春季补植",
            "本报记者  陆  洁",
            "本报通讯员 秦一文摄",
            "近日，公园完成补植。",
        ]
    )
    assert draft.article.authors == ["陆洁", "秦一文"]
    assert draft.article.paragraphs == ["近日，公园完成补植。"]


def test_a_label_of_briefs_with_no_brackets_makes_each_numbered_item_a_brief():
    drafts = _walk(["荆楚简讯", "1、宜昌市开通三条公交新线路。", "2、湖北农业博览会闭幕。"])
    assert [d.article.kind for d in drafts] == ["brief", "brief"]
    assert drafts[0].article.section == "荆楚简讯"


def test_an_editors_note_under_the_title_stands_before_the_byline_and_body():
    (draft,) = _walk(
        [
            "金山新时代文明实践",
            "“老娘舅”调解室里的烟火人情",
            "编者按：邻里纠纷看似是小事，却关系着千家万户的安宁。本期走进",
            "朱泾镇一间调解室。",
            "□记者 蔡雯 通讯员 金晓东",
            "10月16日上午，调解室里两位居民争得面红耳赤。",
        ]
    )
    assert draft.head == ["金山新时代文明实践", "“老娘舅”调解室里的烟火人情"]
    assert draft.article.authors == ["蔡雯", "金晓东"]
    assert draft.article.paragraphs == [
        "编者按：邻里纠纷看似是小事，却关系着千家万户的安宁。本期走进朱泾镇一间调解室。",
        "10月16日上午，调解室里两位居民争得面红耳赤。",
    ]


def test_a_title_over_numbered_captions_is_photo_news_of_its_own():
    first, photo = _walk(
        ["一条隧道里的除夕", "本报记者 丁磊", "凌晨一点，最后一趟列车驶过，年夜饭开席了。",
         "年味里的烟火气", "①2月7日，市民在年货市场挑选年夜饭食材。", "新华社记者 覃雪 摄"]
    )  # fmt: skip
    assert first.article.authors == ["丁磊"]
    assert (photo.head, photo.photo, photo.article.authors) == (["年味里的烟火气"], True, ["覃雪"])


def test_a_byline_under_heading_lines_read_after_a_body_leads_the_next_article():
    """Even in a paper whose bylines mostly close articles (撰稿 X after the text)."""
    first, second = _walk(
        [
            "生态岛建设重点项目完成年度投资九成",
            "本报讯 一批项目顺利推进，部分项目将于年底前建成投用。 撰稿 范晓蕾",
            "稻米飘香丰收季——",
            "“崇明大米”品牌越擦越亮",
            "本报记者 季红梅",
            "眼下正值水稻收割季，竖新镇的稻田里，收割机来回穿梭。",
        ]
    )
    assert first.article.authors == ["范晓蕾"]
    assert second.head == ["稻米飘香丰收季——", "“崇明大米”品牌越擦越亮"]
    assert second.article.authors == ["季红梅"]


def test_a_cross_reference_under_an_article_a_credit_closed_is_still_its_own():
    title, body = "漕河泾开发区新增一批企业", "本报讯 今年以来，开发区新引进企业四十余家。"
    drafts = _walk([title, body, "（通讯员 顾文）", "→详见3版", "（相关报道见第四版）"])
    (draft,) = drafts
    assert draft.article.continued_to == "3"
    assert draft.article.markers[-2:] == ["→详见3版", "（相关报道见第四版）"]


def test_short_lines_beyond_a_headline_leave_the_newest_as_the_headline():
    lines = ["欢迎订阅", "订阅热线", "广告热线", "发行热线", "城市更新让老弄堂焕发新生"]
    pushed, article = _walk([*lines, "本报讯（记者 张晓鸣）11月7日，黄浦区一批老旧里弄完成改造。"])
    assert pushed.article.paragraphs == ["欢迎订阅"] and not pushed.head
    assert article.head == lines[1:]
    assert article.article.authors == ["张晓鸣"]


def test_a_bulleted_label_of_briefs_is_no_byline():
    drafts = _walk(["■简讯", "■本市启动夏季防汛演练。", "■上海图书馆东馆推出暑期阅读季。"])
    assert [(d.article.section, d.article.authors) for d in drafts] == [("简讯", [])] * 2
