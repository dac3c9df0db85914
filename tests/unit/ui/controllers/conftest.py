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


@pytest.fixture
def reading(services, host):
    """The reading controller over a real tree and reader (the parts it drives), on `host`."""
    from PySide6.QtWidgets import QLabel, QTreeView

    from desktop.ui.controllers.reading import ReadingController
    from desktop.ui.models.article_filter import ArticleFilterProxy
    from desktop.ui.models.issue_tree import IssueTreeModel
    from desktop.ui.views.reader import ReaderView

    tree = QTreeView(host)  # made first, so it goes before its models when the host goes
    model = IssueTreeModel(services.ctx.db, host)
    proxy = ArticleFilterProxy(host)
    proxy.setSourceModel(model)
    tree.setModel(proxy)
    reader = ReaderView()
    host.setCentralWidget(reader)
    controller = ReadingController(
        services, tree, model, proxy, reader, QLabel(host), QLabel(host), host
    )
    tree.selectionModel().currentChanged.connect(controller.on_tree_current)
    services.events.articleStateChanged.connect(controller.on_state_changed)
    return controller


def first_article_ids(db, count):
    from desktop.services.articles import list_articles

    return [row.id for row in list_articles(db)[:count]]
