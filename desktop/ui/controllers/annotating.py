"""Annotating: highlights and notes on the open article (made, recoloured, re-noted, deleted,
re-placed), copying with a citation, and the annotations list that jumps back to them."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QInputDialog, QWidget

from desktop.services import annotations, export
from desktop.services.annotations import COLORS
from desktop.store.models import Highlight
from desktop.ui.actions import ActionId, highlight_action
from desktop.ui.commands import AddHighlight, DeleteHighlight, EditHighlight, MoveHighlight
from desktop.ui.controllers.base import Controller, WindowServices
from desktop.ui.controllers.changes import Changes
from desktop.ui.controllers.reading import ReadingController
from desktop.ui.models.annotations import AnnotationsModel, NoteRole
from desktop.ui.views.annotations_panel import AnnotationsPanel
from desktop.ui.views.note_dialog import NoteDialog
from desktop.ui.views.reader import ReaderView


class AnnotatingController(Controller):
    def __init__(
        self,
        services: WindowServices,
        changes: Changes,
        reading: ReadingController,
        reader: ReaderView,
        notes: AnnotationsModel,
        notes_panel: AnnotationsPanel,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(services, parent)
        self.changes, self.reading, self.reader = changes, reading, reader
        self.notes, self.notes_panel = notes, notes_panel

    def action_slots(self):
        colors = {
            highlight_action(c): lambda _=False, c=c: self.highlight_selection(c) for c in COLORS
        }
        return {ActionId.COPY_CITATION: self.copy_with_citation, **colors}

    def _parent(self) -> QWidget:
        return self.reader.window()

    def refresh_list(self) -> None:
        self.notes.set_rows(annotations.list_annotations(self.db, self.notes_panel.filters()))

    # ---- making and changing highlights ----

    def highlight_selection(self, color: str) -> None:
        selection = self.reader.selection_range()
        if self.reading.current is None or selection is None:
            self.notifier.status(self.tr("先在正文中选中要高亮的文字。"), 4000)
            return
        self.add_highlight(*selection, color)

    def add_highlight(self, start: int, end: int, color: str, note: str | None = None) -> None:
        current = self.reading.current
        if current is None:
            return
        self.changes.push(
            AddHighlight(
                self.db, current.article.id, start, end, color, note,
                self.events.highlights_changed,
            )
        )  # fmt: skip
        cursor = self.reader.textCursor()
        cursor.clearSelection()
        self.reader.setTextCursor(cursor)

    def _ask_note(self, start: int, end: int, note: str = "") -> str | None:
        """The note the user writes for the passage [start, end), in a dialog that shows it and
        sits beside it; None when cancelled."""
        current = self.reading.current
        quote = current.article.text[start:end] if current is not None else ""
        dialog = NoteDialog(quote, note, self._parent())
        dialog.place_beside(self.reader.passage_rect(start, end))
        if dialog.exec() != NoteDialog.DialogCode.Accepted:
            return None
        return dialog.note()

    def add_highlight_with_note(self, start: int, end: int) -> None:
        note = self._ask_note(start, end)
        if note is not None:
            self.add_highlight(start, end, "yellow", note or None)

    def _highlight(self, highlight_id: int) -> Highlight | None:
        return annotations.get_highlight(self.db, highlight_id)

    def _article_of(self, highlight: Highlight) -> int | None:
        current = self.reading.current
        if current is not None and current.article.key == highlight.article_key:
            return current.article.id
        return None

    def edit_note(self, highlight_id: int) -> None:
        h = self._highlight(highlight_id)
        if h is None:
            return
        if self._article_of(h) is not None and not h.orphaned:
            note = self._ask_note(h.start, h.end, h.note or "")
            ok = note is not None
        else:  # the passage is not on screen: nothing to sit beside
            note, ok = QInputDialog.getMultiLineText(
                self._parent(), self.tr("批注"), self.tr("批注（留空则删除批注）："), h.note or ""
            )
        if ok and (note or None) != h.note:
            self.changes.push(
                EditHighlight(
                    self.db, h, self._article_of(h), {"note": note}, self.events.highlights_changed
                )
            )

    def recolor_highlight(self, highlight_id: int, color: str) -> None:
        h = self._highlight(highlight_id)
        if h is not None and h.color != color:
            self.changes.push(
                EditHighlight(
                    self.db, h, self._article_of(h), {"color": color},
                    self.events.highlights_changed,
                )
            )  # fmt: skip

    def delete_highlight(self, highlight_id: int) -> None:
        h = self._highlight(highlight_id)
        if h is not None:
            self.changes.push(
                DeleteHighlight(
                    self.db, highlight_id, self._article_of(h), self.events.highlights_changed
                )
            )

    def replace_highlight(self, highlight_id: int) -> None:
        """Put a highlight (typically one a re-parse could not place) on the selected text."""
        h = self._highlight(highlight_id)
        selection = self.reader.selection_range()
        current = self.reading.current
        if h is None or current is None or selection is None:
            self.notifier.status(self.tr("先在正文中选中这段话的新位置。"))
            return
        self.changes.push(
            MoveHighlight(
                self.db, h, current.article.id, *selection, self.events.highlights_changed
            )
        )

    # ---- out of the reader ----

    def copy_with_citation(self) -> None:
        current = self.reading.current
        if current is None:
            return
        text = (
            self.reader.textCursor().selectedText().replace("\u2029", "\n") or current.article.text
        )
        QGuiApplication.clipboard().setText(f"{text}\n——{export.article_citation(current)}")
        self.notifier.status(self.tr("已复制，附引用。"), 3000)

    def jump_to_highlight(self, highlight_id: int) -> None:
        index = next(
            (
                self.notes.index(r, 0)
                for r in range(self.notes.rowCount())
                if self.notes.index(r, 0).data(NoteRole.HIGHLIGHT_ID) == highlight_id
            ),
            None,
        )
        if index is None:
            return
        row = self.notes.row_at(index.row())
        if row.article_id is None:
            self.notifier.info(self.tr("批注"), self.tr("这条高亮所在的文章已不在文库中。"))
            return
        self.reading.select_article(row.article_id)
        if not row.highlight.orphaned:
            self.reader.scroll_to_offset(row.highlight.start)
            self.reader.select_range(row.highlight.start, row.highlight.end)
        else:
            self.notifier.status(
                self.tr("这条高亮未能定位：在正文中选中新位置后按 1–5 重新高亮，再删除旧的。"), 8000
            )
