"""The window's rough edges, each driven as a user meets it."""

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from desktop.services import annotations
from desktop.ui.actions import ActionId
from desktop.ui.models.issue_tree import NodeKind, Role
from desktop.ui.models.search_results import HitRole
from desktop.ui.models.tags import TagRole
from desktop.ui.theme import THEMES
from desktop.ui.views.note_dialog import NoteDialog


def distance(a: str, b: str) -> float:
    x, y = QColor(a), QColor(b)
    return (
        (x.red() - y.red()) ** 2 + (x.green() - y.green()) ** 2 + (x.blue() - y.blue()) ** 2
    ) ** 0.5


def test_the_dark_themes_tag_headings_are_light_on_the_dark_panel(window, qtbot):
    window.appearance.set_theme("dark")
    headings = [w for w in window.tag_panel.findChildren(QLabel) if w.font().bold()]
    assert len(headings) == 3
    for label in headings:
        image = label.grab().toImage()
        lightest = max(
            QColor(image.pixel(x, y)).lightness()
            for x in range(0, image.width(), 2)
            for y in range(image.height())
        )
        assert lightest > 150, label.text()  # the text is drawn light; the panel is dark


def test_the_selection_is_clearly_not_a_highlight_colour(window):
    for theme in THEMES.values():
        for name, color in theme.highlight.items():
            assert distance(theme.selection, color) > 70, (theme.name, name)
        assert distance(theme.selection, theme.hit) > 70
    window.appearance.set_theme("light")
    selection = QApplication.palette().color(QPalette.ColorRole.Highlight)
    assert selection == QColor(THEMES["light"].selection)


@pytest.mark.parametrize(
    ("key", "dock_name", "action_id"),
    [
        (Qt.Key.Key_A, "annotationsDock", ActionId.SHOW_ANNOTATIONS),
        (Qt.Key.Key_P, "peopleDock", ActionId.SHOW_PEOPLE),
        (Qt.Key.Key_T, "trendsDock", ActionId.SHOW_TRENDS),
    ],
)
def test_a_panels_shortcut_brings_it_to_the_front_and_its_menu_entry_says_so(
    window, qtbot, key, dock_name, action_id
):
    dock, action = window.docks[dock_name], window.action_set[action_id]
    shown = window.action_set[ActionId.SHOW_SEARCH]
    window.search_dock.show()
    window.search_dock.raise_()
    qtbot.waitUntil(shown.isChecked)
    press = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.tree, key, press)
    qtbot.waitUntil(lambda: not dock.visibleRegion().isEmpty())
    assert dock.isVisible() and action.isChecked()
    assert window.search_dock.visibleRegion().isEmpty()  # now behind the panel's tab
    qtbot.waitUntil(lambda: not shown.isChecked())  # View → 搜索结果 no longer ticked
    qtbot.keyClick(window.tree, key, press)  # in front already: the key hides it
    assert not dock.isVisible()
    qtbot.waitUntil(lambda: not action.isChecked())


def test_a_right_click_on_a_tag_leaves_the_trees_filter_alone(window, qtbot, monkeypatch):
    window.reading.select_first_article()
    window.tagging.tag_current("外事")
    tag_list = window.tag_panel.tag_list
    model = tag_list.model()
    assert model.rowCount() == 1
    shown_before = len(window.reading.visible_article_ids())
    index = model.index(0, 0)
    point = tag_list.visualRect(index).center()
    qtbot.mouseClick(tag_list.viewport(), Qt.MouseButton.RightButton, pos=point)
    assert window.tag_panel.selected_tags() == []
    assert len(window.reading.visible_article_ids()) == shown_before
    qtbot.mouseClick(tag_list.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.tag_panel.selected_tags() == [index.data(TagRole.NAME)]
    assert len(window.reading.visible_article_ids()) < shown_before


def search(window, qtbot, words):
    window.search_field.setText(words)
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.results.rowCount() > 0)


def test_hits_in_headlines_are_marked_in_the_reader_and_the_results(window, qtbot):
    search(window, qtbot, "政治生态")
    row = next(
        r
        for r in range(window.results.rowCount())
        if "政治生态" in window.results.row_at(r).label_in(window.results._words)
    )
    rich = window.results.index(row, 0).data(HitRole.RICH)
    title_part = rich.split("<br>")[0]
    assert '<span style="background:' in title_part and "政治生态</span>" in title_part
    window.search_panel.list.clicked.emit(window.results.index(row, 0))
    reader = window.reader
    assert "政治生态" in reader.headline
    headline_at = reader._headline[0]
    marked = [
        s.cursor.selectedText()
        for s in reader.extraSelections()
        if s.cursor.selectionStart() >= headline_at
        and s.cursor.selectionEnd() <= headline_at + len(reader.headline)
    ]
    assert marked == ["政治生态"]


def test_step_through_the_hits_of_an_article_with_f3_and_enter(window, qtbot):
    search(window, qtbot, "书记陆")
    reader = window.reader
    total = window.reading.current.article.text.count("书记陆")
    assert total >= 2
    assert window.hit_label.text() == f"1 / {total}"
    qtbot.keyClick(reader, Qt.Key.Key_F3)
    assert window.hit_label.text() == f"2 / {total}"
    reader_cursor = reader.textCursor().position()
    assert reader_cursor == reader.document_position(reader._hits[1][0])
    qtbot.keyClick(reader, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert window.hit_label.text() == f"1 / {total}"
    qtbot.keyClick(reader, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert window.hit_label.text() == f"{total} / {total}"  # round the end
    window.search_field.setFocus()
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)  # the same words: the next hit
    assert window.hit_label.text() == f"1 / {total}"
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert window.hit_label.text() == f"{total} / {total}"
    assert window.search_dock.isVisible()
    window.search_field.clear()
    assert window.hit_label.text() == ""
    assert window.search_dock.isHidden()  # an empty box lists nothing: the text gets the room
    assert not window.action_set[ActionId.SHOW_SEARCH].isChecked()


def test_the_note_dialog_shows_the_quote_and_leaves_the_passage_in_sight(
    window, qtbot, monkeypatch
):
    ids = list(window.tree_model.article_ids_in_order())
    article_id = next(
        i
        for i in ids
        if window.tree_model.index_for_article(i).data() == "共同营造风清气正的政治生态"
    )
    window.reading.select_article(article_id)
    quote = "以铜为镜，可以正衣冠"
    start = window.reading.current.article.text.index(quote)
    window.reader.select_range(start, start + len(quote))
    seen = {}

    def write(dialog):
        seen["quote"] = dialog.quote.text()
        seen["covers"] = dialog.frameGeometry().intersects(
            window.reader.passage_rect(start, start + len(quote))
        )
        dialog.editor.setPlainText("名句")
        return NoteDialog.DialogCode.Accepted

    monkeypatch.setattr(NoteDialog, "exec", write)
    window.reader.highlightWithNoteRequested.emit(start, start + len(quote))
    assert seen == {"quote": quote, "covers": False}
    [mark] = annotations.article_highlights(window.db, article_id)
    assert (mark.quote, mark.note) == (quote, "名句")


def issue_rows(window):
    found = []

    def walk(parent):
        for row in range(window.tree_proxy.rowCount(parent)):
            index = window.tree_proxy.index(row, 0, parent)
            if index.data(Role.KIND) == NodeKind.ISSUE:
                found.append(index)
            walk(index)

    walk(QModelIndex())
    return found


def test_tree_counts_follow_a_filter_and_expansion_survives_clearing_it(window, qtbot):
    ids = list(window.tree_model.article_ids_in_order())
    window.reading.select_article(ids[0])
    window.tagging.tag_current("外事")
    window.reading.select_article(ids[1])
    window.tagging.tag_current("外事")
    for index in issue_rows(window):
        window.tree.collapse(index)
    opened = issue_rows(window)[-1]  # the user opens one issue
    window.tree.expand(opened)
    opened_label = opened.data()
    window.tag_panel.select_tags(["外事"])
    issues = issue_rows(window)
    assert len(issues) == 1  # both tagged articles are in the first issue
    assert issues[0].data().endswith("  (2)")
    papers = [window.tree_proxy.index(r, 0) for r in range(window.tree_proxy.rowCount())]
    assert [p.data().endswith("  (2)") for p in papers] == [True]
    window.tag_panel.clear_filter()
    expanded = [i.data() for i in issue_rows(window) if window.tree.isExpanded(i)]
    assert opened_label in expanded


def test_photos_and_briefs_are_shown_as_what_they_are_not_under_a_made_up_headline(window):
    for kind, name in (("photo", "图片"), ("brief", "简讯")):
        index = next(
            window.tree_model.index_for_article(i)
            for i in window.tree_model.article_ids_in_order()
            if window.tree_model.index_for_article(i).data(Role.ARTICLE_KIND) == kind
            and window.tree_model.index_for_article(i).data().startswith(f"{name}：")
        )
        window.reading.select_article(index.data(Role.ARTICLE_ID))
        reader, article = window.reader, window.reading.current.article
        assert not article.title
        at = reader._headline[0]
        assert reader.document().findBlock(at).text() == name  # a label, not a cut first line
        first = article.block_list[0]["text"]
        assert reader.document().findBlock(reader._blocks[0].position).text() == first


def test_space_in_the_tree_pages_the_text_and_past_its_end_opens_the_next_article(window, qtbot):
    ids = window.reading.visible_article_ids()
    window.reading.select_article(ids[0])
    window.tree.setFocus()
    bar = window.reader.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    qtbot.keyClick(window.tree, Qt.Key.Key_Space)
    assert bar.value() > 0 and window.reading.current.article.id == ids[0]  # a screen on
    qtbot.keyClick(window.tree, Qt.Key.Key_Space, Qt.KeyboardModifier.ShiftModifier)
    assert bar.value() == 0  # and back
    bar.setValue(bar.maximum())
    qtbot.keyClick(window.tree, Qt.Key.Key_Space)
    assert window.reading.current.article.id == ids[1]  # past the end: the next article
