"""Tagging: the open article's tags and suggested topics, every tag with its count, putting tags
on and off, renaming, merging, recolouring and deleting them, and narrowing the tree by tags."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog, QInputDialog, QWidget

from desktop.services import tags
from desktop.services.errors import InvalidInput
from desktop.services.suggestions import LearnerCache, suggest_for_article
from desktop.ui.actions import ActionId
from desktop.ui.commands import LibraryCommand, RenameTag, TagArticles
from desktop.ui.controllers.base import Controller, WindowServices
from desktop.ui.controllers.changes import Changes
from desktop.ui.controllers.reading import ReadingController
from desktop.ui.error_text import input_error_text
from desktop.ui.language_tools import LanguageTools
from desktop.ui.models.tags import SuggestionModel, TagListModel
from desktop.ui.views.tag_panel import TagPanel
from desktop.ui.workers import Job


class TaggingController(Controller):
    def __init__(
        self,
        services: WindowServices,
        changes: Changes,
        reading: ReadingController,
        language: LanguageTools,
        panel: TagPanel,
        all_tags: TagListModel,
        article_tags: TagListModel,
        suggestions: SuggestionModel,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(services, parent)
        self.changes, self.reading, self.language = changes, reading, language
        self.panel, self.all_tags = panel, all_tags
        self.article_tags, self.suggestions = article_tags, suggestions
        # Tags learned from the user's own tagging, retrained in the background as they tag.
        self.learners = LearnerCache()
        self._learning: Job | None = None
        self._relearn = False  # the tagging changed again while learning
        self._stopped = False  # the window is closing: no new work

    def _parent(self) -> QWidget:
        return self.panel.window()

    # ---- what the panel shows ----

    def action_slots(self):
        return {ActionId.TAG_ARTICLE: self.focus_input}

    def refresh_all(self) -> None:
        selected = self.panel.selected_tags()
        self.panel.tag_list.selectionModel().blockSignals(True)
        self.all_tags.set_rows(tags.list_tags(self.db))
        self.panel.select_tags(selected)
        self.panel.tag_list.selectionModel().blockSignals(False)

    def refresh_article(self) -> None:
        """The open article's tags, and the topics its words suggest once jieba is loaded
        (LanguageTools.ready calls this again)."""
        current = self.reading.current
        if current is None:
            self.article_tags.set_rows([])
            self.suggestions.set_rows([])
            return
        article_id = current.article.id
        self.article_tags.set_rows(tags.article_tags(self.db, article_id))
        if self.language.is_ready:
            self.suggestions.set_rows(
                suggest_for_article(
                    self.db, self.ctx.segmenter, self.ctx.lexicon, article_id,
                    learner=self.learners.learner,
                )
            )  # fmt: skip
        else:
            self.suggestions.set_rows([])

    def on_tags_changed(self) -> None:
        self.refresh_all()
        self.refresh_article()
        self.learn()

    # ---- learning from the user's tags ----

    def learn(self) -> None:
        """Retrain the learned suggestions off the UI thread (once jieba is loaded)."""
        if not self.language.is_ready or self._stopped:
            return  # LanguageTools.ready calls this
        if self._learning is not None:
            self._relearn = True
            return
        db, segmenter, learners = self.db, self.ctx.segmenter, self.learners
        job = Job(lambda _progress, _cancelled: learners.refresh(db, segmenter), self)
        job.finished.connect(self._learned)
        job.failed.connect(self._learned)  # a failure is logged; the old learner stays
        self._learning = job
        job.start()

    def _learned(self, _result: object) -> None:
        if self._learning is not None:
            self._learning.deleteLater()
        self._learning = None
        if self._relearn:
            self._relearn = False
            self.learn()
        else:
            self.refresh_article()

    def stop(self) -> None:
        self._stopped = True  # a relearning asked for meanwhile would outlive the window
        if self._learning is not None:
            self._learning.wait()

    # ---- tags on and off ----

    def _push(self, make: type[LibraryCommand], *args, **kw) -> None:
        """Build the command (it checks the name) and push it; a bad name is said in a box."""
        try:
            command = make(*args, **kw)
        except InvalidInput as error:
            self.notifier.warn(self.tr("标签"), input_error_text(error))
            return
        if not isinstance(command, TagArticles) or command.ids:
            self.changes.push(command)

    def tag_current(self, name: str) -> None:
        current = self.reading.current
        if current is not None:
            self._push(
                TagArticles, self.db, name, [current.article.id], add=True,
                changed=self.events.tags_changed,
            )  # fmt: skip

    def untag_current(self, name: str) -> None:
        current = self.reading.current
        if current is not None:
            self._push(
                TagArticles, self.db, name, [current.article.id], add=False,
                changed=self.events.tags_changed,
            )  # fmt: skip

    def tag_articles(self, name: str, article_ids: list[int]) -> None:
        self._push(
            TagArticles, self.db, name, article_ids, add=True, changed=self.events.tags_changed
        )

    def focus_input(self) -> None:
        self.panel.input.setFocus()

    def filter_tree(self, names: list[str], mode: str) -> None:
        ids = set(tags.articles_with_tags(self.db, names, mode)) if names else None
        self.reading.narrow("tags", ids)

    # ---- the tags themselves ----

    def rename(self, name: str) -> None:
        if not self.reading.writable():
            return
        new, ok = QInputDialog.getText(
            self._parent(), self.tr("重命名标签"), self.tr("新名称："), text=name
        )
        if ok and new.strip() and new.strip() != name:
            self._push(RenameTag, self.db, name, new, self.events.tags_changed)

    def merge(self, names: list[str]) -> None:
        if not self.reading.writable():
            return
        target, ok = QInputDialog.getItem(
            self._parent(), self.tr("合并标签"), self.tr("合并到："), names, 0, False
        )
        others = [n for n in names if n != target]
        question = self.tr("把 {others} 合并到“{target}”？这一步不能撤销。").format(
            others="、".join(others), target=target
        )
        if ok and self.notifier.ask(self.tr("合并标签"), question):
            tags.merge_tags(self.db, others, target)
            self.changes.forget()
            self.events.tagsChanged.emit()

    def recolor(self, name: str) -> None:
        if not self.reading.writable():
            return
        current = next((t.color for t in tags.list_tags(self.db) if t.name == name), "#1971c2")
        color = QColorDialog.getColor(QColor(current), self._parent(), self.tr("标签颜色"))
        if color.isValid():
            tags.recolor_tag(self.db, name, color.name())
            self.events.tagsChanged.emit()

    def delete(self, name: str) -> None:
        if not self.reading.writable():
            return
        count = next((t.count for t in tags.list_tags(self.db) if t.name == name), 0)
        question = self.tr(
            "删除标签“{name}”？它会从 %n 篇文章上移除，这一步不能撤销。", "", count
        ).format(name=name)
        if self.notifier.ask(self.tr("删除标签"), question):
            tags.delete_tag(self.db, name)
            self.changes.forget()
            self.events.tagsChanged.emit()
