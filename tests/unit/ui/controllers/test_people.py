"""The people panel: built once the language tools are ready, and choosing people narrows the
tree through the reading controller."""

from PySide6.QtCore import QObject, Signal

from desktop.ui.actions import ActionId
from desktop.ui.controllers.people import PeopleController
from desktop.ui.models.people import PersonRole


class ReadyLanguage(QObject):
    """The language tools with jieba already loaded (the session's segmenter)."""

    ready = Signal()
    is_ready = True


def test_the_panel_lists_the_people_and_narrows_the_tree_to_one(services, reading, host, qtbot):
    people = PeopleController(services, reading, ReadyLanguage(host), host)
    assert people.NAME == "peopleDock" and people.SHOW_ACTION == ActionId.SHOW_PEOPLE
    assert people.widget is people.panel and people.title() == "人物"
    people.reload()
    qtbot.waitUntil(lambda: people.model.rowCount() > 0, timeout=30_000)
    first = people.model.index(0)
    people.filter_tree(first.data(PersonRole.ARTICLES))
    assert set(reading.visible_article_ids()) == set(first.data(PersonRole.ARTICLES))
    people.filter_tree([])
    assert len(reading.visible_article_ids()) > len(first.data(PersonRole.ARTICLES))
    people.stop()


def test_nothing_is_built_before_the_language_tools_are_ready(services, reading, host):
    language = ReadyLanguage(host)
    language.is_ready = False
    people = PeopleController(services, reading, language, host)
    people.rebuild()
    assert people.model.rowCount() == 0 and people._job is None
