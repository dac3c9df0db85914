"""The window as the user left it: its size and place, the docks and toolbar, the columns'
widths and the open article, saved at closing and given back at the next start."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QSplitter

from desktop.ui.controllers.reading import ReadingController
from desktop.ui.settings import Settings

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
