"""The people index of the seeded library: who, how often, with which titles, where."""

import pytest

from desktop.services.errors import InvalidInput
from desktop.services.library import list_issues
from desktop.services.people import article_people, people_index, person_mentions
from desktop.store.models import Article


def test_everyone_named_with_counts_titles_and_articles_newest_first(seeded, segmenter):
    index = people_index(seeded, segmenter)
    by_name = {e.name: e for e in index}
    lu = by_name["陆方舟"]
    assert index[0] == lu  # the most named
    assert lu.count == 37 and len(lu.articles) == 9
    assert lu.titles[0] == "区委书记"
    with seeded.session() as session:
        newest = session.get(Article, lu.articles[0])
        oldest = session.get(Article, lu.articles[-1])
    assert newest.issue_id != oldest.issue_id  # the 2025 issue's article comes first
    assert "招商引资" in newest.title
    # a byline and a photo credit are people too
    assert by_name["蒋一超"].count == 1 and by_name["俞超"].count == 6
    assert by_name["习近平"].titles == ("总书记",)
    assert not {"马陆", "嘉定", "安亭", "会议", "区委"} & by_name.keys()


def test_one_issues_people(seeded, segmenter):
    issue = next(i for i in list_issues(seeded) if i.paper == "青浦报")
    index = {e.name: e for e in people_index(seeded, segmenter, issue.id)}
    assert {"金晓明", "刘琪", "李双玖", "屈伟"} <= index.keys()
    assert "陆方舟" not in index
    assert index["李双玖"].titles == ("记者",)  # from the printed byline, 记者 李双玖
    assert index["屈伟"].titles == ("美团极美达夏阳湖站站长",)
    with pytest.raises(InvalidInput, match="no issue 999"):
        people_index(seeded, segmenter, 999)


def test_an_articles_people_and_where_to_mark_them(seeded, segmenter):
    lu = next(e for e in people_index(seeded, segmenter) if e.name == "陆方舟")
    article_id = lu.articles[-1]
    assert "陆方舟" in {p.name for p in article_people(seeded, segmenter, article_id)}
    spans = person_mentions(seeded, segmenter, article_id, "陆方舟")
    with seeded.session() as session:
        text = session.get(Article, article_id).text
    assert spans and all(text[s:e] == "陆方舟" for s, e in spans)
    with pytest.raises(InvalidInput, match="no article 999999"):
        article_people(seeded, segmenter, 999999)


def test_a_kept_cache_gives_the_same_index(seeded, segmenter):
    cache: dict = {}
    first = people_index(seeded, segmenter, cache=cache)
    assert len(cache) == len({k[0] for k in cache}) > 30  # one entry an article
    assert people_index(seeded, segmenter, cache=cache) == first == people_index(seeded, segmenter)
