"""Keeping the library safe: the full integrity check in the background (a damaged library
turns the window read-only), the daily backup after it, a backup now, restoring a backup, and
the annotations backup file (every highlight, note and tag, out and back in)."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.services import backup, export, user_data
from desktop.services.errors import InvalidInput
from desktop.store.backups import backup_dir, list_backups
from desktop.store.errors import ErrorCode, LibraryError
from desktop.store.integrity import IntegrityCheck, IntegrityResult
from desktop.ui.actions import ActionId
from desktop.ui.controllers.base import Controller, WindowServices
from desktop.ui.controllers.changes import Changes
from desktop.ui.controllers.jobs import JobRunner
from desktop.ui.controllers.reading import ReadingController
from desktop.ui.error_text import input_error_text, library_error_text
from desktop.ui.views.restore_dialog import RestoreDialog
from desktop.ui.workers import Job

log = logging.getLogger(__name__)


class Safekeeping(Controller):
    restoreRequested = Signal(Path)  # a backup to put in place of the library (WindowHost does)
    damageFound = Signal()  # the full check found the library damaged: no more writes

    def __init__(
        self,
        services: WindowServices,
        changes: Changes,
        reading: ReadingController,
        jobs: JobRunner,
        window: QWidget,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(services, parent)
        self.changes, self.reading, self.jobs, self.window = changes, reading, jobs, window
        self.backup_job: Job | None = None  # the automatic daily backup: quiet, no dialog
        self.check: IntegrityCheck | None = None  # the full check, before the daily backup
        self.check_job: Job | None = None
        self.user_data_report_box: QMessageBox | None = None
        # The start's full check and daily backup have run to their end (whatever it was).
        self.settled = False
        self._stopped = False  # the window is closing: no new work

    def action_slots(self):
        return {
            ActionId.BACKUP_NOW: self.backup_now,
            ActionId.RESTORE_BACKUP: self.choose_backup_to_restore,
            ActionId.OPEN_BACKUPS: self.open_backup_folder,
            ActionId.EXPORT_USER_DATA: self.export_user_data,
            ActionId.IMPORT_USER_DATA: self.import_user_data,
        }

    # ---- the full check, then the daily backup ----

    def start_checks(self) -> None:
        """The full integrity check in the background, then (if the library is whole) the daily
        backup: a damaged library must not push the good copies out of the rotation."""
        if self.db.read_only:
            self.settled = True
            return
        if self.check_job is not None or self._stopped:
            return
        check = IntegrityCheck(self.db.path)
        job = Job(lambda _progress, _cancelled: check.run(), self)
        self.check, self.check_job = check, job
        job.finished.connect(self._checked)
        job.failed.connect(self._check_failed)
        job.start()

    def _forget_check(self) -> None:
        if self.check_job is not None:
            self.check_job.deleteLater()
        self.check = self.check_job = None

    def _checked(self, result: IntegrityResult) -> None:
        self._forget_check()
        if result.ok:
            log.info(
                "the library passed its full check%s", "" if result.complete else " (cut short)"
            )
            if result.complete:
                self.start_daily_backup()
            else:
                self.settled = True
            return
        self.settled = True
        self._damaged(result.error(self.db.path))

    def _check_failed(self, error: object) -> None:
        self._forget_check()
        self.settled = True
        if isinstance(error, LibraryError) and error.code == ErrorCode.DAMAGED:
            self._damaged(error)
        else:  # locked by another program for the moment, or a bug (logged): try another day
            log.warning("the full check of the library did not run: %s", error)

    def _damaged(self, error: LibraryError) -> None:
        log.warning("the full check found the library damaged: %s", error)
        self.damageFound.emit()
        problem, advice = library_error_text(error)
        self.notifier.warn(
            self.tr("文库已损坏"),
            f"{problem}\n{advice}\n\n"
            + self.tr("为免损坏扩大，窗口已改为只读：仍可阅读、搜索和导出。"
                      "要恢复备份，请用“文件 → 备份 → 从备份恢复文库…”。"),
        )  # fmt: skip

    # ---- backups ----

    def start_daily_backup(self) -> None:
        """Today's copy of the library and of the annotations, taken quietly in the background
        once a day; the status bar says when it is done or why it could not be made."""
        if self.db.read_only:
            self.settled = True
            return
        if self.backup_job is not None or self._stopped:
            return
        db, today = self.db, date.today()
        job = Job(
            lambda progress, cancelled: backup.daily_backup(
                db, today, progress=progress, should_cancel=cancelled
            ),
            self,
        )
        self.backup_job = job
        job.finished.connect(self._daily_backup_done)
        job.failed.connect(self._daily_backup_failed)
        job.start()

    def _daily_backup_done(self, result: backup.DailyBackup | None) -> None:
        self._forget_backup_job()
        if result is not None:
            self.notifier.status(self.tr("已完成今天的自动备份。"))

    def _daily_backup_failed(self, error: object) -> None:
        self._forget_backup_job()
        detail = library_error_text(error)[0] if isinstance(error, LibraryError) else str(error)
        log.warning("the daily backup failed: %s", detail)
        self.notifier.status(self.tr("今天的自动备份没有完成：{e}").format(e=detail), 15000)

    def _forget_backup_job(self) -> None:
        self.settled = True
        if self.backup_job is not None:
            self.backup_job.deleteLater()
            self.backup_job = None

    def stop(self) -> None:
        self._stopped = True
        if self.check is not None and self.check_job is not None:
            self.check.cancel()
            self.check_job.wait()
        if self.backup_job is not None:
            self.backup_job.cancel()
            self.backup_job.wait()

    def backup_now(self) -> None:
        db = self.db

        def done(result: backup.DailyBackup | None) -> None:
            if result is not None:  # None: cancelled
                self.notifier.status(self.tr("已备份到 {p}").format(p=result.library), 8000)

        self.jobs.run(
            self.tr("正在备份文库…"),
            lambda progress, cancelled: backup.daily_backup(
                db, date.today(), replace=True, progress=progress, should_cancel=cancelled
            ),
            done,
        )

    def choose_backup_to_restore(self) -> None:
        dialog = RestoreDialog(list_backups(self.db.path), self.window)
        if dialog.exec() != RestoreDialog.DialogCode.Accepted:
            return
        chosen = dialog.chosen()
        if chosen is not None:
            self.restoreRequested.emit(chosen)

    def open_backup_folder(self) -> None:
        folder = backup_dir(self.db.path)
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # ---- the annotations backup file ----

    def export_user_data(self) -> None:
        target, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("导出全部批注与标签"),
            f"区报阅读-批注备份-{date.today().isoformat()}.json",
            "*.json",
        )
        if not target:
            return
        db = self.db

        def work(_progress, _cancelled) -> str:
            export.write_atomically(Path(target), user_data.export_user_data(db))
            return target

        self.jobs.run(self.tr("正在导出…"), work, self._exported)

    def import_user_data(self, path: Path | None = None) -> None:
        if not self.reading.writable():
            return
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self.window, self.tr("导入批注与标签"), "", self.tr("批注备份 (*.json)")
            )
            if not chosen:
                return
            path = Path(chosen)
        try:
            data = user_data.read_user_data(path)
        except InvalidInput as error:
            self.notifier.warn(self.tr("导入批注与标签"), input_error_text(error))
            return
        db = self.db
        self.jobs.run(
            self.tr("正在导入批注与标签…"),
            lambda _progress, _cancelled: user_data.import_user_data(db, data),
            self._user_data_imported,
        )

    def _user_data_imported(self, report: user_data.UserDataReport) -> None:
        self.changes.forget()
        self.events.libraryReloaded.emit()
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("导入批注与标签"),
            self.tr("新增 %n 处高亮", "", report.highlights_added)
            + self.tr("（%n 处已存在）", "", report.highlights_present) + self.tr("，")
            + self.tr("%n 个标签", "", report.tags_added) + self.tr("，")
            + self.tr("%n 个文章标签", "", report.tags_linked) + self.tr("。"),
            parent=self.window,
        )  # fmt: skip
        box.setObjectName("userDataReport")
        notes = []
        if report.highlights_orphaned:
            notes.append(
                self.tr(
                    "%n 处高亮找不到原文，已保留并标为“未定位”。", "", report.highlights_orphaned
                )
            )
        if report.waiting:
            notes.append(
                self.tr("%n 项属于尚未导入的期刊，导入这些期刊后就会显示。", "", report.waiting)
            )
        box.setInformativeText("\n".join(notes))
        box.open()
        self.user_data_report_box = box

    def _exported(self, path: object) -> None:
        self.notifier.status(self.tr("已导出到 {p}").format(p=path), 6000)
