"""The note dialog shows the passage (as text, a long one shortened) and sits beside it."""

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox

from desktop.ui.views.note_dialog import GAP, QUOTE_SHOWN, NoteDialog
from tests.helpers.keyboard import type_text


def dialog(qtbot, quote: str, note: str = "") -> NoteDialog:
    d = NoteDialog(quote, note)
    qtbot.addWidget(d)
    d.show()
    return d


def test_the_passage_is_shown_as_text_and_the_typed_note_is_kept(qtbot):
    d = dialog(qtbot, "<b>不是</b>标记的正文", "旧批注")
    assert d.quote.text() == "<b>不是</b>标记的正文"
    assert d.quote.textFormat() == Qt.TextFormat.PlainText
    assert d.note() == "旧批注"
    d.editor.clear()
    type_text(d.editor, "  新的批注  ")
    assert d.note() == "新的批注"
    d.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert d.result() == d.DialogCode.Accepted


def test_a_long_passage_is_shortened(qtbot):
    d = dialog(qtbot, "字" * (QUOTE_SHOWN + 50))
    assert d.quote.text() == "字" * QUOTE_SHOWN + "…"


def test_it_sits_below_the_passage_or_above_it_when_there_is_no_room(qtbot):
    d = dialog(qtbot, "一段话")
    area = QGuiApplication.primaryScreen().availableGeometry()
    high = QRect(area.left() + 50, area.top() + 40, 200, 20)
    d.place_beside(high)
    assert d.pos().y() == high.bottom() + GAP
    assert d.pos().x() == high.left()
    low = QRect(area.left() + 50, area.bottom() - 30, 200, 20)
    d.place_beside(low)
    assert d.pos().y() + d.height() <= low.top()
    far_right = QRect(area.right() - 10, area.top() + 40, 5, 20)
    d.place_beside(far_right)
    assert d.pos().x() + d.width() <= area.right() + 1  # kept on the screen


def test_enter_writes_a_new_line_and_ctrl_enter_saves(qtbot):
    d = dialog(qtbot, "一段文字")
    qtbot.waitExposed(d)
    d.editor.setFocus()
    type_text(d.editor, "第一行")
    qtbot.keyClick(d.editor, Qt.Key.Key_Return)
    type_text(d.editor, "第二行")
    assert d.isVisible() and d.note() == "第一行\n第二行"
    qtbot.keyClick(d.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert d.result() == d.DialogCode.Accepted and d.note() == "第一行\n第二行"
