"""Highlights made on the open article: saved, announced, undone; the list across the library."""

from PySide6.QtGui import QUndoStack

from desktop.services import annotations
from desktop.ui.controllers.annotating import AnnotatingController
from desktop.ui.controllers.changes import Changes
from desktop.ui.models.annotations import AnnotationsModel
from desktop.ui.views.annotations_panel import AnnotationsPanel
from tests.unit.ui.controllers.conftest import first_article_ids


def _annotating(services, reading, host):
    stack = QUndoStack(host)
    notes = AnnotationsModel({})
    annotating = AnnotatingController(
        services, Changes(services, stack, reading, host), reading, reading.reader, notes,
        AnnotationsPanel(notes), host,
    )  # fmt: skip
    services.events.highlightsChanged.connect(annotating.refresh_list)
    return annotating, stack


def test_a_highlight_is_saved_listed_and_undone(services, reading, host, qtbot):
    annotating, stack = _annotating(services, reading, host)
    (first,) = first_article_ids(services.ctx.db, 1)
    reading.select_article(first)
    with qtbot.waitSignal(services.events.highlightsChanged):
        annotating.add_highlight(0, 4, "green")
    (saved,) = annotations.article_highlights(services.ctx.db, first)
    assert (saved.start, saved.end, saved.color) == (0, 4, "green")
    assert saved.quote == reading.current.article.text[:4]
    assert annotating.notes.rowCount() == 1
    stack.undo()
    assert annotations.article_highlights(services.ctx.db, first) == []
    assert annotating.notes.rowCount() == 0


def test_highlighting_with_nothing_selected_says_what_to_do(services, reading, host):
    annotating, stack = _annotating(services, reading, host)
    (first,) = first_article_ids(services.ctx.db, 1)
    reading.select_article(first)
    annotating.highlight_selection("yellow")
    assert stack.count() == 0
    assert "选中" in host.statusBar().currentMessage()
