"""Seed 001 — 嘉定报 2023年6月: subheadings, a jump to page 2, column labels beside the title, 撰稿 with two names."""

import pytest

from tests.helpers.articles import Expect, facts, parse_seed

ISSUE = parse_seed("001")

EXPECTED = [
    Expect(
        kind="article",
        column="筑梦新时代 踏厉新征程",
        kicker="城市街区共商“众治良方”，郊区小镇联合“八方资源”，新就业群体探索“融入路径”……",
        title="把党建触角延伸到基层“细胞”中",
        continued_to="2",
        paragraphs=9,
        subheadings=["党建引领织密“一张网”", "“小引擎”凝聚红色力量", "探索新就业群体“融入路径”"],
        first="开展嘉定新城融合型党建，是嘉定奋力走出超大城市新城基层党建新路的重要探索，也是嘉定落实高效能治理的重要举措。",
        last="随着城市新旧动能转换，“在线新经济平台”“在线新业态”",
    ),
    Expect(
        kind="article",
        kicker="市第一届职业技能大赛闭幕",
        title="嘉定金牌数、奖牌数、团体积分均为全市第一",
        authors=["席凌燕"],
        paragraphs=6,
        first="6月21日晚，记者从上海市第一届职业技能大赛闭幕式上获悉，本次大赛期间，共有131名选手获得金牌、129名选手获得银牌、96名选手获得铜牌，166名选手获得优胜奖。",
        last="市人社局副局长张岚，嘉定区委常委、副区长朱效洁出席闭幕式。",
    ),
    Expect(
        kind="article",
        kicker="开展燃气安全检查、召开安全防范工作会议",
        title="推动安全检查落细落实落到位",
        authors=["俞超", "李华成"],
        paragraphs=6,
        first="6月22日，区委书记陆方舟来到马陆镇的沿街商铺，重点检查餐饮经营户燃气安全使用情况。",
        last="据了解，嘉定区在端午假期全面开展燃气安全检查工作，全面落实“安全第一，预防为主”要求，绷紧安全之弦，从源头上消除和减少安全事故的发生。",
    ),
    Expect(
        kind="article",
        title="嘉定区加强年轻干部队伍建设座谈会举行",
        authors=["俞超"],
        paragraphs=5,
        first="6月26日，嘉定区加强年轻干部队伍建设座谈会举行，深入学习贯彻习近平总书记关于加强年轻干部队伍建设的重要讲话精神，按照市委部署要求，进一步研究推动全区年轻干部队伍建设工作走深走实。",
        last="市委组织部干部队伍建设规划办相关领导分析了嘉定区在年轻干部建设培养工作中的特点和不足，并对相关工作提出意见建议。",
    ),
    Expect(
        kind="article",
        column="大兴调查研究",
        title="区领导调研新汽车产业发展载体建设",
        authors=["李华成"],
        paragraphs=4,
        first="6月27日，区委书记陆方舟实地走访企业、园区，深入听取关于新汽车产业发展载体建设和嘉定氢能港建设的意见建议。",
        last="各部门要以更高标准和要求，继续推动嘉定汽车产业高质量发展。",
    ),
]


def test_issue_metadata():
    assert (ISSUE.paper, ISSUE.date) == ("嘉定报", "2023-06")


def test_every_article_found_and_none_invented():
    assert len(ISSUE.articles) == len(EXPECTED)


@pytest.mark.parametrize("index", range(len(EXPECTED)))
def test_article(index):
    assert facts(ISSUE.articles[index]) == EXPECTED[index]
