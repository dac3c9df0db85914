"""Undoable changes, pushed in one place: refused while the library is read-only, and reported
(and dropped from the undo stack) when the library refuses to save them."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack

from desktop.store.errors import LibraryError
from desktop.ui.commands import LibraryCommand
from desktop.ui.controllers.base import Controller, WindowServices
from desktop.ui.controllers.reading import ReadingController


class Changes(Controller):
    def __init__(
        self,
        services: WindowServices,
        stack: QUndoStack,
        reading: ReadingController,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(services, parent)
        self.stack, self.reading = stack, reading

    def push(self, command: LibraryCommand) -> None:
        if not self.reading.writable():
            return
        command.refused = self._refused
        self.stack.push(command)

    def forget(self) -> None:
        """After a change that cannot be undone (merge, delete): older steps may refer to it."""
        self.stack.clear()

    def _refused(self, error: LibraryError) -> None:
        self.notifier.refusal(error)
        self.events.libraryReloaded.emit()
