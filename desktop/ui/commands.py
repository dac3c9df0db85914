"""Undoable changes to the user's data. Each command does its work through the services and
then reports what changed, so the window can refresh what shows it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from desktop.services import annotations, tags
from desktop.store.database import Database
from desktop.store.errors import LibraryError
from desktop.store.models import Highlight

Changed = Callable[[int | None], None]  # an article id whose annotations changed (None: tags only)
Refused = Callable[[LibraryError], None]


class LibraryCommand(QUndoCommand):
    """A change saved through the services. When the library refuses it (the disk is full, the
    file is read-only or locked), the command reports that and leaves the stack (obsolete), so
    the stack never offers to undo a change that was not saved."""

    refused: Refused | None = None  # set by whoever pushes the command

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def _guarded(self, step: Callable[[], None]) -> None:
        try:
            step()
        except LibraryError as error:
            if self.refused is None:
                raise
            self.setObsolete(True)
            self.refused(error)

    def redo(self) -> None:
        self._guarded(self.apply)

    def undo(self) -> None:
        self._guarded(self.revert)


class AddHighlight(LibraryCommand):
    def __init__(
        self,
        db: Database,
        article_id: int,
        start: int,
        end: int,
        color: str,
        note: str | None,
        changed: Changed,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("Commands", "高亮")
            if not note
            else QCoreApplication.translate("Commands", "高亮并批注")
        )
        self.db, self.article_id, self.changed = db, article_id, changed
        self.args = (start, end, color, note)
        self.saved: Highlight | None = None

    def apply(self) -> None:
        if self.saved is None:
            start, end, color, note = self.args
            self.saved = annotations.add_highlight(
                self.db, self.article_id, start, end, color, note
            )
        else:
            annotations.restore_highlight(self.db, self.saved)
        self.changed(self.article_id)

    def revert(self) -> None:
        assert self.saved is not None and self.saved.id is not None
        annotations.delete_highlight(self.db, self.saved.id)
        self.changed(self.article_id)


class DeleteHighlight(LibraryCommand):
    def __init__(
        self, db: Database, highlight_id: int, article_id: int | None, changed: Changed
    ) -> None:
        super().__init__(QCoreApplication.translate("Commands", "删除高亮"))
        self.db, self.highlight_id, self.article_id, self.changed = (
            db,
            highlight_id,
            article_id,
            changed,
        )
        self.saved: Highlight | None = None

    def apply(self) -> None:
        self.saved = annotations.delete_highlight(self.db, self.highlight_id)
        self.changed(self.article_id)

    def revert(self) -> None:
        assert self.saved is not None
        annotations.restore_highlight(self.db, self.saved)
        self.changed(self.article_id)


class EditHighlight(LibraryCommand):
    """A new note or colour; `before` holds the old values of the same fields."""

    def __init__(
        self,
        db: Database,
        highlight: Highlight,
        article_id: int | None,
        changes: dict,
        changed: Changed,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("Commands", "修改批注")
            if "note" in changes
            else QCoreApplication.translate("Commands", "更改高亮颜色")
        )
        self.db, self.highlight_id, self.article_id, self.changed = (
            db,
            highlight.id,
            article_id,
            changed,
        )
        self.after = dict(changes)
        self.before = {key: getattr(highlight, key) for key in changes}

    def apply(self) -> None:
        annotations.edit_highlight(self.db, self.highlight_id, **self.after)
        self.changed(self.article_id)

    def revert(self) -> None:
        annotations.edit_highlight(self.db, self.highlight_id, **self.before)
        self.changed(self.article_id)


class MoveHighlight(LibraryCommand):
    """Re-place a highlight (typically an orphaned one) on a newly selected passage."""

    def __init__(
        self,
        db: Database,
        highlight: Highlight,
        article_id: int,
        start: int,
        end: int,
        changed: Changed,
    ):
        super().__init__(QCoreApplication.translate("Commands", "重新定位高亮"))
        self.db, self.article_id, self.changed = db, article_id, changed
        self.before = Highlight.model_validate(highlight.model_dump())
        self.target = (article_id, start, end)

    def apply(self) -> None:
        assert self.before.id is not None
        annotations.move_highlight(self.db, self.before.id, *self.target)
        self.changed(self.article_id)

    def revert(self) -> None:
        assert self.before.id is not None
        annotations.delete_highlight(self.db, self.before.id)
        annotations.restore_highlight(self.db, self.before)
        self.changed(self.article_id)


class TagArticles(LibraryCommand):
    """Put a tag on articles, or take it off; undo touches only the articles that changed."""

    def __init__(
        self, db: Database, name: str, article_ids: list[int], *, add: bool, changed: Changed
    ) -> None:
        label = (
            QCoreApplication.translate("Commands", "添加标签“{name}”")
            if add
            else QCoreApplication.translate("Commands", "移除标签“{name}”")
        )
        super().__init__(label.format(name=name))
        self.db, self.name, self.add, self.changed = db, tags.check_name(name), add, changed
        existing = {t.name.lower() for t in tags.list_tags(db)}
        self.created = add and self.name.lower() not in existing
        having = set(tags.articles_with_tags(db, [self.name])) if not self.created else set()
        self.ids = [i for i in article_ids if (i not in having) == add]
        self.article = article_ids[0] if len(article_ids) == 1 else None

    def apply(self) -> None:
        if self.add:
            tags.tag_articles(self.db, self.name, self.ids)
        else:
            tags.untag_articles(self.db, self.name, self.ids)
        self.changed(self.article)

    def revert(self) -> None:
        if self.add:
            tags.untag_articles(self.db, self.name, self.ids)
            if self.created:
                tags.delete_tag(self.db, self.name)
        else:
            tags.tag_articles(self.db, self.name, self.ids)
        self.changed(self.article)


class RenameTag(LibraryCommand):
    def __init__(self, db: Database, old: str, new: str, changed: Changed) -> None:
        super().__init__(QCoreApplication.translate("Commands", "重命名标签"))
        self.db, self.old, self.new, self.changed = db, old, tags.check_name(new), changed

    def apply(self) -> None:
        tags.rename_tag(self.db, self.old, self.new)
        self.changed(None)

    def revert(self) -> None:
        tags.rename_tag(self.db, self.new, self.old)
        self.changed(None)
