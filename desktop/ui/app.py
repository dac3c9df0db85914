"""Start the window: application, fonts, language, theme, crash reporter, library, MainWindow."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from desktop.nlp import Segmenter, TopicLexicon
from desktop.paths import AppPaths
from desktop.resources import resource_path, seed_files
from desktop.services.library import open_library
from desktop.store.backups import list_backups, restore_backup
from desktop.store.database import open_read_only
from desktop.store.errors import LibraryError
from desktop.ui.errors import CrashReporter, setup_logging
from desktop.ui.fonts import register_fonts, ui_font
from desktop.ui.main_window import AppContext, MainWindow
from desktop.ui.settings import Settings
from desktop.ui.views.library_problem import LibraryProblemDialog, WayOut

log = logging.getLogger(__name__)
EXIT_LIBRARY = 4
BACKUP_DELAY_MS = 8000  # after start-up has settled: the copy competes for the disk


def ui_language(setting: str, system: QLocale | None = None) -> str:
    """Simplified Chinese unless English is chosen, or the system speaks English and the setting
    says to follow it."""
    if setting in ("zh_CN", "en"):
        return setting
    locale = system or QLocale.system()
    return "en" if locale.language() == QLocale.Language.English else "zh_CN"


def install_translator(app: QApplication, language: str) -> QTranslator | None:
    """The source strings are Simplified Chinese; English comes from a compiled catalogue.
    Qt's own strings (OK, Cancel in standard dialogs) come from Qt's catalogue for Chinese."""
    if language != "en":
        qt_strings = QTranslator(app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_strings.load("qtbase_zh_CN", folder):
            app.installTranslator(qt_strings)
        return None
    translator = QTranslator(app)
    if translator.load(str(resource_path("i18n", "district-reader_en.qm"))):
        app.installTranslator(translator)
        return translator
    log.warning("the English translation could not be loaded")
    return None


def make_application(argv: list[str] | None = None) -> QApplication:
    # The name is also the X11 window class, matched by the launcher's StartupWMClass.
    QApplication.setApplicationName("district-reader")
    QApplication.setOrganizationName("district-reader")
    QApplication.setDesktopFileName("district-reader")
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setWindowIcon(QIcon(str(resource_path("icons", "district-reader.svg"))))
    register_fonts()
    app.setFont(ui_font())
    return app  # type: ignore[return-value]


def build_window(
    paths: AppPaths,
    db_file: Path | None = None,
    segmenter: Segmenter | None = None,
    *,
    read_only: bool = False,
) -> MainWindow:
    """Open the library (first run: import the seeds) and compose the window."""
    settings = Settings(paths.config_dir / "settings.ini")
    app = QApplication.instance()
    assert app is not None
    install_translator(app, ui_language(settings.language))  # type: ignore[arg-type]
    if segmenter is None:
        segmenter = Segmenter(paths.cache_dir / "jieba")
    target = db_file or settings.library_file or paths.library_file
    if read_only:
        db = open_read_only(target)
    else:
        db = open_library(target, segmenter, seeds=seed_files())
    lexicon = TopicLexicon.load(resource_path("topics.json"))
    return MainWindow(AppContext(db, segmenter, lexicon, settings, paths.data_dir))


def open_window_or_way_out(
    paths: AppPaths,
    db_file: Path | None = None,
    segmenter: Segmenter | None = None,
    *,
    ask: Callable[[LibraryProblemDialog], int] = LibraryProblemDialog.exec,
) -> MainWindow | None:
    """Open the window; while the library cannot be opened, say why and offer the ways out
    (restore a backup, open read-only, choose another library). None: the user chose to quit."""
    settings = Settings(paths.config_dir / "settings.ini")
    target = db_file or settings.library_file or paths.library_file
    read_only = False
    while True:
        try:
            return build_window(paths, target, segmenter, read_only=read_only)
        except LibraryError as error:
            log.warning("cannot open the library %s: %s", target, error)
            dialog = LibraryProblemDialog(error, target, list_backups(target))
            if ask(dialog) != QDialog.DialogCode.Accepted:
                return None
        read_only = dialog.choice is WayOut.READ_ONLY
        if dialog.choice is WayOut.OTHER and dialog.other is not None:
            target = dialog.other
            if db_file is None:
                settings.library_file = target  # the next start opens it too
        elif dialog.choice is WayOut.RESTORE and dialog.backup is not None:
            restore_or_say_why(dialog.backup, target)


def restore_or_say_why(backup: Path, library: Path) -> Path | None:
    """Put `backup` in place of `library`; return where the replaced file is kept (None if it
    was not restored, or there was no file to replace). A failure (a damaged backup, a full
    disk) is shown in a message."""
    try:
        kept = restore_backup(backup, library, date.today())
    except (LibraryError, OSError) as error:
        QMessageBox.warning(None, QCoreApplication.translate("App", "恢复失败"), str(error))
        return None
    log.info("restored %s over %s (the old file kept as %s)", backup, library, kept)
    return kept


def load_jieba_after_first_paint(segmenter: Segmenter) -> None:
    """jieba's dictionary takes a second of pure Python (holding the GIL): load it on a thread
    once the window is up, so that it neither delays nor stutters the first paint."""
    if segmenter.loaded:
        return
    thread = threading.Thread(target=segmenter.load, name="jieba-load", daemon=True)
    QTimer.singleShot(300, thread.start)


def run_gui(data_dir: Path | None = None, db_file: Path | None = None) -> int:
    paths = AppPaths.in_folder(data_dir) if data_dir else AppPaths.for_user()
    log_file = setup_logging(paths.log_dir)
    app = make_application()
    reporter = CrashReporter(log_file, app)
    reporter.install()
    window = open_window_or_way_out(paths, db_file)
    if window is None:
        return EXIT_LIBRARY
    host = WindowHost(paths, window)
    window.show()
    load_jieba_after_first_paint(window.ctx.segmenter)
    QTimer.singleShot(BACKUP_DELAY_MS, window.start_daily_backup)
    code = app.exec()
    if host.window is not None:
        host.window.db.close()
    return code


class WindowHost(QObject):
    """Holds the open window, and replaces it when the user restores a backup: the window is
    closed (its jobs stopped, its state saved), the library closed, the backup put in place (the
    replaced file kept beside it) and a new window opened on the result."""

    def __init__(self, paths: AppPaths, window: MainWindow) -> None:
        super().__init__()
        self.paths = paths
        self.window: MainWindow | None = None
        self._adopt(window)

    def _adopt(self, window: MainWindow) -> None:
        self.window = window
        window.restoreRequested.connect(self.restore)

    def restore(self, backup: Path) -> None:
        old = self.window
        assert old is not None
        library = old.db.path
        segmenter = old.ctx.segmenter
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.setQuitOnLastWindowClosed(False)  # between the two windows there is none
        old.close()
        old.db.close()
        kept = restore_or_say_why(backup, library)
        window = open_window_or_way_out(self.paths, library, segmenter)
        self.window = None
        old.deleteLater()
        app.setQuitOnLastWindowClosed(True)
        if window is None:
            QApplication.quit()
            return
        self._adopt(window)
        window.show()
        if kept is not None:
            window.statusBar().showMessage(
                QCoreApplication.translate("App", "已从备份恢复。原来的文库保留为 {p}").format(
                    p=kept
                ),
                15000,
            )
