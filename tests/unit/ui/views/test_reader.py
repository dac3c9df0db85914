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


def _marks_over(reader, position):
    """The backgrounds drawn at a document position, bottom first, and whether each is
    underlined."""
    return [
        (s.format.background().color().name(), s.format.fontUnderline())
        for s in reader.extraSelections()
        if s.cursor.selectionStart() <= position < s.cursor.selectionEnd()
    ]


def test_a_hit_inside_a_highlight_is_drawn_over_it_and_the_current_hit_is_underlined(qtbot, db):
    reader, view = _reader(qtbot, db)
    text = view.article.text
    start = text.index("以铜为镜")
    mark = Highlight(
        id=1, article_key=view.article.key, issue_sha256="s", start=start - 2, end=start + 6,
        quote=text[start - 2 : start + 6], color="green",
    )  # fmt: skip
    hits = [(start, start + 2)]
    reader.show_article(view, [mark], hits)
    reader.set_marks([mark], hits, [], 0)
    theme = reader._theme
    marks = _marks_over(reader, reader.document_position(start))
    assert marks[0] == (theme.highlight["green"], False)  # the highlight, underneath
    top_color, underlined = marks[-1]
    assert top_color != theme.highlight["green"] and underlined  # the current hit, on top
    reader.set_marks([mark], hits, [], -1)  # no hit stepped to: drawn, not underlined
    assert _marks_over(reader, reader.document_position(start))[-1] == (theme.hit, False)


def test_hits_are_marked_in_the_kicker_headline_and_subtitle(qtbot, db):
    reader = ReaderView()
    qtbot.addWidget(reader)
    row = next(r for r in list_articles(db) if r.label == "共同营造风清气正的政治生态")
    view = get_article(db, row.id)
    view.article.kicker = "嘉定区全面从严治党警示教育大会举行"
    view.article.subtitle = "以案为鉴　警钟长鸣"
    reader.show_article(view, [])
    assert reader.head_texts == [
        view.article.kicker,
        "共同营造风清气正的政治生态",
        "以案为鉴　警钟长鸣",
    ]
    reader.set_marks([], [], [(0, 5, 7), (1, 9, 11), (2, 0, 2)])
    found = sorted(
        reader.document().toPlainText()[s.cursor.selectionStart() : s.cursor.selectionEnd()]
        for s in reader.extraSelections()
    )
    assert found == ["从严", "以案", "政治"]


def test_home_and_end_go_to_the_articles_top_and_end(qtbot, db):
    from PySide6.QtCore import Qt

    reader, view = _reader(qtbot, db)
    reader.resize(500, 300)  # shorter than the article
    reader.show()
    qtbot.waitExposed(reader)
    reader.show_article(view, [])
    bar = reader.verticalScrollBar()
    assert bar.maximum() > 0
    for modifier in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ControlModifier):
        qtbot.keyClick(reader, Qt.Key.Key_End, modifier)
        assert bar.value() == bar.maximum()  # the end mark in sight, not short of it
        qtbot.keyClick(reader, Qt.Key.Key_Home, modifier)
        assert bar.value() == bar.minimum()
