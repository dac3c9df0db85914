import pytest

from desktop.ingest import markers


@pytest.mark.parametrize(
    ("line", "authors", "photo"),
    [
        ("撰稿 俞超", ["俞超"], False),
        ("撰稿 俞超 李华成", ["俞超", "李华成"], False),
        ("记者 李双玖", ["李双玖"], False),
        ("首席记者 魏卓龙", ["魏卓龙"], False),
        ("特聘首席记者 顾舜丽", ["顾舜丽"], False),
        ("通讯员 蒋一超/摄", ["蒋一超"], True),
        ("记者 张三 通讯员 李四", ["张三", "李四"], False),
        ("蒋一超 摄", ["蒋一超"], True),
        ("湖北日报全媒记者 刘  畅 通讯员 周雨晴", ["刘畅", "周雨晴"], False),
        ("中青报·中青网记者 孟  扬", ["孟扬"], False),
        ("川观新闻记者 杨沐言", ["杨沐言"], False),
        ("（湖北日报全媒记者 魏思远 摄）", ["魏思远"], True),
        ("□谢宛如", ["谢宛如"], False),
        ("■本报记者 刘建伟 特约通讯员 张涛", ["刘建伟", "张涛"], False),
        ("本报驻京记者 王珂", ["王珂"], False),
    ],
)
def test_byline_lines(line, authors, photo):
    credit = markers.byline(line)
    assert credit is not None
    assert (credit.authors, credit.photo) == (authors, photo)


@pytest.mark.parametrize(
    "line",
    [
        "区委书记陆方舟出席会议",
        "嘉定部署推进网格工程建设",
        "记者从大会获悉",
        "■本市启动城市空间艺术季",
    ],
)
def test_sentences_are_not_bylines(line):
    assert markers.byline(line) is None


def test_byline_after_the_last_sentence():
    text, credit = markers.trailing_byline("…新一批全球战略合作伙伴授牌。 撰稿 李华成")
    assert text == "…新一批全球战略合作伙伴授牌。"
    assert credit.authors == ["李华成"]
    text, credit = markers.trailing_byline("…家的味道和温暖。 通讯员 梁紫荆/摄")
    assert credit.photo and credit.authors == ["梁紫荆"]
    assert markers.trailing_byline("区委书记陆方舟指出，要以案为鉴。") is None


@pytest.mark.parametrize(
    ("line", "source", "authors"),
    [
        ("【供稿：新城公司 翟芳华】", "新城公司", ["翟芳华"]),
        ("【供稿：区国资委 党群工作与企业领管科】", "区国资委 党群工作与企业领管科", []),
        ("【供稿：区国资委 办公室】", "区国资委 办公室", []),
        ("【作者：区国资委党委书记、主任 赵志坚】", None, ["赵志坚"]),
        ("来源:区投促中心", "区投促中心", []),
        ("来源：新华社", "新华社", []),
        ("（作者：杨思远，系华中某高校建筑与城市规划学院教授）", None, ["杨思远"]),
    ],
)
def test_contributor_lines(line, source, authors):
    credit = markers.contributor(line)
    assert (credit.source, credit.authors) == (source, authors)


def test_jumps():
    assert markers.jump_to("“在线新业态”(下转第2版)") == ("“在线新业态”", "(下转第2版)", "2")
    assert markers.jump_to("整治和提升。 下转►2版")[2] == "2"
    assert markers.jump_to("（下转第十二版）")[2] == "12"
    assert markers.jump_from("(上接第1版)改革创新") == ("(上接第1版)", "1", "改革创新")
    assert markers.jump_to("转型发展") is None


def test_dateline_with_reporter():
    marker, credit, rest = markers.dateline("本报讯（记者 张三）5月12日，会议举行。")
    assert marker == "本报讯（记者 张三）"
    assert credit.authors == ["张三"]
    assert rest == "5月12日，会议举行。"


def test_section_and_toc_markers():
    assert markers.section_label("[领导关注]") == "领导关注"
    assert markers.section_label("【供稿：新城公司 翟芳华】") is None
    assert markers.toc_page("刊2版►") == "2"
    assert markers.inline_toc_page("为基层公共文化服务注入新活力 刊2版►")[2] == "2"


def test_a_bracketed_own_paper_dateline_with_no_date_is_a_dateline():
    marker, credit, rest = markers.dateline("【本报讯】入冬以来，本市贫苦市民衣被短缺。")
    assert (marker, credit, rest) == ("【本报讯】", None, "入冬以来，本市贫苦市民衣被短缺。")


def test_a_label_of_briefs_printed_without_brackets():
    assert markers.bare_brief_label("荆楚简讯") and markers.bare_brief_label("一周快讯")
    assert not markers.bare_brief_label("简讯栏目今日停刊一期")


@pytest.mark.parametrize(
    ("text", "authors", "rest"),
    [
        ("新京报讯（记者 王晓宇）5月5日，口袋公园开放。", ["王晓宇"], "5月5日，口袋公园开放。"),
        ("羊城晚报讯 记者孙晶、通讯员穗交宣报道：暑期到来。", ["孙晶"], "暑期到来。"),
        (
            "本报讯 王晓辉、特约记者 刘洋报道：近日，某部座谈。",
            ["王晓辉", "刘洋"],
            "近日，某部座谈。",
        ),
    ],
)
def test_datelines_of_any_paper_with_the_people_before_report(text, authors, rest):
    _, credit, after = markers.dateline(text)
    assert (credit.authors, after) == (authors, rest)


def test_staff_lines_with_more_editing_roles():
    assert markers.staff_line("责任编辑 张三 美术编辑 李四")
    assert markers.staff_line("图片编辑：王五  终审：赵六")
