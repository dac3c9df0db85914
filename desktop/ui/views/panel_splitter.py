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
        # The side panels' widths the user wants: given back as far as the window allows.
        first = panel_sizes(width)
        self.preferred = (first[0], first[2])
        self.splitterMoved.connect(self._remember)

    def _remember(self, _pos: int = 0, _index: int = 0) -> None:
        sizes = self.sizes()
        self.preferred = (sizes[0], sizes[2])

    def restoreState(self, state) -> bool:  # type: ignore[override]
        restored = super().restoreState(state)
        if restored:
            self._remember()
        return restored

    def fit(self, window_width: int) -> None:
        """The side panels at the widths the user wants, as far as the reader keeps
        READER_SHARE of `window_width`: in a narrow window they share what is left in
        PANEL_SHARES' proportion, never below SIDE_PANEL_LEAST; when the window grows again
        they grow back to the user's widths."""
        sizes = self.sizes()
        total = sum(sizes)
        if not self.isVisible() or total <= 0:
            return
        budget = total - math.ceil(READER_SHARE * window_width)  # for both side panels
        want_left, want_right = self.preferred
        if want_left + want_right <= budget:
            left, right = want_left, want_right
        else:
            left_share = PANEL_SHARES[0] / (PANEL_SHARES[0] + PANEL_SHARES[2])
            left = max(SIDE_PANEL_LEAST, min(want_left, int(budget * left_share)))
            right = max(SIDE_PANEL_LEAST, min(want_right, budget - left))
        if [left, right] != [sizes[0], sizes[2]]:
            self.setSizes([left, total - left - right, right])
