"""The interface's language: which one a setting means, and the catalogues installed on the
application for it. The source strings are Simplified Chinese; English comes from a compiled
catalogue, and Qt's own strings (OK, Cancel in standard dialogs) from Qt's catalogue for Chinese.
Switching removes what the previous language installed, so a window built afterwards speaks
only the new one."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

from desktop.resources import resource_path

log = logging.getLogger(__name__)

LANGUAGES = ("zh_CN", "en")


def ui_language(setting: str, system: QLocale | None = None) -> str:
    """Simplified Chinese unless English is chosen, or the system speaks English and the setting
    says to follow it."""
    if setting in LANGUAGES:
        return setting
    locale = system or QLocale.system()
    return "en" if locale.language() == QLocale.Language.English else "zh_CN"


def _catalogues(language: str) -> list[tuple[str, str]]:
    """(file name, folder) of each catalogue the language needs, looked up last first."""
    if language == "en":
        return [("district-reader_en.qm", str(resource_path("i18n")))]
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    # Installed last, looked up first: our additions to what Qt's catalogue misses.
    return [("qtbase_zh_CN", qt_folder), ("qt-extra_zh_CN", str(resource_path("i18n")))]


class InterfaceLanguage(QObject):
    """The catalogues of the language in use, installed on the application. One per application:
    the start makes it and every window built after it is given it."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.current: str | None = None
        self._installed: list[QTranslator] = []

    def use(self, language: str) -> None:
        """Install `language`'s catalogues in place of the current ones (nothing if it is the
        current language). A catalogue that cannot be loaded is logged: its strings then show
        in Chinese, the source language, rather than the window failing to open."""
        if language == self.current:
            return
        for translator in self._installed:
            QCoreApplication.removeTranslator(translator)
            translator.deleteLater()
        self._installed = []
        for name, folder in _catalogues(language):
            translator = QTranslator(self)
            if translator.load(name, folder):
                QCoreApplication.installTranslator(translator)
                self._installed.append(translator)
            else:
                log.warning("the catalogue %s for %s could not be loaded", name, language)
        self.current = language
