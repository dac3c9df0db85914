"""The 人物 panel: everyone the library names once jieba is loaded, most named first; choosing a
person narrows the tree to the articles that name them."""

from desktop.ui.controllers.people import PeopleController
from desktop.ui.models.issue_tree import NodeKind, Role
from desktop.ui.models.people import PersonRole
from tests.helpers.trees import tree_rows


def test_people_are_listed_and_choosing_one_narrows_the_tree(window, qtbot, qtmodeltester):
    (people,) = (p for p in window.panels if isinstance(p, PeopleController))
    people.rebuild()  # the window does this when jieba's dictionary is ready
    qtbot.waitUntil(lambda: people.model.rowCount() > 0, timeout=30_000)
    qtmodeltester.check(people.model)
    first = people.model.index(0, 0)
    assert first.data(PersonRole.NAME) == "陆方舟"  # the district's party secretary
    counts = [people.model.index(r, 0).data(PersonRole.COUNT) for r in range(5)]
    assert counts == sorted(counts, reverse=True)
    window.docks[people.NAME].show()
    panel = people.panel
    panel.list.setCurrentIndex(panel.proxy.mapFromSource(first))
    shown = {
        i.data(Role.ARTICLE_ID)
        for i in tree_rows(window.tree_proxy)
        if i.data(Role.KIND) == NodeKind.ARTICLE
    }
    assert shown == set(first.data(PersonRole.ARTICLES))
    panel.clear_choice()
    assert (
        len([i for i in tree_rows(window.tree_proxy) if i.data(Role.KIND) == NodeKind.ARTICLE])
        == 36
    )
