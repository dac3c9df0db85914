"""The page view's behaviour: the open article's printed page, drawn off the UI thread from the
issue's kept PDFs, with its region outlined; another region clicked opens that article; page
by page and zoom; the other part of an article that jumps pages one click away. An issue
imported as text has no page: the action that shows the view is disabled and says why."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QImage

from desktop.services import pages
from desktop.services.articles import ArticleView, list_articles
from desktop.ui.actions import ActionId
from desktop.ui.controllers.base import DockPanel, WindowServices
from desktop.ui.controllers.reading import ReadingController
from desktop.ui.views.page_view import PageView, ShownRegion
from desktop.ui.workers import Job

ZOOM_STEP = 1.25
ZOOMS = (0.35, 4.0)  # of the pane's width


@dataclass(frozen=True)
class _Want:
    issue_id: int
    article_id: int | None
    page: int | None  # None: the article's own page
    zoom: float
    width: float
    ratio: float  # device pixels per pixel


@dataclass(frozen=True)
class _Drawn:
    want: _Want
    layout: pages.PageLayout
    labels: dict[int, str]
    page: int
    image: pages.PageImage


class PageViewController(DockPanel):
    NAME = "pageDock"
    SHOW_ACTION = ActionId.SHOW_PAGE
    AREA = Qt.DockWidgetArea.RightDockWidgetArea

    pageShown = Signal(int)  # the printed page now drawn

    def __init__(
        self, services: WindowServices, reading: ReadingController, parent: QObject | None = None
    ) -> None:
        super().__init__(services, parent)
        self.reading = reading
        self.view = self.widget = PageView()
        self._layouts: dict[int, tuple[pages.PageLayout, dict[int, str]]] = {}
        self._has_pages: dict[int, bool] = {}
        self.issue_id: int | None = None
        self.article_id: int | None = None
        self.page: int | None = None
        self.zoom = 1.0
        self._job: Job | None = None
        self._again = False
        self._stopped = False  # the window is closing: no new work
        self.drawn: _Drawn | None = None
        self._action: QAction | None = None
        reading.articleOpened.connect(self.on_article)
        self.view.shown.connect(self._request)
        # At the pane's width, a page is drawn again when the pane's width settles.
        self._refit = QTimer(self, singleShot=True, interval=150)
        self._refit.timeout.connect(self._fit_again)
        self.view.resized.connect(self._refit.start)
        self.view.canvas.regionClicked.connect(self.open_article)
        self.view.pageStepRequested.connect(self.step_page)
        self.view.zoomRequested.connect(self.change_zoom)
        self.view.partRequested.connect(self.open_part)

    def title(self) -> str:
        return self.tr("版面")

    def reload(self) -> None:
        self._layouts.clear()
        self._has_pages.clear()
        self.on_article(self.reading.current)

    def stop(self) -> None:
        self._stopped = True  # a page asked for meanwhile would outlive the window
        if self._job is not None:
            self._job.wait()

    # ---- what to show ----

    def on_article(self, view: ArticleView | None) -> None:
        self.article_id = view.article.id if view else None
        self.issue_id = view.issue_id if view else None
        self.page = None
        has = self.issue_id is not None and self._issue_has_pages(self.issue_id)
        self._enable_action(has or view is None)
        if view is None:
            self.view.clear(self.tr("打开一篇文章，这里显示它所在的版面。"))
        elif not has:
            self.view.clear(
                self.tr("这一期是从文字导入的，没有版面可显示：只有从 PDF 导入的期刊才有版面。")
            )
        else:
            self._request()

    def _issue_has_pages(self, issue_id: int) -> bool:
        if issue_id not in self._has_pages:
            self._has_pages[issue_id] = pages.has_pages(self.db, issue_id)
        return self._has_pages[issue_id]

    def set_action(self, action: QAction) -> None:
        """The window's action that shows the view: enabled only where there is a page."""
        self._action = action

    def _enable_action(self, enabled: bool) -> None:
        if self._action is None:
            return
        # Left enabled while the view is open, so that it can be closed the same way.
        self._action.setEnabled(enabled or self.view.isVisible())
        self._action.setToolTip(
            self.tr("显示文章所在的版面")
            if enabled
            else self.tr("这一期是从文字导入的，没有版面（只有 PDF 导入的期刊有）")
        )

    def open_article(self, article_id: int) -> None:
        if article_id != self.article_id:
            self.reading.select_article(article_id)

    def open_part(self) -> None:
        if self.drawn is not None and self.article_id in self.drawn.layout.parts:
            self.open_article(self.drawn.layout.parts[self.article_id])

    def step_page(self, step: int) -> None:
        if self.drawn is None:
            return
        numbers = self.drawn.layout.numbers
        at = numbers.index(self.drawn.page) + step
        if 0 <= at < len(numbers):
            self.page = numbers[at]
            self._request()

    def change_zoom(self, step: int) -> None:
        zoom = 1.0 if step == 0 else self.zoom * (ZOOM_STEP if step > 0 else 1 / ZOOM_STEP)
        self.zoom = min(max(zoom, ZOOMS[0]), ZOOMS[1])
        self._request()

    def _fit_again(self) -> None:
        drawn = self.drawn
        if drawn is not None and abs(drawn.want.width - self.view.fit_width()) > 8:
            self.page = drawn.page
            self._request()

    # ---- drawing, off the UI thread ----

    def _request(self) -> None:
        if self._stopped or self.issue_id is None or not self.view.isVisible():
            return  # drawn when the view is shown
        if not self._issue_has_pages(self.issue_id):
            return
        if self._job is not None:
            self._again = True
            return
        want = _Want(
            self.issue_id,
            self.article_id,
            self.page,
            self.zoom,
            self.view.fit_width(),
            self.view.devicePixelRatioF(),
        )
        if self.drawn is None or self.drawn.want.issue_id != want.issue_id:
            self.view.show_message(self.tr("正在绘制版面…"))
        db, cached = self.db, self._layouts.get(want.issue_id)

        def work(_progress, _cancelled) -> _Drawn | None:
            if cached is None:
                layout = pages.issue_layout(db, want.issue_id)
                if layout is None:
                    return None
                labels = {row.id: row.label for row in list_articles(db, want.issue_id)}
            else:
                layout, labels = cached
            page = want.page or (
                layout.page_of(want.article_id) if want.article_id is not None else None
            )
            page = page or layout.numbers[0]
            stored = layout.stored(page)
            assert stored is not None
            image = pages.render_page(db, stored, zoom=want.zoom * want.ratio, width=want.width)
            return _Drawn(want, layout, labels, page, image)

        job = Job(work, self)
        job.finished.connect(self._drawn)
        job.failed.connect(self._failed)
        self._job = job
        job.start()

    def _finish_job(self) -> bool:
        """Whether the result is still wanted (else the newer request goes out)."""
        if self._job is not None:
            self._job.deleteLater()
        self._job = None
        if self._again:
            self._again = False
            self._request()
            return False
        return True

    def _drawn(self, drawn: _Drawn | None) -> None:
        if drawn is not None:
            self._layouts[drawn.want.issue_id] = (drawn.layout, drawn.labels)
        if not self._finish_job():
            return
        if drawn is None:
            self.view.clear(self.tr("这一期没有版面可显示。"))
            return
        self.drawn = drawn
        layout, image = drawn.layout, drawn.image
        qimage = QImage(
            image.pixels, image.width, image.height, image.stride, QImage.Format.Format_RGB32
        ).copy()  # its own pixels: the bytes go with the result
        qimage.setDevicePixelRatio(drawn.want.ratio)
        regions = [
            ShownRegion(r.article_id, r.boxes, drawn.labels.get(r.article_id, ""))
            for r in layout.regions_on(drawn.page)
        ]
        self.view.set_controls(drawn.page, layout.numbers)
        self.view.set_part(self._part_text(layout))
        self.view.show_page(qimage, image.scale, regions, drawn.want.article_id)
        self.pageShown.emit(drawn.page)

    def _part_text(self, layout: pages.PageLayout) -> str:
        if self.article_id is None or self.article_id not in layout.parts:
            return ""
        other = layout.parts[self.article_id]
        here, there = layout.page_of(self.article_id), layout.page_of(other)
        if here is None or there is None:
            return ""
        if there > here:
            return self.tr("续见第 {page} 版 ›").format(page=there)
        return self.tr("‹ 上接第 {page} 版").format(page=there)

    def _failed(self, error: object) -> None:
        if self._finish_job():
            self.view.clear(self.tr("版面没能绘制出来，详情已写入日志。"))
