"""Progress while a library made by an earlier version is brought up to date, before the window
opens: the steps that rewrite data (giving every issue its text identity, say) take seconds at a
large library. Cancel rolls the upgrade back, leaving the file as it was, and ends the start."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog

SHOW_AFTER_MS = 400  # a quick upgrade shows nothing


class UpgradeCancelled(Exception):
    """The user cancelled the upgrade: the migration rolled back, nothing was changed."""


class UpgradeProgress:
    """A `progress(done, total)` callback for open_library; the dialog appears once the
    upgrade has taken longer than SHOW_AFTER_MS."""

    def __init__(self) -> None:
        self.dialog: QProgressDialog | None = None

    def __call__(self, done: int, total: int) -> None:
        if self.dialog is None:
            self.dialog = QProgressDialog(
                QCoreApplication.translate("UpgradeProgress", "正在升级文库，请稍候…"),
                QCoreApplication.translate("UpgradeProgress", "取消"),
                0,
                max(total, 1),
            )
            self.dialog.setObjectName("upgradeProgress")
            self.dialog.setWindowTitle(QCoreApplication.translate("UpgradeProgress", "区报阅读"))
            self.dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
            self.dialog.setMinimumDuration(SHOW_AFTER_MS)
        self.dialog.setValue(done)
        QCoreApplication.processEvents()  # the dialog paints and its Cancel is heard
        if self.dialog.wasCanceled():
            raise UpgradeCancelled

    def close(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
