"""Suggestions that learn from the user's own tags, on the seeded library."""

import json

import pytest
from sqlalchemy import text as sql

from desktop.nlp import TopicLexicon
from desktop.nlp.tag_learner import TagLearner
from desktop.resources import resource_path
from desktop.services import suggestions, tags
from desktop.services.errors import InvalidInput


@pytest.fixture(scope="module")
def lexicon() -> TopicLexicon:
    return TopicLexicon.load(resource_path("topics.json"))


def article_id(db, title_part: str, column: str = "title") -> int:
    with db.session() as session:
        return session.execute(
            sql(f"SELECT id FROM article WHERE {column} LIKE :t"), {"t": f"%{title_part}%"}
        ).scalar_one()


def test_a_users_own_tag_is_suggested_for_a_similar_article(db, segmenter, lexicon):
    # The user files the car-industry meetings under a tag of their own.
    cars = [article_id(db, "汽车产业中心"), article_id(db, "新汽车产业发展载体")]
    tags.tag_articles(db, "汽车城动态", cars)
    tags.tag_articles(db, "会议", [article_id(db, "网格工程"), article_id(db, "年轻干部")])
    learner = suggestions.train_learner(db, segmenter)
    assert learner.tags == ["会议", "汽车城动态"]

    shenzhen = article_id(db, "深圳招商")
    offered = suggestions.suggest_for_article(db, segmenter, lexicon, shenzhen, learner)
    by_name = {s.topic: s for s in offered}
    assert by_name["汽车城动态"].source == "learned"
    assert "汽车" in by_name["汽车城动态"].triggers  # and why
    assert by_name["汽车城动态"].color == tags.list_tags(db)[1].color  # the tag's own colour
    assert offered[0].topic in {"招商引资", "汽车城动态"}
    assert "会议" not in by_name


def test_the_articles_own_tags_are_left_out(db, segmenter, lexicon):
    cars = [article_id(db, "汽车产业中心"), article_id(db, "新汽车产业发展载体")]
    tags.tag_articles(db, "汽车城动态", cars)
    tags.tag_articles(db, "汽车产业", cars)
    offered = suggestions.suggest_for_article(db, segmenter, lexicon, cars[0])
    assert not {"汽车城动态", "汽车产业"} & {s.topic for s in offered}
    assert offered  # the other topics of the article still come


def test_a_lexicon_topic_the_user_also_taught_is_suggested_once_by_both(db, segmenter, lexicon):
    cars = [article_id(db, "汽车产业中心"), article_id(db, "新汽车产业发展载体")]
    tags.create_tag(db, "汽车产业", color="#123456")
    tags.tag_articles(db, "汽车产业", cars)
    tags.tag_articles(db, "会议", [article_id(db, "网格工程"), article_id(db, "年轻干部")])
    offered = suggestions.suggest_for_article(db, segmenter, lexicon, article_id(db, "深圳招商"))
    assert len({s.topic for s in offered}) == len(offered)
    (cars_topic,) = [s for s in offered if s.topic == "汽车产业"]
    assert cars_topic.source == "both" and cars_topic.color == "#123456"
    assert "汽车芯片" in cars_topic.triggers  # the lexicon's words, then the learner's


def test_a_learned_tag_the_article_does_not_resemble_is_not_offered(db, segmenter, lexicon):
    tags.tag_articles(db, "会议", [article_id(db, "网格工程"), article_id(db, "年轻干部")])
    offered = suggestions.suggest_for_article(
        db, segmenter, lexicon, article_id(db, "汤圆", "text")
    )
    assert "会议" not in {s.topic for s in offered}


def test_without_tagged_articles_the_lexicon_alone_answers(db, segmenter, lexicon):
    offered = suggestions.suggest_for_article(db, segmenter, lexicon, article_id(db, "区妇联"))
    assert offered[0].topic == "妇女儿童" and offered[0].source == "lexicon"
    assert offered[0].score == 1.0


def test_the_tagging_state_changes_with_tagging(db):
    before = suggestions.tagging_state(db)
    one = article_id(db, "区妇联")
    tags.tag_articles(db, "妇联", [one])
    tagged = suggestions.tagging_state(db)
    tags.rename_tag(db, "妇联", "妇女工作")
    renamed = suggestions.tagging_state(db)
    tags.untag_articles(db, "妇女工作", [one])
    assert len({before, tagged, renamed}) == 3
    assert suggestions.tagging_state(db) == before


def test_the_learner_survives_a_json_round_trip(db, segmenter):
    tags.tag_articles(db, "汽车城动态", [article_id(db, "汽车产业中心")])
    tags.tag_articles(db, "汽车城动态", [article_id(db, "新汽车产业发展载体")])
    learner = suggestions.train_learner(db, segmenter)
    copy = TagLearner.from_json(json.loads(json.dumps(learner.to_json(), ensure_ascii=False)))
    text = "嘉定汽车芯片产业对接会举行，新能源汽车企业签约。"
    assert copy.suggest(text, segmenter) == learner.suggest(text, segmenter)


def test_an_unknown_article_is_a_clear_error(db, segmenter, lexicon):
    with pytest.raises(InvalidInput, match="no article 999999"):
        suggestions.suggest_for_article(db, segmenter, lexicon, 999999)


def test_the_learner_cache_follows_the_tagging_and_segments_only_new_articles(
    db, segmenter, monkeypatch
):
    cache = suggestions.LearnerCache()
    cars = [article_id(db, "汽车产业中心"), article_id(db, "新汽车产业发展载体")]
    tags.tag_articles(db, "汽车城动态", cars)
    first = cache.refresh(db, segmenter)
    assert first.tags == ["汽车城动态"] and first.articles == 2
    assert cache.refresh(db, segmenter) is first  # nothing changed

    tags.tag_articles(db, "会议", [article_id(db, "网格工程"), cars[0]])
    calls = []
    original = segmenter.words
    monkeypatch.setattr(
        segmenter, "words", lambda text, **kw: calls.append(text) or original(text, **kw)
    )
    second = cache.refresh(db, segmenter)
    monkeypatch.undo()
    assert len(calls) == 1  # only the newly tagged article was segmented
    assert second is not first and first.tags == ["汽车城动态"]  # the old one is untouched
    assert second.tags == ["会议", "汽车城动态"] and second.articles == 3
    fresh = suggestions.train_learner(db, segmenter)
    assert second.to_json() == fresh.to_json()
