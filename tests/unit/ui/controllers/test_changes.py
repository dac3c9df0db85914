"""Undoable changes go through one door: refused while read-only, dropped when not saved."""

from PySide6.QtGui import QUndoStack

from desktop.store.errors import ErrorCode, library_error
from desktop.ui.commands import LibraryCommand
from desktop.ui.controllers.changes import Changes


class Writable:
    def __init__(self, answer):
        self.answer = answer

    def writable(self):
        return self.answer


class Recorded(LibraryCommand):
    def __init__(self, fail=False):
        super().__init__("a change")
        self.fail, self.done = fail, []

    def apply(self):
        if self.fail:
            raise library_error(ErrorCode.DISK_FULL, "library.sqlite3")
        self.done.append("apply")

    def revert(self):
        self.done.append("revert")


def test_a_change_is_applied_and_can_be_undone(services, host):
    stack = QUndoStack(host)
    changes = Changes(services, stack, Writable(True), host)
    command = Recorded()
    changes.push(command)
    stack.undo()
    assert command.done == ["apply", "revert"]


def test_a_read_only_library_takes_no_change(services, host):
    stack = QUndoStack(host)
    Changes(services, stack, Writable(False), host).push(Recorded())
    assert stack.count() == 0


def test_a_change_the_library_refuses_is_said_and_leaves_the_stack(
    services, host, qtbot, monkeypatch
):
    said = []
    monkeypatch.setattr(services.notifier, "refusal", said.append)
    stack = QUndoStack(host)
    changes = Changes(services, stack, Writable(True), host)
    with qtbot.waitSignal(services.events.libraryReloaded):
        changes.push(Recorded(fail=True))
    assert [e.code for e in said] == [ErrorCode.DISK_FULL]
    assert stack.count() == 0 or not stack.canUndo()  # never offers to undo what was not saved
