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


def drag(splitter, left: int, right: int) -> None:
    """As the user drags the two handles: the tree to `left` wide, the tag panel to `right`."""
    splitter.moveSplitter(left, 1)
    total = sum(splitter.sizes()) + splitter.handleWidth() * 2
    splitter.moveSplitter(total - right - splitter.handleWidth(), 2)


def test_in_a_narrow_window_the_side_panels_give_way_to_the_text(qtbot):
    window, splitter = _window(qtbot, 1000)
    drag(splitter, 400, 300)  # the user had widened the side panels
    splitter.fit(window.width())
    left, reader, right = splitter.sizes()
    assert reader >= READER_SHARE * window.width() - 1
    assert left >= SIDE_PANEL_LEAST and right >= SIDE_PANEL_LEAST
    assert left > right  # still in the panels' proportion


def test_a_reader_wide_enough_is_left_as_the_user_set_it(qtbot):
    window, splitter = _window(qtbot, 1600)
    drag(splitter, 200, 200)
    before = splitter.sizes()
    splitter.fit(window.width())
    assert splitter.sizes() == before


def test_side_panels_squeezed_by_a_narrow_window_grow_back_when_it_widens(qtbot):
    window, splitter = _window(qtbot, 1600)
    drag(splitter, 300, 260)
    wanted = splitter.sizes()
    assert abs(wanted[0] - 300) <= 2 and abs(wanted[2] - 260) <= 2
    window.resize(1000, 700)
    qtbot.waitUntil(lambda: sum(splitter.sizes()) < 1000)
    splitter.fit(window.width())
    narrow = splitter.sizes()
    assert narrow[0] < wanted[0] and narrow[1] >= READER_SHARE * 1000 - 1
    window.resize(1600, 700)
    qtbot.waitUntil(lambda: sum(splitter.sizes()) > 1500)
    splitter.fit(window.width())
    grown = splitter.sizes()
    assert (grown[0], grown[2]) == (wanted[0], wanted[2])  # the user's widths, given back
