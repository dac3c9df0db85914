"""Controllers are tested alone: a bare main window (for the status bar and dialogs' parent),
the real settings file, events and messenger, and a real library in the test's temp dir."""

import pytest
from PySide6.QtWidgets import QMainWindow

from desktop.nlp import TopicLexicon
from desktop.resources import resource_path
from desktop.ui.context import AppContext
from desktop.ui.controllers.base import WindowServices
from desktop.ui.events import LibraryEvents
from desktop.ui.messages import Notifier
from desktop.ui.settings import Settings


@pytest.fixture
def host(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    return window


@pytest.fixture
def services(host, db, segmenter, tmp_path):
    settings = Settings(tmp_path / "config" / "settings.ini")
    lexicon = TopicLexicon.load(resource_path("topics.json"))
    ctx = AppContext(db, segmenter, lexicon, settings, tmp_path / "data")
    return WindowServices(ctx, LibraryEvents(host), Notifier(host))
