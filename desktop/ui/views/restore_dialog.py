"""Choose a backup to put in place of the open library (File → 备份 → 从备份恢复文库…)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListView, QVBoxLayout

from desktop.store.backups import Backup
from desktop.ui.models.backups import BackupListModel, PathRole


class RestoreDialog(QDialog):
    def __init__(self, backups: list[Backup], parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("从备份恢复文库"))
        self.backups = BackupListModel(backups, self)
        self.list = QListView(objectName="backupList")
        self.list.setModel(self.backups)
        if backups:
            self.list.selectionModel().setCurrentIndex(
                self.backups.index(0), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        self.list.doubleClicked.connect(lambda _i: self.accept())
        hint = QLabel(
            self.tr(
                "所选备份会替换当前文库；当前文库会改名保留在原处，不会被删除。"
                "备份之后的高亮、批注和标签请先用“导出全部批注与标签”保存，恢复后再导入。"
            )
            if backups
            else self.tr("还没有这个文库的备份。区报阅读每天启动后会自动备份一次。")
        )
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("恢复"))
        ok.setEnabled(bool(backups))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(560, 360)

    def chosen(self) -> Path | None:
        index = self.list.currentIndex()
        return Path(index.data(PathRole)) if index.isValid() else None
