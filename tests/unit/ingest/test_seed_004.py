"""Seed 004 — 嘉定报 2025年2月: bylines and a photo credit inline after the last sentence, a (上接第1版)
continuation, an editor's note under a column label."""

import pytest

from tests.helpers.articles import Expect, facts, parse_seed

ISSUE = parse_seed("004")

EXPECTED = [
    Expect(
        kind="article",
        kicker="抓牢招商引资“生命线”，打好招商服务“组合拳”，打造招商服务“集团军”",
        title="深化推进招商引资企业服务工作",
        authors=["李华成"],
        paragraphs=8,
        first="2月6日，嘉定区投资促进大会暨招商引资企业服务推进大会举行，吹响深化招商引资企业服务工作一体化推进的冲锋号，奋力推动经济高质量发展。",
        last="联影医疗、上汽恒旭、中国传感器及物联网联盟等16家2025年新一批全球战略合作伙伴授牌。",
    ),
    Expect(
        kind="article",
        title="学习贯彻中央经济工作会议精神",
        subtitle="区委中心组举行专题学习会",
        authors=["印沁沁"],
        paragraphs=5,
        first="2月8日，区委中心组举行学习贯彻中央经济工作会议精神专题学习（扩大）会。",
        last="区委中心组其他成员参加会议。",
    ),
    Expect(
        kind="article",
        title="区妇联执委会议召开",
        authors=["黄湘钰"],
        paragraphs=4,
        first="2月7日，嘉定区妇联七届七次执委（扩大）会议举行。",
        last="会上，区妇联执委代表作述职报告，2024年度嘉定区妇联“最美执委”获颁证书。",
    ),
    Expect(
        kind="photo",
        authors=["梁紫荆"],
        paragraphs=1,
        first="肉香四溢，芝麻飘香，2月8日，外冈镇葛隆村逸敏楼的土灶烧得正旺。",
        last="土灶上的烟火，小小的汤圆，承载着葛隆村邻里间深厚的情谊，也让这个元宵节充满了家的味道和温暖。",
    ),
    Expect(
        kind="continuation",
        continued_from="1",
        authors=["俞超"],
        paragraphs=2,
        first="改革创新上做“加法”、在提升成效上做“乘法”，其中保留市级事项46项、优化市级事项48项、创新区级事项39项。",
        last="新的一年，嘉定区提出“改革创新行动、品牌提升行动、益企攻坚行动”——“十创、十提、十攻坚”三项赋能行动，形成比、学、赶、超的浓厚氛围，加快打造区域一流营商环境。",
    ),
    Expect(
        kind="article",
        title="区领导走访慰问新闻工作者",
        authors=["杨育杰"],
        paragraphs=2,
        first="2月5日是春节后的首个工作日，区委常委、宣传部部长顾惠文来到嘉定区融媒体中心，看望慰问一线新闻工作者，并向大家致以新春祝福和诚挚问候。",
        last="顾惠文希望全区新闻工作者把镜头和笔触聚焦人民群众，多推出一批接地气、冒热气的新闻报道，多创作一些有思想、有价值、有烟火气的精品力作，弘扬社会正能量，传播嘉定好声音，不断为嘉定建设现代化新型城市和习近平文化思想最佳实践地示范区贡献强大精神力量和舆论支撑。",
    ),
    Expect(
        kind="article",
        column="开年第一访",
        title="西上海：2025，是转型升级、开拓创新的一年",
        authors=["奚柔"],
        paragraphs=10,
        first="编者按：在新时代的浪潮中，嘉定区作为上海经济发展的重要引擎，正以开放的姿态和创新的精神，吸引着越来越多的民营企业扎根于此，书写着属于他们的奋斗篇章。",
        last="谈及2025年的市场前景，潘厚泉充满信心。",
    ),
]


def test_issue_metadata():
    assert (ISSUE.paper, ISSUE.date) == ("嘉定报", "2025-02")


def test_every_article_found_and_none_invented():
    assert len(ISSUE.articles) == len(EXPECTED)


@pytest.mark.parametrize("index", range(len(EXPECTED)))
def test_article(index):
    assert facts(ISSUE.articles[index]) == EXPECTED[index]
