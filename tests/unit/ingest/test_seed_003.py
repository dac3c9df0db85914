"""Seed 003 — 青浦报 2025年3月: bylines before the body (记者), a headline pair printed after its article's
body, jumps written 下转►2版, and a 导读 table of contents."""

import pytest

from tests.helpers.articles import Expect, facts, parse_seed

ISSUE = parse_seed("003")

EXPECTED = [
    Expect(
        kind="article",
        title="坚定信心，全力抓改革谋创新",
        subtitle="区委常委会举行扩大会议，传达学习全国两会精神",
        authors=["李双玖"],
        paragraphs=7,
        first="3月12日，区委常委会举行扩大会议，传达学习全国两会精神。",
        last="会议还研究了公安、整治群众身边不正之风和腐败问题等工作。",
    ),
    Expect(
        kind="article",
        title="筑牢网络安全和数字安全屏障",
        subtitle="区委网络安全和信息化委员会举行会议",
        authors=["李双玖"],
        paragraphs=5,
        first="3月12日，区委网络安全和信息化委员会举行会议，传达学习全国网信办主任会议、市委网信委会议精神，听取2024年青浦区网信工作情况汇报，审议通过了2025年工作要点。",
        last="区委网络安全和信息化委员会委员顾骏、陈建国、姚少杰、李峰、张彦等出席会议。",
    ),
    Expect(
        kind="article",
        title="找准产业赛道 推动产业集群化发展",
        subtitle="区委理论学习中心组（扩大）学习会举行",
        authors=["李双玖"],
        paragraphs=5,
        first="3月10日下午，区委理论学习中心组（扩大）学习会举行，围绕半导体产业开展学习研讨。",
        last="区领导张得志、苗光辉、顾骏、李方明、叶靖、陶夏芳、吴瑞弟、高健、姚少杰、李峰、张彦、朱众伟、顾啸流、徐孝芳、饶斐文、顾桂芳，区人民法院院长方正杰出席会议。",
    ),
    Expect(
        kind="article",
        title="全面推进乡村振兴战略落地见效",
        subtitle="青浦召开实施乡村振兴战略工作领导小组会议",
        continued_to="2",
        authors=["魏卓龙"],
        paragraphs=3,
        first="3月11日上午，青浦召开实施乡村振兴战略工作领导小组会议，深入贯彻落实习近平总书记关于“三农”工作的重要论述和考察上海的重要讲话精神，认真贯彻落实中央和市委关于农业农村工作的部署要求，锚定目标，奋力一跳，推动青浦“三农”工作高质量发展。",
        last="要全力推进全域城乡人居环境整治和提升。",
    ),
    Expect(
        kind="article",
        title="进一步推动新时代人民武装工作高质量发展",
        subtitle="2025年青浦区党管武装工作会议举行",
        continued_to="2",
        authors=["李双玖"],
        paragraphs=4,
        first="3月12日，2025年青浦区党管武装工作会议举行。",
        last="要强化援战保战意识，准确把握国防动员的使命任务，推进战、建、备一体化打仗型国防动员，",
    ),
    Expect(
        kind="article",
        title="青浦启动关爱服务新就业群体“1010”公益行动",
        authors=["顾舜丽"],
        paragraphs=6,
        first="每月10日，10元理发！",
        last="今后，青浦区委社会工作部将发动更多爱心门店，将理发、饮水、充电、休憩等暖心服务落到实处，让爱心门店成为小哥们奔波路上的一座座“暖心驿站”。",
    ),
    Expect(
        kind="teaser",
        section="导读",
        title="为基层公共文化服务注入新活力",
        continued_to="2",
        paragraphs=0,
    ),
    Expect(
        kind="teaser",
        section="导读",
        title="试行“彩虹管理” 打造“归线畅道”",
        continued_to="3",
        paragraphs=0,
    ),
]


def test_issue_metadata():
    assert (ISSUE.paper, ISSUE.date) == ("青浦报", "2025-03")


def test_every_article_found_and_none_invented():
    assert len(ISSUE.articles) == len(EXPECTED)


@pytest.mark.parametrize("index", range(len(EXPECTED)))
def test_article(index):
    assert facts(ISSUE.articles[index]) == EXPECTED[index]
