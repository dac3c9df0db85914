"""The trend chart: articles a month as bars, stacked by paper, drawn with QPainter (Qt's own
charts are in the Addons package the app does not ship); and the 趋势 panel around it, which
says what is counted and exports the chart.

The chart is the palette's colours (light and dark follow the theme) and the application's
font (the bundled CJK fonts draw the labels). Hovering a bar lights it and shows its counts;
clicking it (or Enter on it, after Left/Right) chooses its month, clicking it again lets go."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from desktop.services.trends import Trend

# One colour a paper, readable on a light and a dark background alike.
SERIES_COLORS = ("#4c6ef5", "#f08c00", "#2f9e44", "#d6336c", "#1098ad", "#7048e8", "#868e96")
MARGIN = 12
TICK = 4
GAP = 0.25  # of each month's width, between bars


def nice_step(largest: int, ticks: int = 5) -> int:
    """The step of the count axis: 1, 2 or 5 times a power of ten, with at most `ticks` steps
    up to `largest`."""
    if largest <= ticks:
        return 1
    raw = largest / ticks
    power = 10 ** math.floor(math.log10(raw))
    return next(m * power for m in (1, 2, 5, 10) if m * power >= raw)


class TrendChart(QWidget):
    monthChosen = Signal(str)  # the month of the bar chosen ("": none any more)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trendChart")
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 180)
        self.trend: Trend | None = None
        self.title = ""
        self.empty_text = ""
        self.hovered: int | None = None
        self.chosen: int | None = None

    def sizeHint(self) -> QSize:
        return QSize(720, 320)

    def set_trend(self, trend: Trend | None, title: str, empty_text: str = "") -> None:
        self.trend, self.title, self.empty_text = trend, title, empty_text
        self.hovered = self.chosen = None
        self.update()

    def months(self) -> list[str]:
        return [r.month for r in self.trend.rows] if self.trend else []

    def choose(self, month: str | None) -> None:
        """Choose the bar of `month` (None: no bar) and say so."""
        months = self.months()
        self.chosen = months.index(month) if month in months else None
        self.update()
        self.monthChosen.emit(month if self.chosen is not None else "")

    def clear_choice(self) -> None:
        """No bar chosen (the tree's narrowing was let go elsewhere); says nothing."""
        self.chosen = None
        self.update()

    def image(self) -> QImage:
        """The chart as it shows, for a PNG, at twice its size on the screen (sharp in a
        document or on a high-density screen)."""
        image = QImage(self.size() * 2, QImage.Format.Format_ARGB32)
        image.setDevicePixelRatio(2)
        image.fill(self.palette().color(QPalette.ColorRole.Base))
        self.render(image)
        return image

    # ---- geometry ----

    def _plot(self) -> QRectF:
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        left = metrics.horizontalAdvance(str(self._axis_top())) + MARGIN + TICK + 4
        # the title (the legend beside it when it fits), then a line for the tallest bar's count
        top = MARGIN + line * (2 if self._legend_beside_title(metrics) else 3) + 8
        bottom = MARGIN + line + TICK + 4
        return QRectF(
            left, top, max(self.width() - left - MARGIN, 1), max(self.height() - top - bottom, 1)
        )

    def _legend_width(self, metrics: QFontMetrics) -> float:
        box = metrics.height() * 0.7
        return sum(box + 4 + metrics.horizontalAdvance(p) + 14 for p in self._legend())

    def _legend_beside_title(self, metrics: QFontMetrics) -> bool:
        room = self.width() - 2 * MARGIN - metrics.horizontalAdvance(self.title) - 24
        return self._legend_width(metrics) <= room

    def _axis_top(self) -> int:
        largest = max((r.count for r in self.trend.rows), default=0) if self.trend else 0
        step = nice_step(largest)
        return max(step, math.ceil(largest / step) * step)

    def _legend(self) -> list[str]:
        return list(self.trend.papers) if self.trend and len(self.trend.papers) > 1 else []

    def bar_rect(self, index: int) -> QRectF:
        """Where the bar of the `index`th month is drawn (its full height for the month's
        count; the whole column's width, so a hover anywhere above a short bar finds it)."""
        plot = self._plot()
        width = plot.width() / len(self.trend.rows)
        row = self.trend.rows[index]
        height = plot.height() * row.count / self._axis_top()
        left = plot.left() + index * width + width * GAP / 2
        return QRectF(left, plot.bottom() - height, width * (1 - GAP), height)

    def _index_at(self, point: QPointF) -> int | None:
        if not self.trend or not self.trend.rows:
            return None
        plot = self._plot()
        if not plot.left() <= point.x() < plot.right() or point.y() > plot.bottom() + TICK + 20:
            return None
        return min(int((point.x() - plot.left()) / plot.width() * len(self.trend.rows)),
                   len(self.trend.rows) - 1)  # fmt: skip

    # ---- drawing ----

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        text = palette.color(QPalette.ColorRole.Text)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        metrics = QFontMetrics(self.font())
        painter.setPen(text)
        painter.drawText(
            QRectF(MARGIN, MARGIN, self.width() - 2 * MARGIN, metrics.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(self.title, Qt.TextElideMode.ElideRight, self.width() - 2 * MARGIN),
        )
        if not self.trend or not self.trend.rows:
            painter.setPen(muted)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            return
        self._draw_legend(painter, metrics, text)
        plot = self._plot()
        self._draw_count_axis(painter, plot, metrics, muted)
        for index in range(len(self.trend.rows)):
            self._draw_bar(painter, index, palette)
        self._draw_month_axis(painter, plot, metrics, text, muted)

    def _draw_legend(self, painter: QPainter, metrics: QFontMetrics, text: QColor) -> None:
        if self._legend_beside_title(metrics):  # right-aligned on the title's line
            x, y = self.width() - MARGIN - self._legend_width(metrics) + 14, float(MARGIN)
        else:
            x, y = float(MARGIN), MARGIN + metrics.height() + 4.0
        box = metrics.height() * 0.7
        for number, paper in enumerate(self._legend()):
            painter.fillRect(QRectF(x, y + (metrics.height() - box) / 2, box, box), _series(number))
            x += box + 4
            painter.setPen(text)
            painter.drawText(QPointF(x, y + metrics.ascent()), paper)
            x += metrics.horizontalAdvance(paper) + 14

    def _draw_count_axis(
        self, painter: QPainter, plot: QRectF, metrics: QFontMetrics, muted: QColor
    ) -> None:
        top = self._axis_top()
        step = nice_step(top)
        grid = QColor(muted)
        grid.setAlpha(60)
        for value in range(0, top + 1, step):
            y = plot.bottom() - plot.height() * value / top
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(muted)
            label = str(value)
            painter.drawText(
                QPointF(plot.left() - TICK - 4 - metrics.horizontalAdvance(label),
                        y + metrics.ascent() / 2 - 1),
                label,
            )  # fmt: skip

    def _draw_bar(self, painter: QPainter, index: int, palette: QPalette) -> None:
        row = self.trend.rows[index]
        bar = self.bar_rect(index)
        if index == self.hovered:
            column = QRectF(bar.left(), self._plot().top(), bar.width(), self._plot().height())
            shade = QColor(palette.color(QPalette.ColorRole.Highlight))
            shade.setAlpha(40)
            painter.fillRect(column, shade)
        bottom = bar.bottom()
        split = row.by_paper or (row.count,)
        for number, count in enumerate(split):
            if not count:
                continue
            height = bar.height() * count / row.count
            color = _series(number)
            if index == self.hovered:
                color = color.lighter(120)
            painter.fillRect(QRectF(bar.left(), bottom - height, bar.width(), height), color)
            bottom -= height
        metrics = QFontMetrics(self.font())
        label = str(row.count)
        if row.count and metrics.horizontalAdvance(label) <= bar.width():
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            painter.drawText(
                QRectF(bar.left(), bar.top() - metrics.height() - 1, bar.width(), metrics.height()),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                label,
            )
        if index == self.chosen:
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Text), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(bar.adjusted(-1, -1, 1, 1))

    def _draw_month_axis(
        self, painter: QPainter, plot: QRectF, metrics: QFontMetrics, text: QColor, muted: QColor
    ) -> None:
        painter.setPen(QPen(muted, 1))
        painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
        rows = self.trend.rows
        width = plot.width() / len(rows)
        label_width = metrics.horizontalAdvance("2023-05") + 10
        every = max(1, math.ceil(label_width / width))
        for index, row in enumerate(rows):
            if index % every:
                continue
            x = plot.left() + (index + 0.5) * width
            painter.setPen(QPen(muted, 1))
            painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + TICK))
            painter.setPen(text if index == self.chosen else muted)
            label_x = x - metrics.horizontalAdvance(row.month) / 2
            label_x = min(max(label_x, plot.left() - 4), self.width() - MARGIN - label_width + 10)
            painter.drawText(QPointF(label_x, plot.bottom() + TICK + 2 + metrics.ascent()),
                             row.month)  # fmt: skip

    # ---- the user ----

    def tooltip_text(self, index: int) -> str:
        row = self.trend.rows[index]
        lines = [self.tr("{month}：%n 篇", "", row.count).format(month=row.month)]
        if len(self.trend.papers) > 1:
            lines += [
                self.tr("{paper}：%n 篇", "", count).format(paper=paper)
                for paper, count in zip(self.trend.papers, row.by_paper, strict=True)
                if count
            ]
        if row.count:
            lines.append(self.tr("点击以在目录中只显示这些文章"))
        return "\n".join(lines)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        index = self._index_at(event.position())
        if index != self.hovered:
            self.hovered = index
            self.update()
        if index is None:
            QToolTip.hideText()
        else:
            QToolTip.showText(event.globalPosition().toPoint(), self.tooltip_text(index), self)

    def leaveEvent(self, _event) -> None:
        self.hovered = None
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self._index_at(event.position())
        if event.button() != Qt.MouseButton.LeftButton or index is None:
            return super().mousePressEvent(event)
        self._toggle(index)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        rows = self.trend.rows if self.trend else []
        key = event.key()
        if rows and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            step = -1 if key == Qt.Key.Key_Left else 1
            start = self.hovered if self.hovered is not None else self.chosen
            self.hovered = min(max((start if start is not None else -step) + step, 0),
                               len(rows) - 1)  # fmt: skip
            self.update()
            center = self.bar_rect(self.hovered).center().toPoint()
            QToolTip.showText(self.mapToGlobal(center), self.tooltip_text(self.hovered), self)
        elif rows and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            if self.hovered is not None:
                self._toggle(self.hovered)
        else:
            super().keyPressEvent(event)

    def _toggle(self, index: int) -> None:
        self.choose(None if index == self.chosen else self.trend.rows[index].month)


def _series(number: int) -> QColor:
    return QColor(SERIES_COLORS[number % len(SERIES_COLORS)])


class TrendsPanel(QWidget):
    """What is counted (a tag, a person or a search), the chart, and its exports."""

    subjectEntered = Signal(str, str)  # kind ("tag" | "person" | "query"), the name or words
    exportImageRequested = Signal()
    exportNumbersRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trendsPanel")
        self.kind = QComboBox(objectName="trendKind")
        self.kind.addItem(self.tr("标签"), "tag")
        self.kind.addItem(self.tr("人物"), "person")
        self.kind.addItem(self.tr("搜索"), "query")
        self.subject = QLineEdit(objectName="trendSubject")
        self.subject.setPlaceholderText(self.tr("标签名、人名或搜索词（回车显示）"))
        self.subject.setClearButtonEnabled(True)
        self.subject.returnPressed.connect(self._entered)
        self.kind.activated.connect(lambda _i: self._entered())
        self.export_image = QPushButton(self.tr("导出图片…"), objectName="trendExportImage")
        self.export_image.clicked.connect(self.exportImageRequested)
        self.export_numbers = QPushButton(self.tr("导出数据…"), objectName="trendExportCsv")
        self.export_numbers.clicked.connect(self.exportNumbersRequested)
        self.status = QLabel(objectName="trendStatus")
        self.chart = TrendChart(self)
        row = QHBoxLayout()
        row.addWidget(self.kind)
        row.addWidget(self.subject, 1)
        row.addWidget(self.status, 1)
        row.addWidget(self.export_image)
        row.addWidget(self.export_numbers)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.addLayout(row)
        layout.addWidget(self.chart, 1)
        self.set_exportable(False)

    def set_subject(self, kind: str, text: str) -> None:
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self.subject.setText(text)

    def set_exportable(self, exportable: bool) -> None:
        self.export_image.setEnabled(exportable)
        self.export_numbers.setEnabled(exportable)

    def _entered(self) -> None:
        if self.subject.text().strip():
            self.subjectEntered.emit(self.kind.currentData(), self.subject.text().strip())
