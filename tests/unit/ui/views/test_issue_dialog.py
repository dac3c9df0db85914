"""The issue dialog: the paper and date are corrected in place, and a date that is not one is
said before the dialog closes."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel

from desktop.services.library import IssueRow
from desktop.ui.views.issue_dialog import IssueDialog

ISSUE = IssueRow(1, "a" * 64, "嘉定报", "2023-05-16", "day", "jd-20230516.txt", 12, 3)


def dialog(qtbot, issue: IssueRow = ISSUE) -> IssueDialog:
    d = IssueDialog(issue)
    qtbot.addWidget(d)
    d.show()
    return d


def save(d: IssueDialog) -> None:
    d.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()


def test_it_shows_the_issue_as_it_is(qtbot):
    d = dialog(qtbot)
    assert d.paper.text() == "嘉定报"
    assert d.date.text() == "2023-05-16"
    assert "jd-20230516.txt" in [label.text() for label in d.findChildren(QLabel)]
    assert not d.error.isVisible()


def test_an_issue_without_paper_or_date_offers_to_recognise_them(qtbot):
    d = dialog(qtbot, IssueRow(2, "b" * 64, None, None, None, "x.txt", 1, 1))
    assert d.paper.text() == "" and d.paper.placeholderText() == "留空：按正文自动识别"
    assert d.date.text() == ""


def test_a_date_that_is_not_one_keeps_the_dialog_open_and_says_why(qtbot):
    d = dialog(qtbot)
    d.date.clear()
    qtbot.keyClicks(d.date, "16.5.2023")
    save(d)
    assert d.isVisible() and d.result() != QDialog.DialogCode.Accepted
    assert d.error.isVisible()
    assert d.error.text() == "“16.5.2023”不是日期：请写成 2023、2023-05 或 2023-05-16。"


def test_a_real_date_or_none_is_saved(qtbot):
    d = dialog(qtbot)
    d.date.clear()
    qtbot.keyClicks(d.date, " 2023-05 ")
    save(d)
    assert d.result() == QDialog.DialogCode.Accepted
    again = dialog(qtbot)
    again.date.clear()  # left empty: recognised from the text again
    qtbot.keyClick(again.date, Qt.Key.Key_Return)
    assert again.result() == QDialog.DialogCode.Accepted


def test_a_date_that_does_not_exist_is_refused(qtbot):
    d = dialog(qtbot)
    d.date.setText("2023-02-30")
    save(d)
    assert d.error.text() == "“2023-02-30”不是一个实际存在的日期。"
    assert d.isVisible()


def test_a_paper_name_too_long_keeps_the_dialog_open_and_says_why(qtbot):
    d = dialog(qtbot)
    d.paper.setText("嘉" * 41)
    save(d)
    assert d.isVisible() and d.result() != QDialog.DialogCode.Accepted
    assert d.error.text() == "报纸名称最多 40 个字。"
