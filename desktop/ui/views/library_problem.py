"""Shown when the library cannot be opened: what is wrong, in plain words, and the ways out —
restore a backup, open it read-only, or choose (or start) another library."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QStyle,
    QVBoxLayout,
)

from desktop.store.backups import Backup
from desktop.store.errors import (
    DiskFullError,
    ErrorCode,
    LibraryDamagedError,
    LibraryError,
    LibraryLockedError,
    LibraryReadOnlyError,
    LibraryTooNewError,
)
from desktop.ui.error_text import library_error_text
from desktop.ui.models.backups import BackupListModel, PathRole


class WayOut(Enum):
    RESTORE = "restore"
    READ_ONLY = "read_only"
    OTHER = "other"


_HEADLINES: tuple[tuple[type[LibraryError], str], ...] = (
    (LibraryDamagedError, QT_TRANSLATE_NOOP("LibraryProblem", "文库文件已损坏，无法打开。")),
    (LibraryLockedError, QT_TRANSLATE_NOOP("LibraryProblem", "文库正被另一个程序使用。")),
    (LibraryTooNewError, QT_TRANSLATE_NOOP("LibraryProblem", "这个文库属于另一个版本的区报阅读。")),
    (
        LibraryReadOnlyError,
        QT_TRANSLATE_NOOP("LibraryProblem", "文库不能写入（文件或文件夹是只读的）。"),
    ),
    (DiskFullError, QT_TRANSLATE_NOOP("LibraryProblem", "磁盘已满。")),
    (LibraryError, QT_TRANSLATE_NOOP("LibraryProblem", "无法打开文库。")),
)


def headline(error: LibraryError) -> str:
    """The problem in the interface's language; the error's own text gives the details."""
    text = next(text for kind, text in _HEADLINES if isinstance(error, kind))
    return QCoreApplication.translate("LibraryProblem", text)


def can_read_only(error: LibraryError, library: Path) -> bool:
    """Reading needs a file of ours at this version: a locked or unwritable one qualifies, and
    a damaged one (reading it read-only is how to get at what it still holds)."""
    readable = isinstance(error, LibraryLockedError | LibraryReadOnlyError | DiskFullError) or (
        getattr(error, "code", None) == ErrorCode.DAMAGED
    )
    return readable and library.is_file()


class LibraryProblemDialog(QDialog):
    def __init__(
        self, error: LibraryError, library: Path, backups: list[Backup], parent=None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("libraryProblem")
        self.setWindowTitle(self.tr("无法打开文库"))
        self.choice: WayOut | None = None
        self.backup: Path | None = None
        self.other: Path | None = None
        self.library = library

        icon = QLabel()
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(40, 40)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = QLabel(headline(error), objectName="problemHeadline")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        title.setFont(font)
        details = QLabel(objectName="problemDetails")
        details.setTextFormat(Qt.TextFormat.PlainText)  # paths and messages are data
        details.setWordWrap(True)
        details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where = self.tr("文库：{path}").format(path=library)
        problem, advice = library_error_text(error)
        details.setText(f"{problem}\n{advice}\n\n{where}")

        self.backups = BackupListModel(backups, self)
        self.backup_list = QListView(objectName="backupList")
        self.backup_list.setModel(self.backups)
        self.backup_list.setMinimumHeight(120)
        if backups:
            self.backup_list.selectionModel().setCurrentIndex(
                self.backups.index(0), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        self.backup_list.doubleClicked.connect(lambda _i: self._restore())
        backup_hint = QLabel(
            self.tr("可以恢复的备份（最新的在前）：")
            if backups
            else self.tr("没有找到这个文库的备份。")
        )

        self.restore_button = QPushButton(self.tr("恢复所选备份"), objectName="restoreBackup")
        self.restore_button.setEnabled(bool(backups))
        self.restore_button.setDefault(bool(backups))
        self.restore_button.setToolTip(self.tr("损坏的文件会改名保留在原处，不会被删除。"))
        self.read_only_button = QPushButton(self.tr("以只读方式打开"), objectName="openReadOnly")
        self.read_only_button.setEnabled(can_read_only(error, library))
        self.other_button = QPushButton(self.tr("选择其他文库…"), objectName="chooseLibrary")
        self.quit_button = QPushButton(self.tr("退出"), objectName="quitApp")
        self.restore_button.clicked.connect(self._restore)
        self.read_only_button.clicked.connect(self._read_only)
        self.other_button.clicked.connect(self._choose_other)
        self.quit_button.clicked.connect(self.reject)

        buttons = QHBoxLayout()
        for button in (self.restore_button, self.read_only_button, self.other_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        text = QVBoxLayout()
        text.addWidget(title)
        text.addWidget(details)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(backup_hint)
        layout.addWidget(self.backup_list, 1)
        layout.addLayout(buttons)
        self.backup_list.setVisible(bool(backups))
        self.resize(640, 420 if backups else 260)

    def _restore(self) -> None:
        index = self.backup_list.currentIndex()
        if not index.isValid():
            return
        self.choice, self.backup = WayOut.RESTORE, Path(index.data(PathRole))
        self.accept()

    def _read_only(self) -> None:
        self.choice = WayOut.READ_ONLY
        self.accept()

    def _choose_other(self) -> None:
        # A save dialog: the user may pick an existing library or name a new one.
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("选择或新建文库"),
            str(self.library.parent),
            self.tr("区报阅读文库 (*.sqlite3)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.choice, self.other = WayOut.OTHER, Path(path)
            self.accept()
