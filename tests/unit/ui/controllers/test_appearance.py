from PySide6.QtWidgets import QApplication, QTreeView

from desktop.ui.actions import ActionId
from desktop.ui.controllers.appearance import AppearanceController
from desktop.ui.models.annotations import AnnotationsModel
from desktop.ui.models.search_results import SearchResultsModel
from desktop.ui.settings import DEFAULT_FONT_SIZE, ReadingStyle
from desktop.ui.theme import THEMES
from desktop.ui.views.reader import ReaderView


def _appearance(services, host):
    reader = ReaderView()
    host.setCentralWidget(reader)
    return AppearanceController(
        services, host, reader, QTreeView(host), SearchResultsModel(), AnnotationsModel({}), host
    )


def test_choosing_a_theme_repaints_and_is_remembered(services, host):
    appearance = _appearance(services, host)
    appearance.theme_actions["dark"].trigger()
    dark = THEMES["dark"]
    assert services.ctx.settings.theme == "dark"
    assert appearance.theme_actions["dark"].isChecked()
    assert not appearance.theme_actions["light"].isChecked()  # exclusive choices
    assert QApplication.palette().window().color().name() == dark.panel
    assert appearance.results.mark_color == dark.hit
    assert appearance.notes.colors == dict(dark.highlight)
    appearance.set_theme("light")


def test_text_size_steps_and_resets(services, host):
    appearance = _appearance(services, host)
    slots = appearance.action_slots()
    slots[ActionId.FONT_BIGGER]()
    slots[ActionId.FONT_BIGGER]()
    assert services.ctx.settings.font_size == DEFAULT_FONT_SIZE + 2
    assert appearance.reader.style_.font_size == DEFAULT_FONT_SIZE + 2
    slots[ActionId.FONT_RESET]()
    assert appearance.reader.style_.font_size == DEFAULT_FONT_SIZE


def test_a_reading_style_applies_to_the_reader_and_is_kept(services, host):
    appearance = _appearance(services, host)
    appearance.set_reading_style(ReadingStyle(line_length=30, justify=False))
    assert services.ctx.settings.reading_style.line_length == 30
    assert appearance.reader.style_.justify is False


def test_a_chosen_language_is_remembered_and_asked_for(services, host):
    chosen = []
    appearance = _appearance(services, host)
    appearance.languageChosen.connect(chosen.append)
    appearance.language_actions["en"].trigger()
    assert services.ctx.settings.language == "en"  # the next start opens in it too
    assert chosen == ["en"]  # the application builds the window again in it (WindowHost)
