"""Focus mode: only the text. The panels, docks, toolbar and bars that were showing go, and
come back as they were when the mode ends (F11 again, or Esc)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QAction, QFontMetrics
from PySide6.QtWidgets import QDockWidget, QMainWindow, QToolTip, QWidget

from desktop.ui.controllers.base import Controller, WindowServices


class FocusMode(Controller):
    def __init__(
        self,
        services: WindowServices,
        window: QMainWindow,
        panels: list[QWidget],
        text: QWidget,
        action: QAction,
    ) -> None:
        super().__init__(services, window)
        self.window, self.panels, self.text, self.action = window, panels, text, action
        self._hidden: list[QWidget] = []  # what the mode hid, to show again

    @property
    def on(self) -> bool:
        return bool(self._hidden)

    def set(self, on: bool) -> None:
        if on and not self._hidden:
            w = self.window
            widgets = [*self.panels, w.menuBar(), w.statusBar(), *w.findChildren(QDockWidget)]
            self._hidden = [widget for widget in widgets if widget.isVisible()]
            for widget in self._hidden:
                widget.hide()
            self.text.setFocus()
            # The status bar is hidden now: the way out is said at the foot of the text, where
            # it covers no headline, for a few seconds.
            hint = self.tr("专注阅读：按 Esc 或 F11 退出")
            width = QFontMetrics(QToolTip.font()).horizontalAdvance(hint)
            foot = QPoint((self.text.width() - width) // 2, self.text.height() - 56)
            QToolTip.showText(self.text.mapToGlobal(foot), hint, self.text, QRect(), 4000)
        elif not on:
            for widget in self._hidden:
                widget.show()
            self._hidden = []
        self.action.setChecked(on)
