"""An issue's corrections listed: what each did in Chinese, and whether it applies, was undone,
or is kept while its text is gone."""

from datetime import datetime

from PySide6.QtWidgets import QLabel

from desktop.services.corrections import CorrectionView
from desktop.ui.views.corrections_dialog import CorrectionsDialog, describe

ROLES = {"byline": "署名"}


def _view(operation, details, orphaned=False, undone=False):
    return CorrectionView(
        1, "sha", "key", operation, "□记者 胡蝶飞", details, orphaned, undone,
        "2026-12-02T03:40:32+00:00",
    )  # fmt: skip


def test_each_correction_is_described_and_its_state_shown(qtbot):
    views = [
        _view("role", {"role": "byline"}),
        _view("split", {"roles": []}, orphaned=True),
        _view("join", {}, undone=True),
    ]
    assert describe(views[0], ROLES) == "「□记者 胡蝶飞」一行改作署名"
    dialog = CorrectionsDialog(views, ROLES)
    qtbot.addWidget(dialog)
    cells = [[dialog.table.item(row, column).text() for column in range(3)] for row in range(3)]
    local = datetime.fromisoformat("2026-12-02T03:40:32+00:00").astimezone()
    assert cells[0] == [local.strftime("%Y-%m-%d %H:%M"), "「□记者 胡蝶飞」一行改作署名", "生效"]
    assert cells[1][1:] == ["从「□记者 胡蝶飞」起另成一篇", "原文已不在，保留未用"]
    assert cells[2][2] == "已撤销"


def test_an_issue_without_corrections_says_so(qtbot):
    dialog = CorrectionsDialog([], ROLES)
    qtbot.addWidget(dialog)
    label = dialog.findChild(QLabel, "noCorrections")
    assert label.text() == "本期没有手动更正。" and not label.isHidden()
    assert dialog.table.rowCount() == 0
