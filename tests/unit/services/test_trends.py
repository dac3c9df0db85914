"""Articles per month for the chart, on the seeded library (issues of 2023-05 … 2025-03)."""

import csv
import io

import pytest

from desktop.services import tags
from desktop.services.errors import InvalidInput
from desktop.services.exports.escaping import CSV_BOM
from desktop.services.issues import edit_issue
from desktop.services.people import people_index
from desktop.services.search import SearchFilters
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
    text = trend_csv(result)
    assert text.startswith(CSV_BOM)  # Excel and WPS read it as UTF-8
    assert text[1:].splitlines()[0] == "month,count,青浦报,article_ids"
    (row,) = result.rows
    assert text.splitlines()[1] == f"2025-03,1,1,{row.article_ids[0]}"


def test_each_months_count_is_split_by_paper(db, segmenter):
    edit_issue(db, 3, date="2023-06")  # 嘉定国资's issue, now in the month of a 嘉定报 issue
    result = trend(db, segmenter, query="嘉定")
    assert result.papers == ("嘉定报", "嘉定国资")  # most matches first
    june = next(r for r in result.rows if r.month == "2023-06")
    assert june.count == 10 and june.by_paper == (5, 5)
    assert all(sum(r.by_paper) == r.count for r in result.rows)
    assert result.total == 22


def test_a_paper_named_like_a_formula_stays_text_in_the_csv(db, segmenter):
    edit_issue(db, 3, paper='=HYPERLINK("http://x")')
    rows = list(csv.reader(io.StringIO(trend_csv(trend(db, segmenter, query="嘉定"))[1:])))
    assert rows[0] == ["month", "count", "嘉定报", '\'=HYPERLINK("http://x")', "article_ids"]
    october = next(r for r in rows if r[0] == "2023-10")
    assert october[1:4] == ["5", "0", "5"]
    assert len(october[4].split()) == 5


def test_an_issue_dated_by_its_year_only_is_counted_apart(db, segmenter):
    edit_issue(db, 4, date="2025")
    result = trend(db, segmenter, person="屈伟")
    assert result.rows == [] and len(result.undated) == 1


def test_a_trend_needs_something_to_count(seeded, segmenter):
    with pytest.raises(InvalidInput, match="needs a tag"):
        trend(seeded, segmenter)


def test_a_persons_articles_from_an_index_already_built(seeded, segmenter):
    index = people_index(seeded, segmenter)
    lu = next(e for e in index if e.name == "陆方舟")
    result = trend(seeded, segmenter, person="陆方舟", people=index)
    assert {i for r in result.rows for i in r.article_ids} == set(lu.articles)
    others = [e for e in index if e.name != "陆方舟"]
    assert trend(seeded, segmenter, person="陆方舟", people=others).rows == []


def test_a_search_narrowed_by_the_search_panels_filters(seeded, segmenter):
    everything = trend(seeded, segmenter, query="嘉定")
    one_paper = trend(
        seeded, segmenter, query="嘉定", search_filters=SearchFilters(paper="嘉定国资")
    )
    assert one_paper.papers == ("嘉定国资",) and one_paper.total == 5 < everything.total
