"""The trend chart alone: bars as tall as their counts, a hover that tells the month's counts
by paper, a click (or Left/Right and Enter) that chooses a month and a second that lets go,
and its image for a PNG."""

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QColor, QMouseEvent
from PySide6.QtWidgets import QApplication

from desktop.services.trends import Trend, TrendRow
from desktop.ui.theme import THEMES, palette_for
from desktop.ui.views.trend_chart import TrendChart, TrendsPanel, nice_step
from tests.helpers.keyboard import type_text

TREND = Trend(
    [
        TrendRow("2023-05", 4, (1, 2, 3, 4), (3, 1)),
        TrendRow("2023-06", 0, (), (0, 0)),
        TrendRow("2023-07", 2, (7, 8), (0, 2)),
    ],
    (),
    ("嘉定报", "嘉定国资"),
)


def chart_of(qtbot, trend=TREND):
    chart = TrendChart()
    qtbot.addWidget(chart)
    chart.resize(600, 300)
    chart.set_trend(trend, "每月提到陆方舟的文章", "没有符合的文章")
    chart.show()
    qtbot.waitExposed(chart)
    return chart


def test_the_count_axis_steps_by_one_two_or_five():
    assert [nice_step(n) for n in (1, 5, 6, 11, 40, 230)] == [1, 1, 2, 5, 10, 50]


def test_bars_are_as_tall_as_their_counts(qtbot):
    chart = chart_of(qtbot)
    first, empty, third = (chart.bar_rect(i) for i in range(3))
    assert empty.height() == 0
    assert abs(first.height() - 2 * third.height()) < 0.01
    assert first.left() < empty.left() < third.left()


def test_a_click_chooses_a_month_and_a_second_click_lets_go(qtbot):
    chart = chart_of(qtbot)
    chosen = []
    chart.monthChosen.connect(chosen.append)
    centre = chart.bar_rect(2).center().toPoint()
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=centre)
    assert chosen == ["2023-07"] and chart.chosen == 2
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=centre)
    assert chosen == ["2023-07", ""] and chart.chosen is None
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=QPoint(2, 2))  # off the bars
    assert len(chosen) == 2


def test_the_keyboard_moves_over_the_months_and_enter_chooses(qtbot):
    chart = chart_of(qtbot)
    chosen = []
    chart.monthChosen.connect(chosen.append)
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_Left, Qt.Key.Key_Return):
        qtbot.keyClick(chart, key)
    assert chosen == ["2023-05"]


def test_hovering_a_bar_lights_it_and_tells_its_counts_by_paper(qtbot):
    chart = chart_of(qtbot)
    # The pointer's move as the widget gets it: the platform's own pointer, shared with every
    # other window a test left open, sends none when it already stands there.
    point = chart.bar_rect(0).center()
    move = QMouseEvent(
        QEvent.Type.MouseMove, point, chart.mapToGlobal(point),
        Qt.MouseButton.NoButton, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(chart, move)
    assert chart.hovered == 0
    assert chart.tooltip_text(0).splitlines() == [
        "2023-05：4 篇",
        "嘉定报：3 篇",
        "嘉定国资：1 篇",
        "点击以在目录中只显示这些文章",
    ]
    assert chart.tooltip_text(1).splitlines() == ["2023-06：0 篇"]


def test_the_image_shows_the_papers_colours_on_the_background(qtbot):
    chart = chart_of(qtbot)
    image = chart.image()
    assert image.width() == 1200 and image.devicePixelRatio() == 2
    first = chart.bar_rect(0)
    bottom_paper = image.pixelColor(
        (first.center().toPoint() + QPoint(0, int(first.height() / 3))) * 2
    )
    assert bottom_paper == QColor("#4c6ef5")  # the first paper's colour, at the bar's foot
    top_paper = image.pixelColor(QPoint(int(first.center().x()), int(first.top()) + 3) * 2)
    assert top_paper == QColor("#f08c00")  # the second paper's share on top


def test_nothing_to_count_says_so(qtbot):
    chart = chart_of(qtbot, Trend([], ()))
    assert chart.months() == []
    chart.choose("2023-05")
    assert chart.chosen is None


def test_the_panel_says_what_to_count_on_enter(qtbot):
    panel = TrendsPanel()
    qtbot.addWidget(panel)
    asked = []
    panel.subjectEntered.connect(lambda kind, text: asked.append((kind, text)))
    panel.set_subject("person", "")
    type_text(panel.subject, " 陆方舟 ")
    qtbot.keyClick(panel.subject, Qt.Key.Key_Return)
    assert asked == [("person", "陆方舟")]
    assert not panel.export_image.isEnabled() and not panel.export_numbers.isEnabled()


def test_the_chart_is_drawn_in_the_themes_colours(qtbot):
    chart = chart_of(qtbot)
    for name in ("light", "dark"):
        chart.setPalette(palette_for(THEMES[name]))
        corner = chart.image().pixelColor(QPoint(4, 4))
        assert corner == chart.palette().color(chart.palette().ColorRole.Base)
        assert (corner.lightness() < 100) == (name == "dark")
