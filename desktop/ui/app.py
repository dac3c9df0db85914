"""Start the window: application, fonts, language, theme, crash reporter, library, MainWindow."""

from __future__ import annotations

import logging
import signal
import socket
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier, Qt, QTimer
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
from desktop.ui.interface_language import InterfaceLanguage, ui_language
from desktop.ui.main_window import AppContext, MainWindow
from desktop.ui.settings import Settings
from desktop.ui.single_instance import InstanceServer, hand_over
from desktop.ui.views.library_problem import LibraryProblemDialog, WayOut
from desktop.ui.views.upgrade_progress import UpgradeCancelled, UpgradeProgress
from desktop.ui.window_state import capture_view, resume_view, save_window

log = logging.getLogger(__name__)
EXIT_LIBRARY = 4
JIEBA_DELAY_MS = 300
BACKUP_DELAY_MS = 8000  # after start-up has settled: the copy competes for the disk


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
    language: InterfaceLanguage | None = None,
) -> MainWindow:
    """Open the library (first run: import the seeds) and compose the window, in the language
    the settings choose (`language` holds the catalogues the application has installed)."""
    settings = Settings(paths.config_dir / "settings.ini")
    if language is None:
        language = InterfaceLanguage(QApplication.instance())
    language.use(ui_language(settings.language))
    if segmenter is None:
        segmenter = Segmenter(paths.cache_dir / "jieba")
    target = db_file or library_target(paths, None)
    if read_only:
        db = open_read_only(target)
    else:
        upgrade = UpgradeProgress()
        try:
            db = open_library(target, segmenter, seeds=seed_files(), progress=upgrade)
        finally:
            upgrade.close()
    lexicon = TopicLexicon.load(resource_path("topics.json"))
    return MainWindow(AppContext(db, segmenter, lexicon, settings, paths.data_dir))


def open_window_or_way_out(
    paths: AppPaths,
    db_file: Path | None = None,
    segmenter: Segmenter | None = None,
    *,
    ask: Callable[[LibraryProblemDialog], int] = LibraryProblemDialog.exec,
    language: InterfaceLanguage | None = None,
) -> MainWindow | None:
    """Open the window; while the library cannot be opened, say why and offer the ways out
    (restore a backup, open read-only, choose another library). None: the user chose to quit."""
    settings = Settings(paths.config_dir / "settings.ini")
    target = library_target(paths, db_file)
    read_only = False
    while True:
        try:
            return build_window(paths, target, segmenter, read_only=read_only, language=language)
        except UpgradeCancelled:
            log.info("the upgrade of %s was cancelled: the file is as it was", target)
            return None
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


def library_target(paths: AppPaths, db_file: Path | None) -> Path:
    """The library a start opens: the one named, else the one chosen last, else the default."""
    settings = Settings(paths.config_dir / "settings.ini")
    return db_file or settings.library_file or paths.library_file


@dataclass
class GuiStart:
    host: WindowHost | None  # None: no window was opened, and the program ends with exit_code
    exit_code: int = 0


def start_gui(paths: AppPaths, db_file: Path | None = None, files: Sequence[Path] = ()) -> GuiStart:
    """Everything the `district-reader` command does before the event loop: the application,
    the crash reporter, one window per library (a later start hands its files to the window
    already open and ends), the window or the way out of a bad library, then, once it is up,
    jieba's dictionary and the daily backup in the background."""
    log_file = setup_logging(paths.log_dir)
    app = make_application()
    library = library_target(paths, db_file)
    if hand_over(library, list(files)):
        log.info("handed over to the window already open on %s", library)
        return GuiStart(None, 0)
    reporter = CrashReporter(log_file, app)
    reporter.install()
    language = InterfaceLanguage(app)
    window = open_window_or_way_out(paths, db_file, language=language)
    if window is None:
        return GuiStart(None, EXIT_LIBRARY)
    host = WindowHost(paths, window, language)
    host.listen()
    window.show()
    if window.db.recovered_from is not None:
        window.notifier.info(
            QCoreApplication.translate("App", "文库已恢复"),
            QCoreApplication.translate(
                "App", "文库文件是空的，已从它的预写日志中恢复。原来的空文件和日志保留为：\n{kept}"
            ).format(kept=window.db.recovered_from),
        )
    log.info("window shown on %s", window.db.path)
    # After the first paint: loading the dictionary holds the GIL for about a second.
    # Bound to their window: a window replaced meanwhile (a restore, a language) never runs them.
    QTimer.singleShot(JIEBA_DELAY_MS, window.language, window.language.start)
    QTimer.singleShot(BACKUP_DELAY_MS, window.safekeeping, window.safekeeping.start_checks)
    if files:
        window.library_ops.import_paths(list(files))
    return GuiStart(host)


def run_gui(
    data_dir: Path | None = None, db_file: Path | None = None, files: Sequence[Path] = ()
) -> int:
    paths = AppPaths.in_folder(data_dir) if data_dir else AppPaths.for_user()
    start = start_gui(paths, db_file, files)
    if start.host is None:
        return start.exit_code
    with quit_on_termination():
        code = QApplication.exec()
    start.host.close()
    return code


@contextmanager
def quit_on_termination() -> Iterator[None]:
    """SIGTERM and SIGINT (logging out, `kill`, Ctrl+C in the terminal) close the window as
    quitting does, its state saved, instead of killing the process. Python runs signal handlers
    only between bytecodes, which a Qt event loop never reaches while idle: the handler's wake-up
    byte arrives on a socket that Qt watches."""
    if not hasattr(signal, "SIGTERM"):
        yield
        return
    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read)

    def wake() -> None:
        with suppress(OSError):
            reader.recv(64)
        QApplication.closeAllWindows()
        QApplication.quit()

    notifier.activated.connect(wake)
    previous_fd = signal.set_wakeup_fd(writer.fileno())
    previous = {sig: signal.signal(sig, lambda *_: None) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        signal.set_wakeup_fd(previous_fd)
        notifier.setEnabled(False)
        reader.close()
        writer.close()


class WindowHost(QObject):
    """Holds the open window, and replaces it when the user restores a backup (the window is
    closed, its jobs stopped and its state saved, the library closed, the backup put in place
    with the replaced file kept beside it, and a new window opened on the result) or chooses
    another interface language (a new window on the same library, in the new language, showing
    what the old one showed)."""

    def __init__(self, paths: AppPaths, window: MainWindow, language: InterfaceLanguage) -> None:
        super().__init__()
        self.paths = paths
        self.language = language
        self.window: MainWindow | None = None
        self.server = InstanceServer(window.db.path, self)
        self.server.openRequested.connect(self.open_files)
        self._adopt(window)

    def _adopt(self, window: MainWindow) -> None:
        self.window = window
        window.restoreRequested.connect(self.restore)
        window.languageChosen.connect(self.change_language)

    def listen(self) -> None:
        """From now on, a later start on this library comes to this window."""
        self.server.listen()

    def close(self) -> None:
        """After the event loop: no thread of the window may outlive it."""
        self.server.close()
        if self.window is not None:
            self.window.stop_work()
            self.window.db.close()

    def open_files(self, files: list[Path]) -> None:
        """Another start on this library: come to the front, and import what it was given."""
        window = self.window
        if window is None:
            return
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
        window.show()
        window.raise_()
        window.activateWindow()
        if files:
            window.library_ops.import_paths(files)

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
        window = open_window_or_way_out(self.paths, library, segmenter, language=self.language)
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

    def change_language(self, setting: str) -> None:
        """Show the window in the language `setting` chooses, at once. Strings are set when a
        widget is built, so the window is built again on the same library, and given back what
        the old one showed: its place and panels, the article and where it was read, the search.
        A job the user started (an import, a re-parse) is never cut short: the switch waits
        for it. The undo history belongs to the old window's widgets and ends with it."""
        old = self.window
        if old is None or ui_language(setting) == self.language.current:
            return
        if old.jobs.busy:
            old.notifier.status(
                QCoreApplication.translate("App", "当前任务完成后将切换界面语言。"), 15000
            )
            old.jobs.idle.connect(
                lambda: self.change_language(old.ctx.settings.language),
                Qt.ConnectionType.SingleShotConnection,
            )
            return
        view = capture_view(old)
        checks_pending = not old.safekeeping.settled
        old.stop_work()
        save_window(old.ctx.settings, old, old.splitter, old.reading)  # what the new one restores
        self.language.use(ui_language(setting))
        window = MainWindow(old.ctx)
        # Exactly where the old one is: a geometry restored through the settings can drift by
        # the window frame. The old window stays up until the new one is shown: no blank.
        window.setGeometry(old.geometry())
        window.setWindowState(old.windowState())
        self.window = None
        self._adopt(window)
        window.show()
        resume_view(window, view)
        window.language.start()  # loaded by the old window: ready at once
        old.close()
        old.deleteLater()
        if checks_pending:
            QTimer.singleShot(BACKUP_DELAY_MS, window.safekeeping, window.safekeeping.start_checks)
        log.info("the interface language is now %s", self.language.current)
