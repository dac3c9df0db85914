"""Articles per month for the chart, on the seeded library (issues of 2023-05 … 2025-03)."""

import pytest

from desktop.services import tags
from desktop.services.errors import InvalidInput
from desktop.services.people import people_index
from desktop.services.trends import trend, trend_csv


def test_a_persons_articles_per_month_with_the_empty_months_between(seeded, segmenter):
    result = trend(seeded, segmenter, person="陆方舟")
    months = [r.month for r in result.rows]
    assert months[0] == "2023-05" and months[-1] == "2025-02" and len(months) == 22
    counts = {r.month: r.count for r in result.rows}
    assert (counts["2023-05"], counts["2023-06"], counts["2025-02"]) == (5, 3, 1)
    assert counts["2024-01"] == 0
    lu = next(e for e in people_index(seeded, segmenter) if e.name == "陆方舟")
    assert {i for r in result.rows for i in r.article_ids} == set(lu.articles)
    assert result.undated == ()


def test_a_tag_and_a_search_together(db, segmenter):
    may = trend(db, segmenter, query="汽车", person="陆方舟")
    assert all(r.count == len(r.article_ids) for r in may.rows)
    some = [i for r in may.rows for i in r.article_ids][:2]
    tags.tag_articles(db, "汽车城", some)
    tagged = trend(db, segmenter, tag="汽车城", query="汽车")
    assert sorted(i for r in tagged.rows for i in r.article_ids) == sorted(some)
    assert trend(db, segmenter, tag="汽车城", query="没有这个词语的文章").rows == []


def test_the_numbers_as_csv(seeded, segmenter):
    result = trend(seeded, segmenter, person="屈伟")
    assert trend_csv(result).splitlines()[0] == "month,count,article_ids"
    (row,) = result.rows
    assert trend_csv(result).splitlines()[1] == f"2025-03,1,{row.article_ids[0]}"


def test_a_trend_needs_something_to_count(seeded, segmenter):
    with pytest.raises(InvalidInput, match="needs a tag"):
        trend(seeded, segmenter)
