"""Correcting the parse by hand from the window: the reader's context menu on a paragraph (a new
article from here, move it to a neighbour, say what the line is, join it with the next one, cut
it at the cursor, merge with a neighbour) and the tree's on an article (merge with a neighbour,
say what a headline line is). Each correction is a step of the window's undo stack: Undo and
Redo walk the issue's corrections log (services/corrections.py). After each, the window reloads
and finds the open article again by its key."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtWidgets import QMenu

from desktop.domain.corrections import HEADLINE, ROLES
from desktop.nlp import Segmenter
from desktop.services import corrections as correcting
from desktop.services.articles import get_article
from desktop.services.errors import InvalidInput
from desktop.store.database import Database
from desktop.ui.commands import LibraryCommand
from desktop.ui.controllers.base import Controller, WindowServices
from desktop.ui.controllers.changes import Changes
from desktop.ui.controllers.reading import ReadingController
from desktop.ui.error_text import input_error_text
from desktop.ui.views.article_fields_dialog import ArticleFieldsDialog
from desktop.ui.views.corrections_dialog import CorrectionsDialog

CONTEXT = "Correcting"
HEADLINE_MOST = 80  # characters: a longer paragraph is not offered as a new article's title
# Why a correction could not be made where it was asked for (code correction_not_here).
NOT_HERE = {
    "split": QT_TRANSLATE_NOOP("Correcting", "不能从这里拆分：前面没有可以留下的内容。"),
    "merge": QT_TRANSLATE_NOOP("Correcting", "不能合并：那一边没有文章。"),
    "move": QT_TRANSLATE_NOOP("Correcting", "不能移动：那一边没有文章，或这一行不是段落。"),
    "role": QT_TRANSLATE_NOOP("Correcting", "这一行已经是这个作用。"),
    "join": QT_TRANSLATE_NOOP("Correcting", "不能合并段落：后面没有下一段。"),
    "cut": QT_TRANSLATE_NOOP("Correcting", "不能在这里分段：光标不在段落中间。"),
    "ambiguous": QT_TRANSLATE_NOOP(
        "Correcting", "不能在这里更正：本期别处有一模一样的一行（连同前后文字），无法认出是哪一行。"
    ),
}
ROLE_NAMES = {
    "kicker": QT_TRANSLATE_NOOP("Correcting", "引题"),
    "title": QT_TRANSLATE_NOOP("Correcting", "标题"),
    "subtitle": QT_TRANSLATE_NOOP("Correcting", "副题"),
    "byline": QT_TRANSLATE_NOOP("Correcting", "署名"),
    "caption": QT_TRANSLATE_NOOP("Correcting", "图片说明"),
    "page_header": QT_TRANSLATE_NOOP("Correcting", "版头"),
    "body": QT_TRANSLATE_NOOP("Correcting", "正文"),
}


class CorrectionCommand(LibraryCommand):
    """A correction already made (the controller makes it first, so that one it cannot make
    never reaches the stack): undo and redo walk the issue's corrections log."""

    def __init__(
        self, db: Database, segmenter: Segmenter, issue_id: int, text: str, done: Callable[[], None]
    ) -> None:
        super().__init__(text)
        self.db, self.segmenter, self.issue_id, self.done = db, segmenter, issue_id, done
        self.made = True  # the first redo, on push, only reports it

    def apply(self) -> None:
        if not self.made:
            correcting.redo(self.db, self.segmenter, self.issue_id)
        self.made = False
        self.done()

    def revert(self) -> None:
        correcting.undo(self.db, self.segmenter, self.issue_id)
        self.done()


def paragraph_at(text: str, offset: int) -> tuple[int, int]:
    """The paragraph of an article's text an offset is in (its block's index), and where in it."""
    paragraph = text.count("\n", 0, offset)
    return paragraph, offset - (text.rfind("\n", 0, offset) + 1)


class CorrectingController(Controller):
    def __init__(
        self,
        services: WindowServices,
        changes: Changes,
        reading: ReadingController,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(services, parent)
        self.changes, self.reading = changes, reading

    # ---- the menus ----

    def reader_menu(self, menu: QMenu, offset: int) -> None:
        """The open article's corrections at `offset` of its text, as a submenu of the reader's."""
        view = self.reading.current
        if view is None or offset < 0 or self.db.read_only:
            return
        article_id, text = view.article.id, view.article.text
        assert article_id is not None
        paragraph, at = paragraph_at(text, offset)
        line = text.split("\n")[paragraph]
        fix = menu.addMenu(self.tr("更正解析"))
        titled = fix.addAction(
            self.tr("从此段起另成一篇，此段作标题"),
            lambda: self.split(article_id, paragraph, ["title"]),
        )
        titled.setEnabled(len(line) <= HEADLINE_MOST)  # running text is never a headline
        fix.addAction(self.tr("从此段起另成一篇"), lambda: self.split(article_id, paragraph, []))
        fix.addAction(
            self.tr("把此段移到上一篇"), lambda: self.move(article_id, paragraph, "previous")
        )
        fix.addAction(self.tr("把此段移到下一篇"), lambda: self.move(article_id, paragraph, "next"))
        roles = fix.addMenu(self.tr("此段是"))
        for role in ROLES:
            roles.addAction(
                QCoreApplication.translate(CONTEXT, ROLE_NAMES[role]),
                lambda r=role: self.set_role(article_id, paragraph, r),
            )
        fix.addAction(self.tr("与下一段合为一段"), lambda: self.join(article_id, paragraph))
        cut = fix.addAction(self.tr("在光标处分段"), lambda: self.cut(article_id, paragraph, at))
        cut.setEnabled(0 < at < len(line))
        fix.addSeparator()
        fix.addAction(self.tr("编辑标题与署名…"), lambda: self.edit_fields(article_id))
        self._merges(fix, article_id)
        menu.addSeparator()

    def article_menu(self, menu: QMenu, article_id: int) -> None:
        """An article's corrections in the tree: merge, and what its headline lines are."""
        view = get_article(self.db, article_id)
        if view is None or self.db.read_only:
            return
        fix = menu.addMenu(self.tr("更正解析"))
        fix.addAction(self.tr("编辑标题与署名…"), lambda: self.edit_fields(article_id))
        self._merges(fix, article_id)
        for field in HEADLINE:
            line = getattr(view.article, field)
            if not line:
                continue
            name = QCoreApplication.translate(CONTEXT, ROLE_NAMES[field])
            roles = fix.addMenu(
                self.tr("%1「%2」其实是").replace("%1", name).replace("%2", line[:16])
            )
            for role in ROLES:
                if role != field:
                    roles.addAction(
                        QCoreApplication.translate(CONTEXT, ROLE_NAMES[role]),
                        lambda f=field, r=role: self.set_role(article_id, f, r),
                    )

    def issue_menu(self, menu: QMenu, issue_id: int) -> None:
        menu.addAction(self.tr("本期的更正…"), lambda: self.show_corrections(issue_id))

    def show_corrections(self, issue_id: int) -> None:
        """The issue's corrections, the ones whose text is gone among them."""
        names = {r: QCoreApplication.translate(CONTEXT, n) for r, n in ROLE_NAMES.items()}
        views = correcting.list_corrections(self.db, issue_id)
        CorrectionsDialog(views, names, self.reading.reader.window()).exec()

    def _merges(self, menu: QMenu, article_id: int) -> None:
        menu.addAction(self.tr("与上一篇合并"), lambda: self.merge(article_id, "previous"))
        menu.addAction(self.tr("与下一篇合并"), lambda: self.merge(article_id, "next"))

    # ---- the corrections ----

    def split(self, article_id: int, paragraph: int, roles: list[str]) -> None:
        self._correct(
            article_id,
            self.tr("拆分文章"),
            lambda: correcting.split(self.db, self.ctx.segmenter, article_id, paragraph, roles),
        )

    def merge(self, article_id: int, direction: str) -> None:
        self._correct(
            article_id,
            self.tr("合并文章"),
            lambda: correcting.merge(self.db, self.ctx.segmenter, article_id, direction),
        )

    def move(self, article_id: int, paragraph: int, direction: str) -> None:
        self._correct(
            article_id,
            self.tr("移动段落"),
            lambda: correcting.move_paragraph(
                self.db, self.ctx.segmenter, article_id, paragraph, direction
            ),
        )

    def set_role(self, article_id: int, line: int | str, role: str) -> None:
        self._correct(
            article_id,
            self.tr("更改行的作用"),
            lambda: correcting.set_role(self.db, self.ctx.segmenter, article_id, line, role),
        )

    def edit_fields(self, article_id: int) -> None:
        """The headline fields, authors, source, section and kind, in a dialog."""
        view = get_article(self.db, article_id)
        if view is None or not self.reading.writable():
            return
        dialog = ArticleFieldsDialog(view.article, self.reading.reader.window())
        if dialog.exec() != ArticleFieldsDialog.DialogCode.Accepted or not dialog.changed():
            return
        fields = dialog.changed()
        self._correct(
            article_id,
            self.tr("编辑标题与署名"),
            lambda: correcting.edit_fields(self.db, self.ctx.segmenter, article_id, fields),
        )

    def join(self, article_id: int, paragraph: int) -> None:
        self._correct(
            article_id,
            self.tr("合并段落"),
            lambda: correcting.join_paragraphs(self.db, self.ctx.segmenter, article_id, paragraph),
        )

    def cut(self, article_id: int, paragraph: int, at: int) -> None:
        self._correct(
            article_id,
            self.tr("分段"),
            lambda: correcting.cut_paragraph(
                self.db, self.ctx.segmenter, article_id, paragraph, at
            ),
        )

    def _message(self, problem: InvalidInput) -> str:
        operation = str(problem.params.get("operation", ""))
        if problem.code == "correction_not_here" and operation in NOT_HERE:
            return QCoreApplication.translate(CONTEXT, NOT_HERE[operation])
        return input_error_text(problem)

    def _correct(
        self, article_id: int, text: str, make: Callable[[], correcting.CorrectionOutcome]
    ) -> None:
        if not self.reading.writable():
            return
        view = get_article(self.db, article_id)
        if view is None:
            return
        try:
            make()
        except InvalidInput as problem:
            self.notifier.warn(self.tr("更正解析"), self._message(problem))
            return
        issue_id = view.article.issue_id
        done = self.events.libraryReloaded.emit
        self.changes.push(CorrectionCommand(self.db, self.ctx.segmenter, issue_id, text, done))
