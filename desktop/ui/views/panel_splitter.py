"""The window's three columns — issue tree, reader, tag panel — and how they share its width:
in a narrow window the side panels give way so that the text keeps most of it."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QWidget

# The tree, the reader and the tag panel share the window's width in this proportion; the
# reader keeps at least READER_SHARE of it when the window is narrow.
PANEL_SHARES = (22, 60, 18)
READER_SHARE = 0.6
SIDE_PANEL_LEAST = 140  # pixels


def panel_sizes(width: int) -> list[int]:
    """The tree's, the reader's and the tag panel's widths for a window `width` wide."""
    return [width * share // 100 for share in PANEL_SHARES]


class PanelSplitter(QSplitter):
    def __init__(self, tree: QWidget, reader: QWidget, side: QWidget, width: int) -> None:
        super().__init__(Qt.Orientation.Horizontal, objectName="mainSplitter")
        for widget in (tree, reader, side):
            self.addWidget(widget)
        self.setStretchFactor(1, 1)
        for number, widget in ((0, tree), (2, side)):
            widget.setMinimumWidth(SIDE_PANEL_LEAST)  # narrow windows may squeeze them this far
            self.setCollapsible(number, False)
        self.setSizes(panel_sizes(width))

    def fit(self, window_width: int) -> None:
        """Give the reader READER_SHARE of `window_width` if it has less: the side panels share
        what is left in PANEL_SHARES' proportion, never below SIDE_PANEL_LEAST and never wider
        than the user left them."""
        sizes = self.sizes()
        total = sum(sizes)
        if not self.isVisible() or total <= 0 or sizes[1] >= READER_SHARE * window_width:
            return
        budget = total - math.ceil(READER_SHARE * window_width)  # for both side panels
        left_share = PANEL_SHARES[0] / (PANEL_SHARES[0] + PANEL_SHARES[2])
        left = max(SIDE_PANEL_LEAST, min(sizes[0], int(budget * left_share)))
        right = max(SIDE_PANEL_LEAST, min(sizes[2], budget - left))
        self.setSizes([left, total - left - right, right])
