"""The copies of a library that can be restored, newest first, for the library-problem dialog."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from desktop.store.backups import Backup
from desktop.ui.models.rows import RowListModel

PathRole = Qt.ItemDataRole.UserRole + 1


class BackupListModel(RowListModel):
    """Rows: Backup."""

    def __init__(self, backups: list[Backup], parent=None) -> None:
        super().__init__(parent, backups)

    def row_data(self, backup: Backup, role: int, column: int):
        if role == Qt.ItemDataRole.DisplayRole:
            if backup.kind == "daily":
                text = QCoreApplication.translate("BackupListModel", "{day} 的每日备份")
            else:
                text = QCoreApplication.translate("BackupListModel", "升级前的副本 {day}")
            size = f"{backup.size / 1e6:.1f} MB"
            return f"{text.format(day=backup.label)}  ·  {size}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(backup.path)
        if role == PathRole:
            return str(backup.path)
        return None
