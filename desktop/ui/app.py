"""Start the window: application, fonts, language, theme, crash reporter, library, MainWindow."""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.nlp import Segmenter, TopicLexicon
from desktop.paths import AppPaths
from desktop.resources import resource_path, seed_files
from desktop.services.library import open_library
from desktop.store.errors import LibraryError
from desktop.ui.errors import CrashReporter, setup_logging
from desktop.ui.fonts import register_fonts, ui_font
from desktop.ui.main_window import AppContext, MainWindow
from desktop.ui.settings import Settings

log = logging.getLogger(__name__)
EXIT_LIBRARY = 4


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
    paths: AppPaths, db_file: Path | None = None, segmenter: Segmenter | None = None
) -> MainWindow:
    """Open the library (first run: import the seeds) and compose the window."""
    settings = Settings(paths.config_dir / "settings.ini")
    app = QApplication.instance()
    assert app is not None
    install_translator(app, ui_language(settings.language))  # type: ignore[arg-type]
    if segmenter is None:
        segmenter = Segmenter(paths.cache_dir / "jieba")
    db = open_library(db_file or paths.library_file, segmenter, seeds=seed_files())
    lexicon = TopicLexicon.load(resource_path("topics.json"))
    return MainWindow(AppContext(db, segmenter, lexicon, settings, paths.data_dir))


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
    try:
        window = build_window(paths, db_file)
    except LibraryError as error:
        QMessageBox.critical(
            None,
            QCoreApplication.translate("App", "无法打开文库"),
            f"{error.problem}\n\n{error.advice}",
        )
        return EXIT_LIBRARY
    window.show()
    load_jieba_after_first_paint(window.ctx.segmenter)
    code = app.exec()
    window.db.close()
    return code
