"""The window as the user left it: its size and place, the docks and toolbar, the columns'
widths and the open article, saved at closing and given back at the next start; and what else
it shows (the search, the tags it is narrowed to, where the article was read, focus mode),
carried over to a window built again in another interface language."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMainWindow, QSplitter

from desktop.services.search import SearchFilters
from desktop.ui.controllers.reading import ReadingController
from desktop.ui.settings import Settings

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

FIRST_SIZE = (1320, 840)  # a first start's window


def restore_window(
    settings: Settings, window: QMainWindow, splitter: QSplitter, reading: ReadingController
) -> None:
    geometry = settings.state("mainWindow/geometry")
    if geometry is None or not window.restoreGeometry(geometry):
        window.resize(*FIRST_SIZE)
    state = settings.state("mainWindow/state")
    if state is not None:
        window.restoreState(state)
    columns = settings.state(f"splitter/{splitter.objectName()}")
    if columns is not None:
        splitter.restoreState(columns)
    last = settings.last_article
    if last is not None and reading.tree_model.index_for_article(last).isValid():
        reading.select_article(last)
    else:
        reading.select_first_article()


def save_window(
    settings: Settings, window: QMainWindow, splitter: QSplitter, reading: ReadingController
) -> None:
    settings.set_state("mainWindow/geometry", window.saveGeometry())
    settings.set_state("mainWindow/state", window.saveState())
    settings.set_state(f"splitter/{splitter.objectName()}", splitter.saveState())
    current = reading.current
    settings.last_article = current.article.id if current else None
    settings.sync()


@dataclass(frozen=True)
class ViewState:
    """What the window shows beyond what the settings keep."""

    search_text: str = ""
    search_filters: SearchFilters = field(default_factory=SearchFilters)
    tags: tuple[str, ...] = ()  # the tree narrowed to the articles with these tags
    tag_mode: str = "any"
    scroll: int = 0  # the reader's position in the open article
    focus_mode: bool = False


def capture_view(window: MainWindow) -> ViewState:
    return ViewState(
        search_text=window.search_field.text(),
        search_filters=window.search_panel.filters(),
        tags=tuple(window.tag_panel.selected_tags()),
        tag_mode=window.tag_panel.mode.currentData(),
        scroll=window.reader.verticalScrollBar().value(),
        focus_mode=window.focus_mode.on,
    )


def resume_view(window: MainWindow, view: ViewState) -> None:
    """Show `view` in a window just built (its article already open, from the settings)."""
    panel = window.tag_panel
    panel.mode.setCurrentIndex(max(panel.mode.findData(view.tag_mode), 0))
    if view.tags:
        panel.select_tags(list(view.tags))  # narrows the tree, as the user's click did
    window.search_panel.set_filters(view.search_filters)
    window.search_field.setText(view.search_text)
    if view.search_text.strip() or not view.search_filters.empty:
        window.searching.run(open_first=False)
    window.reader.verticalScrollBar().setValue(view.scroll)
    if view.focus_mode:
        window.focus_mode.set(True)
