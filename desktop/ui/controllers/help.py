"""Help: the keyboard shortcuts (made from the action table, so never out of step) and About."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.ui.actions import ActionId, ActionSet
from desktop.ui.controllers.base import Controller, WindowServices
from desktop.ui.views.shortcuts import ShortcutsDialog, shortcut_rows


class HelpController(Controller):
    def __init__(self, services: WindowServices, actions: ActionSet, window: QWidget) -> None:
        super().__init__(services, window)
        self.actions, self.window = actions, window

    def action_slots(self):
        return {ActionId.SHORTCUTS: self.show_shortcuts, ActionId.ABOUT: self.show_about}

    def show_shortcuts(self) -> None:
        ShortcutsDialog(shortcut_rows(self.actions), self.window).exec()

    def show_about(self) -> None:
        QMessageBox.about(
            self.window, self.tr("关于区报阅读"),
            self.tr("区报阅读 District Reader\n离线阅读、检索、高亮、批注区级报纸。\n文库：{path}").format(path=self.db.path),  # noqa: E501 (one translatable message)
        )  # fmt: skip
