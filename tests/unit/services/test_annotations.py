import pytest

from desktop.services import annotations, tags
from desktop.services.annotations import AnnotationFilters
from desktop.services.articles import get_article, list_articles
from desktop.services.errors import InvalidInput
from desktop.services.library import list_issues, stats


@pytest.fixture
def article_id(db):
    return list_articles(db)[0].id


def test_highlight_a_range_then_edit_and_delete_it(db, article_id):
    text = get_article(db, article_id).article.text
    h = annotations.add_highlight(db, article_id, 5, 15, "blue", note="  要点  ")
    assert (h.quote, h.color, h.note) == (text[5:15], "blue", "要点")
    assert h.prefix == text[:5] and h.suffix == text[15:47]
    annotations.edit_highlight(db, h.id, color="pink", note="")
    again = annotations.article_highlights(db, article_id)[0]
    assert (again.color, again.note) == ("pink", None)
    removed = annotations.delete_highlight(db, h.id)
    assert annotations.article_highlights(db, article_id) == []
    annotations.restore_highlight(db, removed)  # undo
    assert [x.id for x in annotations.article_highlights(db, article_id)] == [h.id]


@pytest.mark.parametrize(
    ("start", "end", "color"),
    [(5, 5, "yellow"), (-1, 3, "yellow"), (0, 10**6, "yellow"), (0, 3, "red")],
)
def test_bad_highlights_are_refused(db, article_id, start, end, color):
    with pytest.raises(InvalidInput):
        annotations.add_highlight(db, article_id, start, end, color)


def test_notes_count_and_list_filters(db, article_id, segmenter):
    qingpu = next(i for i in list_issues(db) if i.paper == "青浦报")
    other = list_articles(db, qingpu.id)[0].id
    annotations.highlight_quote(db, article_id, "以铜为镜", note="名言")
    annotations.highlight_quote(db, article_id, "风清气正", color="green")
    annotations.add_highlight(db, other, 0, 4, "green", note="另一篇")
    tags.tag_articles(db, "廉政建设", [article_id])
    counts = stats(db)
    assert (counts.highlights, counts.notes) == (3, 2)

    def quotes(**kw):
        return sorted(
            r.highlight.quote for r in annotations.list_annotations(db, AnnotationFilters(**kw))
        )

    assert quotes(color="green") == sorted(["风清气正", get_article(db, other).article.text[:4]])
    assert quotes(tag="廉政建设") == ["以铜为镜", "风清气正"]
    assert quotes(text="名言") == ["以铜为镜"]
    assert quotes(notes_only=True, paper="嘉定报") == ["以铜为镜"]
    assert quotes(date_from="2023-05", date_to="2023-05") == ["以铜为镜", "风清气正"]
    assert quotes(paper="青浦报") == [get_article(db, other).article.text[:4]]
    rows = annotations.list_annotations(db)
    assert all(r.paper and r.date and r.article_title for r in rows)


def test_read_and_starred(db, article_id):
    annotations.set_read(db, article_id)
    annotations.set_starred(db, article_id)
    annotations.set_starred(db, article_id, False)
    state = annotations.article_state(db, article_id)
    assert (state.read, state.starred) == (True, False)
    assert (stats(db).read, stats(db).starred) == (1, 0)
