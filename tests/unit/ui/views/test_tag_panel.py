"""The tag panel: a typed tag is asked for on Enter, a suggestion by a click, and selecting
tags filters the tree; a right click opens a tag's menu without changing the filter."""

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt, QTimer
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QLabel, QMenu

from desktop.nlp import TopicSuggestion
from desktop.services.tags import TagInfo
from desktop.ui.models.tags import SuggestionModel, TagListModel
from desktop.ui.views.tag_panel import TagPanel
from tests.helpers.keyboard import type_text

TAGS = [TagInfo(1, "交通", "#1971c2", None, 4), TagInfo(2, "区情", "#2f9e44", None, 9),
        TagInfo(3, "教育", "#e8590c", None, 2)]  # fmt: skip


@pytest.fixture
def panel(qtbot):
    article_tags = TagListModel(show_counts=False)
    article_tags.set_rows(TAGS[:1])
    all_tags = TagListModel(show_counts=True)
    all_tags.set_rows(TAGS)
    suggestions = SuggestionModel()
    suggestions.set_rows([TopicSuggestion("城市建设", "#868e96", 3.2, ("修缮", "老街"))])
    panel = TagPanel(article_tags, all_tags, suggestions)
    qtbot.addWidget(panel)
    panel.resize(320, 640)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def click(qtbot, view, row: int, button=Qt.MouseButton.LeftButton, modifier=None) -> None:
    pos = view.visualRect(view.model().index(row, 0)).center()
    modifiers = modifier or Qt.KeyboardModifier.NoModifier
    qtbot.mouseClick(view.viewport(), button, modifiers, pos)


def test_a_typed_tag_is_asked_for_on_enter_and_the_field_cleared(qtbot, panel):
    type_text(panel.input, "  南翔  ")
    with qtbot.waitSignal(panel.addRequested) as asked:
        qtbot.keyClick(panel.input, Qt.Key.Key_Return)
    assert asked.args == ["南翔"]
    assert panel.input.text() == ""


def test_enter_on_an_empty_field_asks_for_nothing(qtbot, panel):
    heard: list = []
    panel.addRequested.connect(heard.append)
    qtbot.keyClicks(panel.input, "   ")
    qtbot.keyClick(panel.input, Qt.Key.Key_Return)
    assert heard == []


def test_clicking_a_suggestion_takes_it(qtbot, panel):
    with qtbot.waitSignal(panel.addRequested) as asked:
        click(qtbot, panel.suggestion_list, 0)
    assert asked.args == ["城市建设"]


def test_selecting_tags_filters_by_any_or_all_of_them(qtbot, panel):
    with qtbot.waitSignal(panel.filterChanged) as changed:
        click(qtbot, panel.tag_list, 0)
    assert changed.args == [["交通"], "any"]
    with qtbot.waitSignal(panel.filterChanged) as changed:
        click(qtbot, panel.tag_list, 2, modifier=Qt.KeyboardModifier.ControlModifier)
    assert sorted(changed.args[0]) == ["交通", "教育"]
    with qtbot.waitSignal(panel.filterChanged) as changed:
        panel.mode.setCurrentIndex(panel.mode.findData("all"))
    assert changed.args[1] == "all"
    with qtbot.waitSignal(panel.filterChanged) as changed:
        panel.clear_filter()
    assert changed.args == [[], "all"]


def test_a_right_click_leaves_the_filter_as_it_was(qtbot, panel):
    click(qtbot, panel.tag_list, 0)
    view = panel.tag_list
    pos = QPointF(view.visualRect(view.model().index(1, 0)).center())
    press = QMouseEvent(QEvent.Type.MouseButtonPress, pos, pos, Qt.MouseButton.RightButton,
                        Qt.MouseButton.RightButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    view.mousePressEvent(press)
    assert panel.selected_tags() == ["交通"]


def test_tags_chosen_elsewhere_are_selected_by_name(qtbot, panel):
    panel.select_tags(["区情", "教育", "没有这个"])
    assert sorted(panel.selected_tags()) == ["区情", "教育"]
    assert panel.tag_list.model().index(1, 0).data() == "区情  9"  # with its count


def pick(choice: str) -> dict[str, bool]:
    """The next popup menu is read (each action's text and whether it is enabled) and
    `choice` is chosen from it."""
    offered: dict[str, bool] = {}

    def choose() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(10, choose)
            return
        actions = [a for a in menu.actions() if not a.isSeparator()]
        offered.update({a.text(): a.isEnabled() for a in actions})
        menu.close()
        next(a for a in actions if a.text() == choice).trigger()

    QTimer.singleShot(0, choose)
    return offered


def open_menu(view, row: int) -> None:
    view.customContextMenuRequested.emit(view.visualRect(view.model().index(row, 0)).center())


def test_the_article_tags_menu_offers_to_remove_the_tag(qtbot, panel):
    offered = pick("移除“交通”")
    with qtbot.waitSignal(panel.removeRequested) as asked:
        open_menu(panel.article_list, 0)
    assert asked.args == ["交通"]
    assert offered == {"移除“交通”": True}


def test_a_tags_menu_renames_recolours_and_deletes_that_tag(qtbot, panel):
    for choice, signal in (
        ("重命名…", panel.renameRequested),
        ("更改颜色…", panel.recolorRequested),
        ("删除…", panel.deleteRequested),
    ):
        offered = pick(choice)
        with qtbot.waitSignal(signal) as asked:
            open_menu(panel.tag_list, 1)
        assert asked.args == ["区情"]
    assert offered["合并所选标签…"] is False  # fewer than two tags selected


def test_merging_is_offered_for_two_selected_tags(qtbot, panel):
    panel.select_tags(["交通", "教育"])
    offered = pick("合并所选标签…")
    with qtbot.waitSignal(panel.mergeRequested) as asked:
        open_menu(panel.tag_list, 0)
    assert offered["合并所选标签…"] is True
    assert sorted(asked.args[0]) == ["交通", "教育"]


@pytest.fixture(params=["zh_CN", "en"])
def panel_in(request, qtbot):
    """A panel built in each language (its strings are set as it is built)."""
    if request.param == "en":
        request.getfixturevalue("english")
    all_tags = TagListModel(show_counts=True)
    all_tags.set_rows(TAGS)
    panel = TagPanel(TagListModel(show_counts=False), all_tags, SuggestionModel())
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def test_a_narrow_panel_wraps_its_headings_and_stacks_the_filter_row(qtbot, panel_in):
    panel, clear, row = panel_in, panel_in._clear, panel_in.filter_row
    panel.resize(360, 640)
    qtbot.waitUntil(lambda: row.direction() == row.Direction.LeftToRight)
    qtbot.waitUntil(lambda: clear.geometry().top() == panel.mode.geometry().top())  # side by side
    panel.setMinimumWidth(140)  # as the window's splitter lets it be
    panel.resize(140, 640)  # the narrowest the window gives it
    qtbot.waitUntil(lambda: row.direction() == row.Direction.TopToBottom)
    qtbot.waitUntil(lambda: clear.geometry().top() > panel.mode.geometry().bottom())  # stacked
    for widget in (panel.mode, clear):  # neither cut: each as wide as its text needs, or the panel
        assert widget.width() >= min(widget.sizeHint().width(), panel.contentsRect().width() - 16)
    headings = [label for label in panel.findChildren(QLabel) if label.font().bold()]
    assert len(headings) == 3 and all(label.wordWrap() for label in headings)


def pick_in(*path: str) -> None:
    """In the next popup menu, go down the submenus named by `path` and choose its last item."""

    def choose() -> None:
        root = QApplication.activePopupWidget()
        if not isinstance(root, QMenu):
            QTimer.singleShot(10, choose)
            return
        menu = root
        for text in path[:-1]:
            menu = next(a.menu() for a in menu.actions() if a.text() == text)
        chosen = next(a for a in menu.actions() if a.text() == path[-1])
        root.close()
        chosen.trigger()

    QTimer.singleShot(0, choose)


def test_a_tags_menu_exports_its_articles_references_and_makes_a_briefing(qtbot, panel):
    pick_in("导出这些文章的参考文献", "RIS…")
    with qtbot.waitSignal(panel.referencesRequested) as asked:
        open_menu(panel.tag_list, 1)
    assert asked.args == ["区情", "ris"]
    pick_in("用这些文章制作简报…")
    with qtbot.waitSignal(panel.briefingRequested) as asked:
        open_menu(panel.tag_list, 1)
    assert asked.args == ["区情"]
