"""LibraryEvents: each kind of change has its own signal; the undo commands' callbacks say
which article changed."""

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


def test_article_state_and_reload_carry_their_values(qtbot):
    events = LibraryEvents()
    with qtbot.waitSignal(events.articleStateChanged) as heard:
        events.articleStateChanged.emit(5, True, False)
    assert heard.args == [5, True, False]
    with qtbot.waitSignal(events.libraryReloaded):
        events.libraryReloaded.emit()
