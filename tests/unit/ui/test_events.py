"""LibraryEvents: each kind of change has its own signal; the undo commands' callbacks say
which article changed."""

from PySide6.QtGui import QUndoStack

from desktop.services import tags
from desktop.ui.commands import RenameTag
from desktop.ui.events import LibraryEvents


def test_highlights_changed_names_the_article(qtbot):
    events = LibraryEvents()
    with qtbot.waitSignal(events.highlightsChanged) as heard:
        events.highlights_changed(7)
    assert heard.args == [7]
    with qtbot.waitSignal(events.highlightsChanged) as heard:
        events.highlights_changed(None)  # several articles
    assert heard.args == [None]


def test_a_tag_change_is_heard_as_tags_only(qtbot):
    events = LibraryEvents()
    highlights: list = []
    events.highlightsChanged.connect(highlights.append)
    with qtbot.waitSignal(events.tagsChanged):
        events.tags_changed(3)  # the commands' callback passes the article; tags do not need it
    with qtbot.waitSignal(events.tagsChanged):
        events.tags_changed()
    assert highlights == []


def test_the_callbacks_are_what_undo_commands_report_to(qtbot, empty_db):
    tags.ensure_tag(empty_db, "旧名")
    events = LibraryEvents()
    highlights: list = []
    events.highlightsChanged.connect(highlights.append)
    stack = QUndoStack()
    with qtbot.waitSignal(events.tagsChanged):
        stack.push(RenameTag(empty_db, "旧名", "新名", events.tags_changed))
    with qtbot.waitSignal(events.tagsChanged):
        stack.undo()
    assert highlights == []  # a tag change does not redraw the highlights
