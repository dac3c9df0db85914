from PySide6.QtWidgets import QLabel, QMainWindow

from desktop.ui.views.panel_splitter import (
    PANEL_SHARES,
    READER_SHARE,
    SIDE_PANEL_LEAST,
    PanelSplitter,
    panel_sizes,
)


def test_a_first_start_shares_the_width_in_the_panels_proportion():
    assert panel_sizes(1000) == [10 * share for share in PANEL_SHARES]


def _window(qtbot, width):
    window = QMainWindow()
    qtbot.addWidget(window)
    splitter = PanelSplitter(QLabel("tree"), QLabel("reader"), QLabel("tags"), width)
    window.setCentralWidget(splitter)
    window.resize(width, 700)
    window.show()
    qtbot.waitExposed(window)
    return window, splitter


def test_in_a_narrow_window_the_side_panels_give_way_to_the_text(qtbot):
    window, splitter = _window(qtbot, 1000)
    splitter.setSizes([400, 300, 300])  # the user had widened the side panels
    splitter.fit(window.width())
    left, reader, right = splitter.sizes()
    assert reader >= READER_SHARE * window.width() - 1
    assert left >= SIDE_PANEL_LEAST and right >= SIDE_PANEL_LEAST
    assert left > right  # still in the panels' proportion


def test_a_reader_wide_enough_is_left_as_the_user_set_it(qtbot):
    window, splitter = _window(qtbot, 1600)
    splitter.setSizes([200, 1200, 200])
    before = splitter.sizes()
    splitter.fit(window.width())
    assert splitter.sizes() == before
