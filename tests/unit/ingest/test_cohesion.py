"""Lexical cohesion decides whether a heading between two paragraphs is a subheading or the
next article's title, and whether a dated caption is an article's own picture."""

import os
import subprocess
import sys

import pytest

from desktop.ingest import parse_text
from desktop.ingest.cohesion import Cohesion, bigrams

_ELEVATOR = "今年以来，大场镇已完成加装电梯签约三十余台，其中十台已开工建设，镇里组建专班服务居民。"
_CRUISE_TITLE, _ELEVATOR_TITLE = "吴淞口国际邮轮港迎来春季首航", "大场镇老旧小区加装电梯提速"
_CRUISE = "3月中旬，吴淞口国际邮轮港迎来今年春季首个邮轮航次，两千余名游客搭乘邮轮前往日韩等地。"


_MORE = "邮轮港优化了通关流程，增设自助通关通道，游客从抵港到登船的时间进一步缩短。"
_ISSUE = Cohesion([_CRUISE_TITLE, _CRUISE, _MORE, _ELEVATOR_TITLE, _ELEVATOR])


def test_text_on_another_subject_shares_next_to_nothing():
    assert _ISSUE.shared(_CRUISE, _ELEVATOR_TITLE + _ELEVATOR) < 0.03
    assert not _ISSUE.same_subject(_CRUISE, _ELEVATOR_TITLE + _ELEVATOR)


def test_text_going_on_with_the_subject_shares_its_words():
    assert _ISSUE.same_subject(_CRUISE_TITLE + _CRUISE, "邮轮航次明显增加" + _MORE)


def test_pairs_every_article_uses_weigh_less_than_rare_ones():
    issue = Cohesion(["今年超过三成", "今年以来增长", "今年邮轮航次"])
    assert issue.shared("今年增长", "今年邮轮") < issue.shared("邮轮航次", "今年邮轮")


def test_numerals_are_no_subject_and_text_without_chinese_shares_nothing():
    assert bigrams("三十个邮轮") == {"十个", "个邮", "邮轮"}
    assert _ISSUE.shared("abc", "def") == 0.0 and not _ISSUE.same_picture("", "")


def test_a_title_between_two_articles_starts_the_next_one():
    text = "\n".join([_CRUISE_TITLE, "记者 孔令华", _CRUISE, _ELEVATOR_TITLE, _ELEVATOR])
    first, second = parse_text(text).articles
    assert (first.title, second.title) == (_CRUISE_TITLE, _ELEVATOR_TITLE)
    assert second.paragraphs == [_ELEVATOR]


def test_a_subheading_on_the_articles_subject_stays_in_it():
    body = "苏北一家新能源装备制造基地内，重大产业项目建设如火如荼，一批产业项目加快落地投产。"
    under = "今年以来，全省重大产业项目建设保持良好势头，一批产业项目陆续开工。"
    text = "\n".join(["重大项目建设多点开花", "本报记者 王珂", body, "产业项目“挑大梁”", under])
    (article,) = parse_text(text).articles
    assert [b.type for b in article.blocks] == ["paragraph", "subheading", "paragraph"]
    assert article.blocks[1].text == "产业项目“挑大梁”"


def test_a_dated_caption_under_an_article_on_another_subject_is_photo_news():
    text = "\n".join(
        [
            "本市新增一批老年助餐点",
            "本报讯（记者 高佳）去年本市新建老年助餐点三百余个，助餐服务网络基本形成。",
            "今年，本市将推动助餐服务向农村地区延伸。",
            "1月13日，市民在颐和园昆明湖冰场体验冰上运动。本报记者 武亦文摄",
        ]
    )
    article, photo = parse_text(text).articles
    assert article.authors == ["高佳"]
    assert (photo.kind, photo.title, photo.authors) == ("photo", None, ["武亦文"])
    assert photo.paragraphs == ["1月13日，市民在颐和园昆明湖冰场体验冰上运动。"]


def test_a_caption_of_the_articles_own_picture_stays_with_it():
    text = "\n".join(
        [
            "顾村公园樱花节开幕",
            "本报讯（记者 高佳）3月18日，顾村公园樱花节开幕，园内樱花进入盛花期。",
            "樱花节期间，公园延长开放时间。",
            "3月18日，游客在顾村公园樱花林中赏花。记者 武亦文摄",
        ]
    )
    (article,) = parse_text(text).articles
    assert article.authors == ["高佳", "武亦文"]
    assert len(article.paragraphs) == 3


@pytest.mark.slow
def test_decisions_are_the_same_under_any_string_hash_seed():
    """The bigram sets iterate in a per-process order: the weighted sums must not depend on it
    (import workers are other processes)."""
    code = (
        "import json; from desktop.resources import seed_files; from desktop.ingest import "
        "parse_file; print(json.dumps([parse_file(f).to_dict() for f in seed_files()]))"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", code],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            check=True,
            text=True,
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(outputs) == 1


def test_numbered_subheadings_of_a_theory_article_stay_in_it():
    text = "\n\n".join(
        [
            "以新质生产力推动高质量发展",
            "张文明",
            "发展新质生产力是推动高质量发展的内在要求和重要着力点。",
            "一、深刻把握新质生产力的内涵",
            "新质生产力是创新起主导作用的先进生产力质态。",
            "二、加快科技创新步伐",
            "科技创新能够催生新产业、新模式、新动能，是发展新质生产力的核心要素。",
        ]
    )
    (article,) = parse_text(text).articles
    assert [b.type for b in article.blocks] == [
        "paragraph", "subheading", "paragraph", "subheading", "paragraph"
    ]  # fmt: skip
    assert article.blocks[3].text == "二、加快科技创新步伐"
