"""Hard-wrapped text → logical lines: the wrap width detected, wrapped lines joined."""

from desktop.ingest.unwrap import NO_WRAP, Wrap, detect_wrap, find_wrap, logical_lines
from tests.corpus.variants import hard_wrap


def test_lines_that_stop_at_one_width_are_a_wrap_of_that_width():
    assert detect_wrap([20.0] * 12 + [8.0, 15.0]) == Wrap(20.0)


def test_each_logical_line_says_which_lines_it_joined():
    joined, sources = logical_lines(["区委召开会议", "", "本报讯 会议举行。"])
    assert "区委召开会议" in joined
    assert len(sources) == len(joined) and all(sources)


def test_a_hard_wrapped_headline_and_byline_are_one_line_each():
    title = "嘉定区全面从严治党警示教育大会举行，共同营造风清气正的政治生态"
    byline = "首席记者 魏卓龙 特聘首席记者 顾舜丽 通讯员 蒋一超"
    body = "本报讯 5月12日，嘉定区全面从严治党警示教育大会在区综合办公楼广厦厅举行。" * 3
    text = "\n".join([title, byline, body] * 3)
    for width in (20, 27, 33):
        joined, _ = logical_lines(hard_wrap(text, width).split("\n"))
        assert joined.count(title) == 3 and joined.count(byline.replace(" ", "")) == 0
        assert sum(1 for x in joined if x.startswith("本报讯")) == 3


def test_lines_of_many_widths_are_no_wrap():
    assert detect_wrap([12.0, 40.0, 33.5, 80.0, 15.0, 61.0, 27.0, 90.5]) is NO_WRAP


def test_a_wrap_that_counts_quotes_and_dots_as_whole_cells_is_undone_too():
    """A Chinese layout gives `“”·` a whole cell; a wrap counted so is found and undone."""
    paragraph = "近日，新河镇文化站举办“生态岛·家乡美”书画展，展出本地书画爱好者作品八十余幅。" * 3
    lines = [paragraph[i : i + 30] for i in range(0, len(paragraph), 30)]
    joined, _ = logical_lines(["新河镇文化站举办书画展", *lines, "陈家镇开展冬季消防演练"])
    assert joined == ["新河镇文化站举办书画展", paragraph, "陈家镇开展冬季消防演练"]


def test_a_wrap_cutting_a_closing_byline_at_its_space_is_joined():
    lines = ["书院负责人介绍，下一步将推出夜读、亲子共读等特色服务。（记者", "吴佳）"]
    joined, _ = logical_lines(
        ["本报讯 徐家汇书院迎来开馆三周年，三年来接待读者超过三百万人", *lines]
    )
    assert len(joined) == 2 and joined[-1].endswith("特色服务。（记者吴佳）")


def test_bullets_and_page_headers_are_not_joined_to_what_follows():
    text = "\n".join(
        [
            "新京报 2024年5月6日 星期一 A03 北京新闻",
            "朝阳区新增二十处口袋公园",
            "●9月10日，区教育局举行教师节表彰大会，表彰优秀教师一百名。",
            "●9月11日，区卫健委开展健康义诊进社区活动，服务居民五百余人次。",
        ]
    )
    for width in (20, 29, 30):
        joined, _ = logical_lines(hard_wrap(text, width).split("\n"))
        assert joined == text.split("\n"), width


def test_a_credit_cut_after_a_short_line_of_a_wrapped_file_is_joined():
    paragraph = "本报讯 10月11日重阳节当天，山阳镇各村居为老人理发、量血压、送上重阳糕点。"
    lines = [*(paragraph[i : i + 30] for i in range(0, len(paragraph), 30))] * 3
    joined, _ = logical_lines([*lines, "10月17日，学生在学校农场里收获红薯。通讯", "员 俞佳/摄"])
    assert joined[-1] == "10月17日，学生在学校农场里收获红薯。通讯员 俞佳/摄"


def test_a_wrap_with_punctuation_hung_past_the_edge_is_found():
    """A layout lets `，。、` stand in the margin: those lines are one cell wider than the rest."""
    words = (
        "宝山区重大产业项目集中签约活动举行涵盖生物医药新材料智能制造等领域总投资超过一百亿元" * 3
    )
    lines = [
        words[0:24] + "，",
        words[24:48],
        words[48:72] + "、",
        words[72:96],
        words[96:120] + "，",
        words[120:130] + "。",
    ]
    assert find_wrap(lines).width == 24.0
    joined, _ = logical_lines(lines)
    assert joined == ["".join(lines)]
