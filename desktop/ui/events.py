"""What changed in the library, said once by whoever changed it and heard by whatever shows it.

Commands and controllers emit; models and views subscribe. Each signal names one kind of change,
so a new highlight refreshes the reader's marks and the annotations list, not the tag lists, and
a new tag refreshes the tag lists, not every annotation in the library."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class LibraryEvents(QObject):
    highlightsChanged = Signal(object)  # the article whose highlights changed, or None: several
    tagsChanged = Signal()  # tags created, renamed, merged, recoloured, deleted, put on or off
    articleStateChanged = Signal(int, bool, bool)  # article id, read, starred
    libraryReloaded = Signal()  # issues imported, re-parsed, edited or deleted; a backup restored

    # The callbacks undo commands take (commands.Changed): each says what it changed.
    def highlights_changed(self, article_id: int | None) -> None:
        self.highlightsChanged.emit(article_id)

    def tags_changed(self, _article_id: int | None = None) -> None:
        self.tagsChanged.emit()
