import pytest

from desktop.nlp import TopicLexicon
from desktop.resources import resource_path
from desktop.services import tags
from desktop.services.articles import list_articles
from desktop.services.errors import InvalidInput
from desktop.services.library import list_issues
from desktop.services.search import search


def names(db):
    return {t.name: t.count for t in tags.list_tags(db)}


def test_create_rename_recolour_delete(db):
    tag = tags.create_tag(db, "  汽车  产业 ", color="#1971C2")
    assert (tag.name, tag.color) == ("汽车 产业", "#1971c2")
    tags.rename_tag(db, "汽车 产业", "汽车产业")
    tags.recolor_tag(db, "汽车产业", "#2f9e44")
    assert [(t.name, t.color) for t in tags.list_tags(db)] == [("汽车产业", "#2f9e44")]
    assert tags.delete_tag(db, "汽车产业") == 0
    assert tags.list_tags(db) == []


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda db: tags.create_tag(db, "   "), "needs a name"),
        (lambda db: tags.create_tag(db, "长" * 41), "at most 40"),
        (lambda db: tags.create_tag(db, "X", color="red"), "not a colour"),
        (lambda db: tags.rename_tag(db, "不存在", "新"), "no tag"),
    ],
)
def test_bad_input_is_refused_with_a_reason(db, call, message):
    with pytest.raises(InvalidInput, match=message):
        call(db)


def test_names_are_unique_regardless_of_case(db):
    tags.create_tag(db, "Economy")
    with pytest.raises(InvalidInput, match="already exists"):
        tags.create_tag(db, "economy")
    tags.create_tag(db, "经济")
    with pytest.raises(InvalidInput, match="merge"):
        tags.rename_tag(db, "经济", "ECONOMY")


def test_tag_all_results_of_a_search_then_count_and_filter(db, segmenter):
    hits = search(db, segmenter, "网格", limit=None).article_ids
    assert tags.tag_articles(db, "基层治理", hits) == len(hits)
    assert tags.tag_articles(db, "基层治理", hits) == 0  # already there
    assert names(db) == {"基层治理": len(hits)}
    assert set(tags.articles_with_tags(db, ["基层治理"])) == set(hits)
    assert tags.untag_articles(db, "基层治理", hits[:1]) == 1
    assert names(db)["基层治理"] == len(hits) - 1


def test_any_and_all(db):
    issue = list_issues(db)[0]
    ids = [a.id for a in list_articles(db, issue.id)]
    tags.tag_articles(db, "A", ids[:3])
    tags.tag_articles(db, "B", ids[2:5])
    assert set(tags.articles_with_tags(db, ["A", "B"], "all")) == {ids[2]}
    assert set(tags.articles_with_tags(db, ["A", "B"], "any")) == set(ids[:5])


def test_merge_moves_articles_and_children(db):
    ids = [a.id for a in list_articles(db)][:4]
    tags.tag_articles(db, "党建", ids[:2])
    tags.tag_articles(db, "党的建设", ids[1:3])
    tags.create_tag(db, "支部", parent="党建")
    tags.merge_tags(db, ["党建"], "党的建设")
    assert names(db) == {"党的建设": 3, "支部": 0}
    child = next(t for t in tags.list_tags(db) if t.name == "支部")
    parent = next(t for t in tags.list_tags(db) if t.name == "党的建设")
    assert child.parent_id == parent.id


def test_a_tag_cannot_contain_itself(db):
    tags.create_tag(db, "经济")
    tags.create_tag(db, "招商", parent="经济")
    with pytest.raises(InvalidInput, match="cannot contain itself"):
        tags.set_parent(db, "经济", "招商")


def test_deleting_a_parent_moves_children_up(db):
    tags.create_tag(db, "上")
    tags.create_tag(db, "中", parent="上")
    tags.create_tag(db, "下", parent="中")
    tags.delete_tag(db, "中")
    by_name = {t.name: t for t in tags.list_tags(db)}
    assert by_name["下"].parent_id == by_name["上"].id


def test_suggested_topics_name_their_trigger_words(db, segmenter):
    lexicon = TopicLexicon.load(resource_path("topics.json"))
    assert len(lexicon.topics) >= 12
    warning = search(db, segmenter, "警示教育大会", limit=1).hits[0]
    suggestions = tags.suggest_tags(db, segmenter, lexicon, warning.article_id)
    assert suggestions[0].topic == "廉政建设"
    assert {"警示教育", "从严治党", "腐败"} <= set(suggestions[0].triggers)
    tags.tag_articles(db, "廉政建设", [warning.article_id])
    assert "廉政建设" not in [
        s.topic for s in tags.suggest_tags(db, segmenter, lexicon, warning.article_id)
    ]


def test_a_tag_for_an_article_that_does_not_exist_is_refused_not_passed_over(db):
    with pytest.raises(InvalidInput, match="no article 999"):
        tags.tag_articles(db, "要闻", [999])
    assert "要闻" not in [t.name for t in tags.list_tags(db)]  # one transaction: no empty tag
    tags.create_tag(db, "要闻")
    with pytest.raises(InvalidInput, match="no article 999"):
        tags.untag_articles(db, "要闻", [999])


def test_merging_a_tag_into_itself_is_refused(db):
    tags.create_tag(db, "要闻")
    with pytest.raises(InvalidInput, match="into itself"):
        tags.merge_tags(db, ["要闻"], "要闻")
