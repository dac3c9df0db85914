"""Trends: the 趋势 panel's chart of how many articles a month carry a tag, name a person or
match a search, counted off the UI thread; a bar's month narrows the tree to its articles,
and the chart goes out as PNG and its numbers as CSV.

The tag, people and search panels ask for a chart from their context ("显示时间趋势")."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QObject, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QFileDialog, QLineEdit, QMainWindow

from desktop.nlp.people import NamedPerson
from desktop.services.errors import InvalidInput
from desktop.services.exports.files import write_atomically
from desktop.services.search import SearchFilters
from desktop.services.trends import Trend, trend, trend_csv
from desktop.ui.actions import ActionId
from desktop.ui.controllers.base import DockPanel, WindowServices
from desktop.ui.controllers.reading import ReadingController
from desktop.ui.error_text import input_error_text
from desktop.ui.language_tools import LanguageTools
from desktop.ui.views.people_panel import PeoplePanel
from desktop.ui.views.search_panel import SearchPanel
from desktop.ui.views.tag_panel import TagPanel
from desktop.ui.views.trend_chart import TrendsPanel
from desktop.ui.workers import Job

NEEDS_JIEBA = ("person", "query")  # a tag's articles are found without the dictionary
CHART_HEIGHT = 340  # the dock's height when a chart is asked for, in a window tall enough


class TrendsController(DockPanel):
    NAME = "trendsDock"
    SHOW_ACTION = ActionId.SHOW_TRENDS

    def __init__(
        self,
        services: WindowServices,
        reading: ReadingController,
        language: LanguageTools,
        asked_from: tuple[TagPanel, PeoplePanel, SearchPanel, QLineEdit],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(services, parent)
        self.reading, self.language = reading, language
        self.panel = self.widget = TrendsPanel()
        self.chart = self.panel.chart
        self.subject: tuple[str, str] | None = None  # (kind, name or words) the chart counts
        self.filters = SearchFilters()  # a search's, from the search panel
        self.result: Trend | None = None
        self._people_cache: dict[tuple[int, int], list[NamedPerson]] = {}
        self._job: Job | None = None
        self._again = False
        self._stopped = False  # the window is closing: no new work
        tag_panel, people_panel, search_panel, search_field = asked_from
        self.people = people_panel.model  # the 人物 panel's index, when it is built
        self.people.modelReset.connect(self._people_changed)
        tag_panel.trendRequested.connect(lambda name: self.show_trend("tag", name))
        people_panel.trendRequested.connect(lambda name: self.show_trend("person", name))
        search_panel.trendRequested.connect(
            lambda: self.show_trend("query", search_field.text().strip(), search_panel.filters())
        )
        self.panel.subjectEntered.connect(self.show_trend)
        self.panel.exportImageRequested.connect(self.choose_image_file)
        self.panel.exportNumbersRequested.connect(self.choose_numbers_file)
        self.chart.monthChosen.connect(self.narrow_to_month)
        reading.narrowingCleared.connect(self._let_go)
        language.ready.connect(self._language_ready)
        self.events.tagsChanged.connect(self._tags_changed)

    def title(self) -> str:
        return self.tr("趋势")

    def reload(self) -> None:
        self.count()

    def show_trend(self, kind: str, text: str, filters: SearchFilters | None = None) -> None:
        """Chart `text` (a tag's name, a person's, search words, with the search panel's
        `filters`) and bring the panel forward."""
        if not text:
            return
        self.subject = (kind, text)
        self.filters = filters or SearchFilters()
        self.panel.set_subject(kind, text)
        dock = self.widget.parentWidget()
        if isinstance(dock, QDockWidget):
            dock.show()
            dock.raise_()
            QTimer.singleShot(0, lambda: self._make_room(dock))
        self.count()

    def _make_room(self, dock: QDockWidget) -> None:
        """The dock tall enough for bars one can compare (docks open at 230 px), once it is
        laid out."""
        window = dock.parentWidget()
        if isinstance(window, QMainWindow) and not dock.isFloating():
            height = max(dock.height(), min(CHART_HEIGHT, window.height() * 4 // 10))
            window.resizeDocks([dock], [height], Qt.Orientation.Vertical)

    # ---- counting, off the UI thread ----

    def count(self) -> None:
        if self.subject is None or self._stopped:
            return
        kind, text = self.subject
        if kind in NEEDS_JIEBA and not self.language.is_ready:
            self.panel.status.setText(self.tr("正在载入分词词典，稍后显示…"))
            return  # _language_ready counts then
        if self._job is not None:
            self._again = True
            return
        self.reading.narrow("trends", None)  # the bars chosen before count something else
        self.panel.status.setText(self.tr("正在统计…"))
        db, segmenter, cache, filters = (
            self.ctx.db, self.ctx.segmenter, self._people_cache, self.filters
        )  # fmt: skip
        # Indexing a large library's people takes a minute: the panel's index, when built.
        people = self.people.rows() if kind == "person" else None

        def work(_progress, _cancelled) -> Trend:
            return trend(
                db, segmenter, **{kind: text}, people_cache=cache, people=people,
                search_filters=filters,
            )  # fmt: skip

        job = Job(work, self)
        job.finished.connect(self._counted)
        job.failed.connect(self._failed)
        self._job = job
        job.start()

    def _done(self) -> bool:
        if self._job is not None:
            self._job.deleteLater()
        self._job = None
        if self._again:
            self._again = False
            self.count()
            return False
        return True

    def _counted(self, result: Trend) -> None:
        if not self._done():
            return
        self.result = result
        kind, text = self.subject
        self.chart.set_trend(result, self._title(kind, text), self.tr("没有符合的文章"))
        self.panel.set_exportable(bool(result.rows))
        self.panel.status.setText(self._summary())

    def _summary(self) -> str:
        result = self.result
        if result is None:
            return ""
        text = self.tr("共 %n 篇", "", result.total) if result.rows else ""
        if result.undated:
            text += self.tr("（另有 %n 篇所在期刊只有年份，未计入）", "", len(result.undated))
        return text

    def _failed(self, error: object) -> None:
        if not self._done():
            return
        self.result = None
        self.chart.set_trend(None, "")
        self.panel.set_exportable(False)
        if isinstance(error, InvalidInput):  # search words beyond the limits, say
            self.panel.status.setText(input_error_text(error))
        else:  # a bug: logged by the job already
            self.panel.status.setText(self.tr("趋势没有统计完成，详情已写入日志。"))

    def _title(self, kind: str, text: str) -> str:
        titles = {
            "tag": self.tr("每月带标签“{name}”的文章"),
            "person": self.tr("每月提到{name}的文章"),
            "query": self.tr("每月符合搜索“{name}”的文章"),
        }
        title = titles[kind].format(name=text)
        if kind == "query" and not self.filters.empty:
            title += self.tr("（按搜索面板的筛选条件）")
        return title

    def _language_ready(self) -> None:
        if self.subject is not None and self.subject[0] in NEEDS_JIEBA:
            self.count()

    def _let_go(self) -> None:
        """Another view showed the whole tree again: no month is chosen any more."""
        self.chart.clear_choice()
        self.panel.status.setText(self._summary())

    def _people_changed(self) -> None:
        if self.subject is not None and self.subject[0] == "person":
            self.count()

    def _tags_changed(self) -> None:
        if self.subject is not None and self.subject[0] == "tag":
            self.count()

    # ---- the tree ----

    def narrow_to_month(self, month: str) -> None:
        rows = self.result.rows if self.result else []
        ids = next((r.article_ids for r in rows if r.month == month), None)
        self.reading.narrow("trends", set(ids) if ids is not None else None)
        shown = self.reading.visible_article_ids() if ids else []
        if shown:  # the month's first article the other narrowings let through
            self.reading.select_article(shown[0])
        if ids is None:
            self.panel.status.setText(self._summary())
        else:  # how to let go is not obvious from the tree
            self.panel.status.setText(
                self.tr("目录只显示 {month} 的 %n 篇（再次点击该月取消）", "", len(shown)).format(
                    month=month
                )
            )

    # ---- exports ----

    def choose_image_file(self) -> None:
        target, _ = QFileDialog.getSaveFileName(
            self.widget.window(), self.tr("导出趋势图"), f"{self._file_stem()}.png", "*.png"
        )
        if target:
            self.export_image(Path(target))

    def choose_numbers_file(self) -> None:
        target, _ = QFileDialog.getSaveFileName(
            self.widget.window(), self.tr("导出趋势数据"), f"{self._file_stem()}.csv", "*.csv"
        )
        if target:
            self.export_numbers(Path(target))

    def _file_stem(self) -> str:
        text = self.subject[1] if self.subject else ""
        safe = "".join(c for c in text if c.isalnum() or c in "-_ ")[:30].strip()
        return self.tr("趋势") + (f"-{safe}" if safe else "")

    def export_image(self, path: Path) -> None:
        """The chart as it shows, as a PNG (written whole or not at all)."""
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self.chart.image().save(buffer, "PNG")
        self._write(path, bytes(buffer.data()))

    def export_numbers(self, path: Path) -> None:
        """The chart's numbers as CSV: month, count, each paper's count, the article ids."""
        if self.result is not None:
            self._write(path, trend_csv(self.result))

    def _write(self, path: Path, content: str | bytes) -> None:
        try:
            write_atomically(path, content)
        except InvalidInput as error:
            self.notifier.failure(self.tr("导出趋势"), error)
            return
        self.notifier.status(self.tr("已导出到 {p}").format(p=path), 6000)

    def stop(self) -> None:
        self._stopped = True  # a count asked for meanwhile would outlive the window
        if self._job is not None:
            self._job.wait()
