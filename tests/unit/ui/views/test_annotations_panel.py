"""The annotations panel: its filters are what the user set, and a row's buttons and double
click name that row's highlight."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from desktop.services.annotations import AnnotationFilters, AnnotationRow
from desktop.store.models import Highlight
from desktop.ui.models.annotations import AnnotationsModel
from desktop.ui.theme import HIGHLIGHTS_LIGHT
from desktop.ui.views.annotations_panel import AnnotationsPanel
from tests.helpers.keyboard import type_text


def row(highlight_id: int, quote: str, note: str | None = None, orphaned=False) -> AnnotationRow:
    h = Highlight(
        id=highlight_id, article_key="k", issue_sha256="a" * 64, start=0, end=len(quote),
        quote=quote, color="green", note=note, orphaned=orphaned,
    )  # fmt: skip
    return AnnotationRow(h, 7, "区委常委会", [], "嘉定报", "2023-05-16", "article")


@pytest.fixture
def panel(qtbot):
    model = AnnotationsModel(HIGHLIGHTS_LIGHT)
    model.set_rows([row(31, "研究部署", "要点"), row(32, "老街修缮", orphaned=True)])
    panel = AnnotationsPanel(model)
    qtbot.addWidget(panel)
    panel.resize(900, 400)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def select_row(qtbot, panel, r: int) -> None:
    rect = panel.table.visualRect(panel.table.model().index(r, 0))
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_with_nothing_set_every_annotation_is_listed(qtbot, panel):
    assert panel.filters() == AnnotationFilters(notes_only=False, orphaned=None)
    assert panel.color.itemText(0) == "全部颜色"
    assert [panel.color.itemText(i) for i in range(1, 3)] == ["黄色", "绿色"]


def test_the_filters_set_are_the_filters_listed_with(qtbot, panel):
    with qtbot.waitSignal(panel.filtersChanged):
        type_text(panel.text, " 老街 ")
    panel.color.setCurrentIndex(panel.color.findData("green"))
    with qtbot.waitSignal(panel.filtersChanged):
        panel.notes_only.setFocus()
        qtbot.keyClick(panel.notes_only, Qt.Key.Key_Space)
    panel.orphaned.setChecked(True)
    assert panel.filters() == AnnotationFilters(
        text="老街", color="green", notes_only=True, orphaned=True
    )


def test_a_double_click_jumps_to_the_highlight(qtbot, panel):
    rect = panel.table.visualRect(panel.table.model().index(1, 1))
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(panel.jumpRequested) as asked:
        qtbot.mouseDClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert asked.args == [32]


def test_delete_and_replace_name_the_selected_highlight(qtbot, panel):
    select_row(qtbot, panel, 0)
    with qtbot.waitSignal(panel.deleteRequested) as asked:
        qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert asked.args == [31]
    select_row(qtbot, panel, 1)
    with qtbot.waitSignal(panel.replaceRequested) as asked:
        qtbot.mouseClick(panel.replace_button, Qt.MouseButton.LeftButton)
    assert asked.args == [32]


def test_with_nothing_selected_the_buttons_ask_for_nothing(qtbot, panel):
    heard: list = []
    panel.deleteRequested.connect(heard.append)
    panel.replaceRequested.connect(heard.append)
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.replace_button, Qt.MouseButton.LeftButton)
    assert heard == []


def test_the_export_menu_offers_each_format(qtbot, panel):
    menu = panel.findChild(QPushButton, "annotationExport").menu()
    assert [a.text() for a in menu.actions()] == ["Markdown", "CSV", "JSON"]
    with qtbot.waitSignal(panel.exportRequested) as asked:
        menu.actions()[1].trigger()
    assert asked.args == ["csv"]
