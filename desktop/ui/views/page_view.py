"""The page beside the text: the printed page an article came from, its region outlined, the
other articles' regions shown where the pointer is and opened by a click; page by page, zoomed.
The controller (controllers/page_view.py) draws the pages off the UI thread and hands them in."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

Box = tuple[float, float, float, float]


@dataclass(frozen=True)
class ShownRegion:
    article_id: int
    boxes: tuple[Box, ...]  # in points from the page's top left
    label: str  # the article's headline, for the tooltip


class PageCanvas(QWidget):
    """A drawn page with the regions of its articles; `scale` pixels of the image a point."""

    regionClicked = Signal(int)  # the article id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageCanvas")
        self.setMouseTracking(True)
        self.image = QImage()
        self.scale = 1.0
        self.regions: list[ShownRegion] = []
        self.current: int | None = None
        self.hovered: int | None = None
        self.accent = QColor("#1971c2")

    def set_page(
        self, image: QImage, scale: float, regions: list[ShownRegion], current: int | None
    ) -> None:
        self.image, self.scale, self.regions, self.current = image, scale, regions, current
        self.hovered = None
        ratio = image.devicePixelRatio() or 1.0
        self.setFixedSize(QSize(round(image.width() / ratio), round(image.height() / ratio)))
        self.update()

    def clear(self) -> None:
        self.set_page(QImage(), 1.0, [], None)

    def rect_of(self, box: Box) -> QRectF:
        """A box in points as a rectangle of this widget."""
        ratio = self.image.devicePixelRatio() or 1.0
        k = self.scale / ratio
        left, top, right, bottom = box
        return QRectF(left * k, top * k, (right - left) * k, (bottom - top) * k).adjusted(
            -3, -3, 3, 3
        )

    def region_at(self, point: QPointF) -> ShownRegion | None:
        """The region under a point; of one inside another (a caption in its story), the inner."""
        best: tuple[float, ShownRegion] | None = None
        for region in self.regions:
            for box in region.boxes:
                rect = self.rect_of(box)
                area = rect.width() * rect.height()
                if rect.contains(point) and (best is None or area < best[0]):
                    best = (area, region)
        return best[1] if best else None

    def current_rect(self) -> QRectF | None:
        """Where the current article's region is, to scroll it into view."""
        found = next((r for r in self.regions if r.article_id == self.current), None)
        if found is None:
            return None
        rect = QRectF()
        for box in found.boxes:
            rect = rect.united(self.rect_of(box))
        return rect

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        if not self.image.isNull():
            painter.drawImage(QPointF(0, 0), self.image)
        for region in self.regions:
            if region.article_id == self.current:
                fill, width = QColor(self.accent), 2.5
                fill.setAlpha(28)
            elif region.article_id == self.hovered:
                fill, width = QColor(self.accent), 1.0
                fill.setAlpha(14)
            else:
                continue
            pen = QPen(self.accent, width)
            painter.setPen(pen)
            painter.setBrush(fill)
            for box in region.boxes:
                painter.drawRoundedRect(self.rect_of(box), 3, 3)
        painter.end()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        region = self.region_at(event.position())
        hovered = region.article_id if region else None
        if hovered != self.hovered:
            self.hovered = hovered
            self.setCursor(
                Qt.CursorShape.PointingHandCursor if region else Qt.CursorShape.ArrowCursor
            )
            self.setToolTip(region.label if region else "")
            self.update()

    def leaveEvent(self, event: object) -> None:
        self.hovered = None
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        region = self.region_at(event.position())
        if event.button() == Qt.MouseButton.LeftButton and region is not None:
            self.regionClicked.emit(region.article_id)


class PageView(QWidget):
    """The page, with its page and zoom controls and the way to an article's other part."""

    shown = Signal()  # the view came into sight: draw what it should show
    resized = Signal()  # its width changed, and with it the width a page fits
    pageStepRequested = Signal(int)  # -1 or +1
    zoomRequested = Signal(int)  # -1 smaller, +1 larger, 0 the page's width
    partRequested = Signal()  # open the other part of an article that jumps pages

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageView")
        self.setMinimumWidth(320)
        self.canvas = PageCanvas()
        self.scroll = QScrollArea(objectName="pageScroll")
        self.scroll.setWidget(self.canvas)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroll.setWidgetResizable(False)
        self.previous = self._button(
            "‹", self.tr("上一版"), lambda: self.pageStepRequested.emit(-1)
        )
        self.next = self._button("›", self.tr("下一版"), lambda: self.pageStepRequested.emit(1))
        self.page_label = QLabel(objectName="pageNumber")
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page_label.setMinimumWidth(96)
        self.smaller = self._button("−", self.tr("缩小版面"), lambda: self.zoomRequested.emit(-1))
        self.fit = self._button(
            self.tr("适合宽度"), self.tr("版面与窗格同宽"), lambda: self.zoomRequested.emit(0)
        )
        self.larger = self._button("+", self.tr("放大版面"), lambda: self.zoomRequested.emit(1))
        self.part = QToolButton(objectName="pagePart")
        self.part.clicked.connect(self.partRequested)
        self.part.hide()
        self.message = QLabel(objectName="pageMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        for widget in (self.previous, self.page_label, self.next):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (self.smaller, self.fit, self.larger):
            bar.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(self.part, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.message)
        layout.addWidget(self.scroll, 1)
        layout.addStretch(0)
        self.show_message("")

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.shown.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.resized.emit()

    def _button(self, text: str, tip: str, slot: Callable[[], None]) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        button.clicked.connect(slot)
        return button

    def show_message(self, text: str) -> None:
        """A word in place of the page (no page to show, or one being drawn)."""
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def set_controls(self, page: int | None, pages: list[int]) -> None:
        at = pages.index(page) if page in pages else -1
        self.previous.setEnabled(at > 0)
        self.next.setEnabled(0 <= at < len(pages) - 1)
        for widget in (self.smaller, self.fit, self.larger):
            widget.setEnabled(at >= 0)
        self.page_label.setText(
            self.tr("第{page}版（共{count}版）").format(page=page, count=len(pages))
            if at >= 0
            else ""
        )

    def set_part(self, text: str) -> None:
        self.part.setText(text)
        self.part.setVisible(bool(text))

    def show_page(
        self, image: QImage, scale: float, regions: list[ShownRegion], current: int | None
    ) -> None:
        self.show_message("")
        self._set_page_shown(True)
        self.canvas.set_page(image, scale, regions, current)
        rect = self.canvas.current_rect()
        if rect is not None:
            self.scroll.ensureVisible(
                round(rect.center().x()), round(rect.top()), 40, round(self.scroll.height() / 3)
            )

    def clear(self, message: str) -> None:
        self.canvas.clear()
        self.set_controls(None, [])
        self.set_part("")
        self._set_page_shown(False)
        self.show_message(message)

    def _set_page_shown(self, shown: bool) -> None:
        """Without a page, its controls and its empty frame go too: only the word stays."""
        controls = (self.previous, self.page_label, self.next, self.smaller, self.fit, self.larger)
        for widget in (*controls, self.scroll):
            widget.setVisible(shown)

    def fit_width(self) -> float:
        """The width in pixels a page at the pane's width has (beside the scroll bar; the
        frame may be hidden, so measured from the view)."""
        margins = self.layout().contentsMargins()
        bar = self.scroll.verticalScrollBar().sizeHint().width()
        return max(200.0, self.width() - margins.left() - margins.right() - bar - 8.0)
