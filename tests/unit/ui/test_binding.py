"""The Qt binding keeps Python's reference counts: a method that returns nothing must not take
a reference to None away (PySide6 6.12.0 did; on Python 3.11 a long session then aborts)."""

import sys

from PySide6.QtGui import QTextCursor, QTextDocument

from desktop.ui.app import make_application


def test_calls_returning_nothing_leave_none_alone(qtbot):
    make_application()
    document = QTextDocument()
    cursor = QTextCursor(document)
    before = sys.getrefcount(None)
    for _ in range(200):
        cursor.insertText("嘉")
        cursor.insertBlock()
    # A few references may come and go with the interpreter's own work; 400 lost ones would not.
    assert abs(sys.getrefcount(None) - before) < 50
