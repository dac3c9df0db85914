"""The tag learner: naive Bayes over jieba words, explainable, forgettable, serialisable."""

import json

import pytest

from desktop.nlp.tag_learner import TagLearner, article_words

EXAMPLES = [
    ("区纪委召开警示教育大会，通报违纪案例，强调廉洁自律。", ["纪检"]),
    ("开展廉洁文化进工地活动，签订廉洁承诺书，防范廉政风险。", ["纪检"]),
    ("新能源汽车项目签约落户，智能网联汽车测试道路扩容。", ["汽车", "项目"]),
    ("汽车零部件企业扩产，氢能重卡下线交付。", ["汽车"]),
    ("重大项目集中开工，总投资超百亿元。", ["项目"]),
]


@pytest.fixture
def learner(segmenter) -> TagLearner:
    return TagLearner.train(EXAMPLES, segmenter)


def test_it_suggests_the_tag_of_similar_articles_and_says_why(learner, segmenter):
    best = learner.suggest("区纪委开展廉洁教育，通报违纪问题。", segmenter)[0]
    assert best.tag == "纪检" and best.examples == 2
    assert {"廉洁", "违纪"} & set(best.triggers)
    cars = learner.suggest("汽车企业研发智能网联汽车。", segmenter)
    assert cars[0].tag == "汽车" and "汽车" in cars[0].triggers
    assert abs(sum(s.score for s in cars) - 1.0) < 0.01  # shares of the probability


def test_min_examples_leaves_out_tags_seen_once(learner, segmenter):
    assert "项目" in learner.tags
    tags = [s.tag for s in learner.suggest("项目开工", segmenter, min_examples=3)]
    assert tags == []  # no tag has three articles yet


def test_forgetting_an_article_undoes_learning_it(learner, segmenter):
    before = learner.to_json()
    words = article_words("社区食堂开张，老人就餐方便。", segmenter)
    learner.learn(words, ["养老"])
    assert "养老" in learner.tags
    learner.forget(words, ["养老"])
    assert learner.to_json() == before and "养老" not in learner.tags


def test_it_round_trips_through_json_and_refuses_other_formats(learner, segmenter):
    copy = TagLearner.from_json(json.loads(json.dumps(learner.to_json())))
    text = "廉洁文化建设与汽车产业"
    assert copy.suggest(text, segmenter) == learner.suggest(text, segmenter)
    with pytest.raises(ValueError, match="format 99"):
        TagLearner.from_json({"format": 99})


def test_an_untrained_learner_or_unknown_words_suggest_nothing(segmenter, learner):
    assert TagLearner().suggest("廉洁", segmenter) == []
    assert learner.suggest("", segmenter) == []


def test_with_a_single_tag_the_suggestion_still_names_its_words(segmenter):
    texts = [
        "嘉定汽车产业加快发展，新能源汽车和智能网联汽车项目落地。",
        "智能网联汽车示范区扩容，汽车企业加大研发投入。",
    ]
    learner = TagLearner.train([(text, ["车城"]) for text in texts], segmenter)
    (found,) = learner.suggest("新能源汽车产业链再添智能网联项目。", segmenter, min_examples=2)
    assert found.tag == "车城" and "汽车" in found.triggers
