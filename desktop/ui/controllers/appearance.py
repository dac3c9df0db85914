"""Appearance: the theme (and the system's light or dark scheme it may follow), the reading
text's size and style, and the interface language, each a setting the user's choice writes."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Signal
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication
from PySide6.QtWidgets import QApplication, QMainWindow, QTreeView

from desktop.ui import icons
from desktop.ui.actions import ActionId
from desktop.ui.controllers.base import Controller, WindowServices
from desktop.ui.models.annotations import AnnotationsModel
from desktop.ui.models.search_results import SearchResultsModel
from desktop.ui.settings import DEFAULT_FONT_SIZE, ReadingStyle
from desktop.ui.theme import INDICATOR_CLASSES, Theme, indicator_palette, palette_for, resolve
from desktop.ui.views.reader import ReaderView
from desktop.ui.views.reading_settings import ReadingSettingsDialog

THEME_LABELS = (
    ("system", QT_TRANSLATE_NOOP("MainWindow", "跟随系统")),
    ("light", QT_TRANSLATE_NOOP("MainWindow", "浅色")),
    ("sepia", QT_TRANSLATE_NOOP("MainWindow", "护眼（米黄）")),
    ("dark", QT_TRANSLATE_NOOP("MainWindow", "深色")),
)
LANGUAGE_LABELS = (
    ("system", QT_TRANSLATE_NOOP("MainWindow", "跟随系统")),
    ("zh_CN", QT_TRANSLATE_NOOP("MainWindow", "简体中文")),
    ("en", QT_TRANSLATE_NOOP("MainWindow", "English")),
)


class AppearanceController(Controller):
    languageChosen = Signal(str)  # a language setting: "system", "zh_CN", "en"

    def __init__(
        self,
        services: WindowServices,
        window: QMainWindow,
        reader: ReaderView,
        tree: QTreeView,
        results: SearchResultsModel,
        notes: AnnotationsModel,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(services, parent)
        self.window, self.reader, self.tree, self.results, self.notes = (
            window, reader, tree, results, notes,
        )  # fmt: skip
        self.settings = services.ctx.settings
        self.theme: Theme = resolve(self.settings.theme)
        self.theme_actions = self._choices("theme", THEME_LABELS, self.settings.theme)
        self.language_actions = self._choices("language", LANGUAGE_LABELS, self.settings.language)
        next(iter(self.theme_actions.values())).actionGroup().triggered.connect(
            lambda action: self.set_theme(action.data())
        )
        next(iter(self.language_actions.values())).actionGroup().triggered.connect(
            lambda action: self.set_language(action.data())
        )
        hints = QGuiApplication.styleHints()
        if hints is not None:
            hints.colorSchemeChanged.connect(
                lambda _s: self.settings.theme == "system" and self.apply_theme()
            )

    def action_slots(self):
        return {
            ActionId.FONT_BIGGER: lambda: self.change_font(1),
            ActionId.FONT_SMALLER: lambda: self.change_font(-1),
            ActionId.FONT_RESET: self.reset_font,
            ActionId.READING_SETTINGS: self.show_reading_settings,
        }

    def _choices(self, name: str, labels, current: str) -> dict[str, QAction]:
        """A menu's exclusive choices (themes, languages) for a setting."""
        group = QActionGroup(self)
        actions = {}
        for key, label in labels:
            text = QApplication.translate("MainWindow", label)
            action = QAction(text, self.window, checkable=True, objectName=f"{name}-{key}")
            action.setData(key)
            action.setChecked(current == key)
            group.addAction(action)
            actions[key] = action
        return actions

    # ---- theme ----

    def apply_theme(self) -> None:
        self.theme = resolve(self.settings.theme)
        QApplication.setPalette(palette_for(self.theme))  # reaches existing widgets too
        for name in INDICATOR_CLASSES:
            QApplication.setPalette(indicator_palette(self.theme), name)
        icons.set_color(self.theme.text)
        for action in self.window.findChildren(QAction):
            name = action.data()
            if isinstance(name, str) and name.startswith("fa"):
                action.setIcon(icons.icon(name))
        self.restyle_text()
        self.results.mark_color = self.theme.hit
        self.notes.colors = dict(self.theme.highlight)
        self.tree.viewport().update()  # the tree's icons are asked for again as it repaints

    def set_theme(self, key: str) -> None:
        self.settings.theme = key
        self.apply_theme()

    # ---- the reading text ----

    def restyle_text(self) -> None:
        self.reader.apply_style(self.theme, self.settings.reading_style)

    def change_font(self, step: int) -> None:
        self.settings.font_size = self.settings.font_size + step
        self.restyle_text()

    def reset_font(self) -> None:
        self.settings.font_size = DEFAULT_FONT_SIZE
        self.restyle_text()

    def show_reading_settings(self) -> None:
        dialog = ReadingSettingsDialog(self.settings.reading_style, self.window)
        dialog.styleChanged.connect(self.set_reading_style)
        dialog.exec()

    def set_reading_style(self, style: ReadingStyle) -> None:
        self.settings.reading_style = style
        self.restyle_text()

    # ---- language ----

    def set_language(self, key: str) -> None:
        """Remember the choice; the window is shown in it at once (the application builds it
        again: see WindowHost)."""
        self.settings.language = key
        self.languageChosen.emit(key)
