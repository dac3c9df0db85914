"""The 人物 panel alone: typing narrows the list by name, and choosing people narrows the tree
to the articles that name any of them."""

import pytest
from PySide6.QtCore import Qt

from desktop.services.people import PersonEntry
from desktop.ui.models.people import PeopleModel, PersonRole
from desktop.ui.views.people_panel import PeoplePanel
from tests.helpers.keyboard import type_text

PEOPLE = [
    PersonEntry("陆方舟", 12, ("区委书记",), (5, 3, 1)),
    PersonEntry("陆晓", 4, (), (3, 2)),
    PersonEntry("王建国", 2, ("镇长",), (4,)),
]


@pytest.fixture
def panel(qtbot):
    model = PeopleModel()
    model.set_rows(PEOPLE)
    panel = PeoplePanel(model)
    qtbot.addWidget(panel)
    panel.resize(300, 500)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def shown(panel) -> list[str]:
    return [panel.proxy.index(r, 0).data(PersonRole.NAME) for r in range(panel.proxy.rowCount())]


def click(qtbot, panel, row: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    pos = panel.list.visualRect(panel.proxy.index(row, 0)).center()
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, modifier, pos)


def test_typing_narrows_the_list_by_name(qtbot, panel):
    assert shown(panel) == ["陆方舟", "陆晓", "王建国"]
    type_text(panel.find, "陆")
    assert shown(panel) == ["陆方舟", "陆晓"]
    panel.find.clear()
    assert len(shown(panel)) == 3


def test_choosing_people_narrows_to_the_articles_naming_any_of_them(qtbot, panel):
    with qtbot.waitSignal(panel.filterChanged) as chosen:
        click(qtbot, panel, 0)
    assert chosen.args == [[5, 3, 1]]
    with qtbot.waitSignal(panel.filterChanged) as chosen:
        click(qtbot, panel, 1, Qt.KeyboardModifier.ControlModifier)
    assert sorted(chosen.args[0]) == [1, 2, 3, 5]  # each article once


def test_a_choice_made_in_a_narrowed_list_is_the_person_shown(qtbot, panel):
    type_text(panel.find, "王")
    with qtbot.waitSignal(panel.filterChanged) as chosen:
        click(qtbot, panel, 0)
    assert chosen.args == [[4]]


def test_clearing_the_choice_shows_every_article_again(qtbot, panel):
    click(qtbot, panel, 0)
    with qtbot.waitSignal(panel.filterChanged) as chosen:
        panel.clear_choice()
    assert chosen.args == [[]]
    assert panel.chosen_ids() == []
