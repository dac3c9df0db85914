"""Topic suggestions from the bundled vocabulary, on the seed articles and on small texts."""

import json

import pytest

from desktop.ingest import parse_file
from desktop.nlp import Topic, TopicLexicon
from desktop.resources import resource_path, seed_files


@pytest.fixture(scope="module")
def lexicon() -> TopicLexicon:
    return TopicLexicon.load(resource_path("topics.json"))


def _seed_article(seed_prefix: str, ordinal: int) -> str:
    path = next(p for p in seed_files() if p.name.startswith(seed_prefix))
    a = parse_file(path).articles[ordinal]
    return "\n".join(x for x in (a.kicker, a.title, a.subtitle, *(b.text for b in a.blocks)) if x)


def test_the_vocabulary_is_data_with_descriptions_and_weights(lexicon):
    assert len(lexicon.topics) >= 40
    names = [t.name for t in lexicon.topics]
    assert len(set(names)) == len(names)
    for topic in lexicon.topics:
        assert topic.description and len(topic.keywords) >= 8
        assert len(topic.weights) == len(topic.keywords)
        assert list(topic.weights) == sorted(topic.weights, reverse=True)  # strongest first
    assert {"党风廉政", "妇女儿童", "节庆民俗", "国资国企", "企业服务"} <= set(names)


@pytest.mark.parametrize(
    ("seed", "ordinal", "expected"),
    [
        ("004", 2, "妇女儿童"),  # the women's federation meeting
        ("004", 3, "节庆民俗"),  # lantern-festival dumplings on a village stove
        ("000", 0, "党风廉政"),  # the warning-education meeting
        ("002", 6, "法治合规"),  # a group's compliance training
    ],
)
def test_the_first_suggestion_names_the_story(lexicon, segmenter, seed, ordinal, expected):
    suggestions = lexicon.suggest(_seed_article(seed, ordinal), segmenter)
    assert suggestions[0].topic == expected
    assert suggestions[0].triggers  # and says why


def test_the_briefs_that_got_nothing_now_get_a_right_topic(lexicon, segmenter):
    startup = [s.topic for s in lexicon.suggest(_seed_article("002", 8), segmenter, limit=3)]
    office = [s.topic for s in lexicon.suggest(_seed_article("002", 7), segmenter, limit=3)]
    assert "金融投资" in startup
    assert "国资国企" in office and "机关建设" in office


@pytest.mark.slow  # every article of the seeds: the tests above take one each
def test_every_seed_article_with_words_gets_a_suggestion(lexicon, segmenter):
    for path in seed_files():
        for a in parse_file(path).articles:
            text = "\n".join(x for x in (a.title, *(b.text for b in a.blocks)) if x)
            if text.strip():
                assert lexicon.suggest(text, segmenter), (path.name, a.title)


def test_a_longer_keyword_hides_the_shorter_one_inside_it(lexicon):
    counts = lexicon.keyword_counts("召开警示教育大会。学校开展教育活动。")
    assert counts["警示教育"] == 1 and counts["教育"] == 1


def test_scores_rank_and_the_weak_tail_is_cut(lexicon, segmenter):
    text = "区妇联召开执委会议，推动妇女就业创业，关爱儿童。" * 3
    suggestions = lexicon.suggest(text, segmenter)
    scores = [s.score for s in suggestions]
    assert scores == sorted(scores, reverse=True)
    assert suggestions[0].topic == "妇女儿童"
    assert min(scores) >= 0.1 * scores[0]


def test_an_article_without_keywords_still_gets_a_weak_hint(segmenter):
    lexicon = TopicLexicon([Topic("园艺", "#2f9e44", ("花卉", "园林"), (2.0, 1.0), "花与园")])
    suggestions = lexicon.suggest("月季盛开，满园花香。月季花香。", segmenter)
    assert [s.topic for s in suggestions] == ["园艺"]
    assert suggestions[0].score < 1 and suggestions[0].triggers


def test_an_empty_text_gets_nothing(lexicon, segmenter):
    assert lexicon.suggest("  \n", segmenter) == []


def test_a_lexicon_of_plain_keyword_lists_still_loads(tmp_path, segmenter):
    path = tmp_path / "topics.json"
    data = {"topics": [{"name": "体育", "color": "#c71585", "keywords": ["比赛", "联赛"]}]}
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    lexicon = TopicLexicon.load(path)
    assert lexicon.topics[0].weight("联赛") == 1.0
    suggestion = lexicon.suggest("业余联赛开赛，比赛激烈。", segmenter)[0]
    assert set(suggestion.triggers) == {"比赛", "联赛"}


def test_an_importer_may_do_without_jiebas_keywords(lexicon, segmenter):
    text = _seed_article("004", 2)
    cheap = lexicon.suggest(text, segmenter, keywords=[])
    assert cheap[0].topic == lexicon.suggest(text, segmenter)[0].topic == "妇女儿童"
    assert lexicon.suggest("月季盛开，满园花香。", segmenter, keywords=[]) == []
