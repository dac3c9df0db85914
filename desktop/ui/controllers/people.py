"""People: the index of who the library names, built off the UI thread (an article's own
people are kept between builds, so a rebuild reads only new or changed articles), and the
tree narrowed to the chosen people's articles."""

from __future__ import annotations

from PySide6.QtCore import QObject

from desktop.services.people import NamedPerson, PersonEntry, people_index
from desktop.ui.actions import ActionId
from desktop.ui.controllers.base import DockPanel, WindowServices
from desktop.ui.controllers.reading import ReadingController
from desktop.ui.language_tools import LanguageTools
from desktop.ui.models.people import PeopleModel
from desktop.ui.views.people_panel import PeoplePanel
from desktop.ui.workers import Job


class PeopleController(DockPanel):
    NAME = "peopleDock"
    SHOW_ACTION = ActionId.SHOW_PEOPLE

    def __init__(
        self,
        services: WindowServices,
        reading: ReadingController,
        language: LanguageTools,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(services, parent)
        self.reading, self.language = reading, language
        self.model = PeopleModel(self)
        self.panel = self.widget = PeoplePanel(self.model)
        self._cache: dict[tuple[int, int], list[NamedPerson]] = {}
        self._job: Job | None = None
        self._again = False
        self._stopped = False  # the window is closing: no new work
        language.ready.connect(self.rebuild)
        self.panel.filterChanged.connect(self.filter_tree)
        reading.narrowingCleared.connect(self.panel.clear_choice)

    def title(self) -> str:
        return self.tr("人物")

    def reload(self) -> None:
        self.rebuild()

    def rebuild(self) -> None:
        """Index the library's people again (after an import, a re-parse; once jieba is
        loaded)."""
        if not self.language.is_ready or self._stopped:
            return  # LanguageTools.ready calls this
        if self._job is not None:
            self._again = True
            return
        db, segmenter, cache = self.ctx.db, self.ctx.segmenter, self._cache
        self.panel.status.setText(self.tr("正在整理人物…"))
        job = Job(lambda _progress, _cancelled: people_index(db, segmenter, cache=cache), self)
        job.finished.connect(self._built)
        job.failed.connect(self._failed)
        self._job = job
        job.start()

    def _done(self) -> bool:
        if self._job is not None:
            self._job.deleteLater()
        self._job = None
        if self._again:
            self._again = False
            self.rebuild()
            return False
        return True

    def _built(self, people: list[PersonEntry]) -> None:
        if self._done():
            self.model.set_rows(people)
            self.panel.status.setText(self.tr("%n 位人物", "", len(people)))

    def _failed(self, _error: object) -> None:
        if self._done():
            self.panel.status.setText(self.tr("人物没有整理完成，详情已写入日志。"))

    def filter_tree(self, article_ids: list[int]) -> None:
        self.reading.narrow("people", set(article_ids) if article_ids else None)

    def stop(self) -> None:
        self._stopped = True  # an index asked for meanwhile would outlive the window
        if self._job is not None:
            self._job.wait()
