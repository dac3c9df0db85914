"""Finding the people an article names, by the shapes the district papers print them in."""

import pytest

from desktop.ingest import parse_file
from desktop.nlp.people import PeopleFinder, author_name, find_in_articles
from desktop.resources import seed_files


@pytest.fixture(scope="module")
def finder(segmenter) -> PeopleFinder:
    return PeopleFinder(segmenter)


def people(finder, text, **kw):
    return {p.name: (p.count, p.titles) for p in finder.find(text, **kw)}


def test_names_with_and_without_titles_and_in_lists(finder):
    text = (
        "5月12日，区委书记陆方舟出席会议并讲话。区委副书记、区长高香主持会议。"
        "陆方舟强调，要压实责任。区领导冯捷、张劲松、姚卫华出席。"
    )
    found = people(finder, text)
    assert found["陆方舟"] == (2, ("区委书记",))
    assert found["高香"] == (1, ("区委副书记", "区长"))
    assert {"冯捷", "张劲松", "姚卫华"} <= found.keys()
    assert len(found) == 5


def test_names_before_a_title_after_an_age_and_abroad(finder):
    text = (
        "刘多副市长出席活动。贯彻落实习近平总书记重要讲话精神。向陈海燕同志学习。"
        "今年70岁的蒋桂英是包粽子的好手。日本驻沪总领事·大使赤松秀一一行来访，赤松秀一表示感谢。"
        "德国企业总裁克劳斯·穆勒一行参观。"
    )
    found = people(finder, text)
    assert {"刘多", "习近平", "陈海燕", "蒋桂英", "赤松秀一", "克劳斯·穆勒"} == found.keys()
    assert found["赤松秀一"][0] == 2


@pytest.mark.parametrize(
    "text",
    [
        "马陆镇召开会议。朱家角镇、华亭镇和徐行镇负责人出席。",
        "会议指出，全区上下要以事故为鉴。公司表示将加快建设。",
        "企业负责人介绍了情况。领导在主席台就座。综保区公司领导班子以及相关人员参加。",
        "要提高健康水平，高度重视安全生产，陆续推出惠企举措。",
        "居民代表王阿姨说，小区变美了。",
    ],
)
def test_never_a_place_an_organisation_or_a_common_word(finder, text):
    assert finder.find(text) == []


def test_a_two_character_name_is_not_counted_inside_a_word(finder):
    text = "区体育局局长高健为选手颁奖。高健表示，要提高健身水平。"
    assert people(finder, text)["高健"][0] == 2


def test_bylines_count_and_are_cleaned(finder):
    found = people(finder, "记者俞超报道。俞超说。", authors=["俞超", "版式", "郑莎莎摄"])
    assert found["俞超"][0] == 3  # twice in the text, once in the byline
    assert "郑莎莎" in found and "版式" not in found
    assert author_name("沈磊摄") == "沈磊" and author_name("版式") == ""


def test_mentions_are_the_offsets_of_each_naming(finder):
    text = "区长高香主持。高香指出，要提高香料品质。"
    assert finder.mentions(text, "高香") == [(2, 4), (7, 9)]


def test_names_found_in_one_article_are_counted_in_the_others(finder):
    first, second = find_in_articles(
        finder, [("学习贯彻习近平总书记重要讲话。", (), ""), ("学习《习近平著作选读》。", (), "")]
    )
    assert [p.name for p in first] == ["习近平"] and [p.name for p in second] == ["习近平"]


def test_the_warning_meeting_of_the_first_seed(finder):
    article = parse_file(seed_files()[0]).articles[0]
    text = "\n".join([article.kicker, article.title, *(b.text for b in article.blocks)])
    found = people(finder, text, authors=article.authors)
    assert found["陆方舟"][0] == 5  # the kicker, and four times in the text
    assert found["俞超"][0] == 1  # the byline
    assert len(found) == 23  # 18 区领导, 高香, 连正华, 习近平, the speaker and the writer
