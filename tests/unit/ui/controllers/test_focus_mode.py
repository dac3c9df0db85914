from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDockWidget, QLabel, QTextEdit, QToolTip

from desktop.ui.controllers.focus_mode import FocusMode


def test_focus_mode_hides_what_showed_and_brings_back_only_that(services, host, qtbot):
    text, panel, hidden_before = QTextEdit(), QLabel("tree"), QLabel("tags")
    host.setCentralWidget(text)
    dock = QDockWidget("docked", host)
    host.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    host.statusBar()
    for widget in (panel, hidden_before):
        widget.setParent(host)
    host.show()
    qtbot.waitExposed(host)
    hidden_before.hide()
    action = QAction("focus", host, checkable=True)
    mode = FocusMode(services, host, [panel, hidden_before], text, action)

    mode.set(True)
    assert mode.on and action.isChecked()
    assert not panel.isVisible() and not dock.isVisible() and not host.statusBar().isVisible()
    qtbot.waitUntil(QToolTip.isVisible)
    assert "Esc" in QToolTip.text()  # said where it can be seen: the bars are hidden
    (tip,) = (
        w for w in QApplication.topLevelWidgets() if w.inherits("QTipLabel") and w.isVisible()
    )
    middle = text.mapToGlobal(text.rect().center()).y()
    assert tip.geometry().top() > middle  # at the text's foot, over no headline
    mode.set(True)  # again: nothing more to hide, nothing forgotten
    mode.set(False)
    assert not mode.on and not action.isChecked()
    assert panel.isVisible() and dock.isVisible() and host.statusBar().isVisible()
    assert not hidden_before.isVisible()  # hidden by the user before: stays hidden
