"""The reader alone: an article shown as text, selections and highlights by code-point offsets
of the article's text, and stepping through the search hits."""

from desktop.services.articles import get_article, list_articles
from desktop.store.models import Highlight
from desktop.ui.views.reader import ReaderView


def _reader(qtbot, db):
    reader = ReaderView()
    qtbot.addWidget(reader)
    row = next(r for r in list_articles(db) if r.label == "共同营造风清气正的政治生态")
    return reader, get_article(db, row.id)


def test_an_article_is_shown_as_text_with_its_headline(qtbot, db):
    reader, view = _reader(qtbot, db)
    reader.show_article(view, [])
    assert reader.headline == "共同营造风清气正的政治生态"
    assert view.article.block_list[0]["text"] in reader.toPlainText()
    assert reader.isReadOnly()


def test_a_selection_is_read_back_as_offsets_into_the_articles_text(qtbot, db):
    reader, view = _reader(qtbot, db)
    reader.show_article(view, [])
    text = view.article.text
    start = text.index("以铜为镜")
    reader.select_range(start, start + 4)
    assert reader.selection_range() == (start, start + 4)
    assert reader.textCursor().selectedText() == "以铜为镜"


def test_a_highlight_is_found_where_it_lies(qtbot, db):
    reader, view = _reader(qtbot, db)
    text = view.article.text
    start = text.index("以铜为镜")
    mark = Highlight(
        id=1, article_key=view.article.key, issue_sha256="s", start=start, end=start + 4,
        quote="以铜为镜", color="yellow",
    )  # fmt: skip
    reader.show_article(view, [mark])
    assert reader.highlight_at(start + 1) is mark
    assert reader.highlight_at(start + 4) is None


def test_search_hits_are_stepped_through_in_order_and_wrap(qtbot, db):
    reader, view = _reader(qtbot, db)
    text = view.article.text
    first = text.index("政治")
    second = text.index("政治", first + 1)
    hits = [(first, first + 2), (second, second + 2)]
    reader.show_article(view, [], hits)
    positions = []
    reader.hitChanged.connect(lambda number, total: positions.append((number, total)))
    reader.set_marks([], hits, [], 0)
    reader.step_hit(1)
    reader.step_hit(1)  # past the last: back to the first
    assert positions[-2:] == [(2, 2), (1, 2)]


def test_a_message_replaces_the_article(qtbot, db):
    reader, view = _reader(qtbot, db)
    reader.show_article(view, [])
    reader.show_message("这篇文章已不在文库中。")
    assert reader.view is None and reader.toPlainText() == "这篇文章已不在文库中。"
    assert reader.selection_range() is None
