"""Seed 000 — 嘉定报 2023年5月: a kicker ending in ——, bylines after the body (撰稿), a photo caption, a 来源 line."""

import pytest

from tests.helpers.articles import Expect, facts, parse_seed

ISSUE = parse_seed("000")

EXPECTED = [
    Expect(
        kind="article",
        kicker="嘉定区全面从严治党警示教育大会举行，陆方舟讲话要求：以铜为镜、以人为镜，检身正己、压实责任——",
        title="共同营造风清气正的政治生态",
        authors=["俞超"],
        paragraphs=6,
        first="5月12日，嘉定区全面从严治党警示教育大会在区综合办公楼广厦厅举行。",
        last="区领导冯捷、张劲松、姚卫华、陆祖芳、朱效洁、唐晓林、魏进文、王建新、陆强、黄恩伟、李峰、钱志刚、曹发山、陈宾、朱健民、徐锋、谢东升、周芳珍出席会议。",
    ),
    Expect(
        kind="article",
        title="嘉定部署推进网格工程建设",
        authors=["印沁沁"],
        paragraphs=7,
        first="5月12日，嘉定区举行深化网格工程建设推进会。",
        last="区领导姚卫华、魏晓栋出席会议。",
    ),
    Expect(
        kind="article",
        title="嘉定区世界级汽车产业中心建设年度工作会议召开 持续擦亮“汽车嘉定”品牌",
        authors=["俞超"],
        paragraphs=6,
        first="5月12日，嘉定区世界级汽车产业中心建设领导小组年度工作会议举行。",
        last="区领导陆祖芳、李峰、钱志刚出席会议。",
    ),
    Expect(
        kind="photo",
        authors=["蒋一超"],
        paragraphs=1,
        first="5月14日，2023年上海城市业余联赛嘉定区定向系列赛在上海汽车博物馆开赛。",
        last="百名参赛选手打卡安亭各个地标，完成射箭、赛车、投掷飞盘等互动任务，开启一场健身和“寻宝”之旅。",
    ),
    Expect(
        kind="article",
        title="陆方舟会见日本驻沪总领事一行",
        authors=["俞超"],
        paragraphs=4,
        first="5月9日，区委书记陆方舟会见来访的日本驻沪总领事·大使赤松秀一一行。",
        last="区委常委、常务副区长陆祖芳参加会见。",
    ),
    Expect(
        kind="article",
        title="陆方舟率团赴深圳招商考察",
        source="区投促中心",
        paragraphs=5,
        first="1场企业家闭门会，1场汽车芯片企业专场对接会，2家合作伙伴，3个投资项目签约，与70余家汽车芯片产业领域企业、机构面对面交流……",
        last="5月11日，区委书记陆方舟又率招商考察团赴凯豪达集团、迈瑞医疗开展考察交流，挖掘契合点、畅谈新合作。",
    ),
]


def test_issue_metadata():
    assert (ISSUE.paper, ISSUE.date) == ("嘉定报", "2023-05")


def test_every_article_found_and_none_invented():
    assert len(ISSUE.articles) == len(EXPECTED)


@pytest.mark.parametrize("index", range(len(EXPECTED)))
def test_article(index):
    assert facts(ISSUE.articles[index]) == EXPECTED[index]
