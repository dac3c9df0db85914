"""The copies of a library that can be restored, newest first, for the library-problem dialog."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from desktop.store.backups import Backup

PathRole = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


class BackupListModel(QAbstractListModel):
    def __init__(self, backups: list[Backup], parent=None) -> None:
        super().__init__(parent)
        self._backups = list(backups)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._backups)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._backups):
            return None
        backup = self._backups[index.row()]
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
