"""The search panel: the filters the user sets are the filters searched with, a change of
filter is announced, and opening a result names its article."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument

from desktop.services.search import SearchFilters, SearchHit
from desktop.ui.models.search_results import HitRole, SearchResultsModel
from desktop.ui.views.search_panel import SearchPanel


def hit(article_id: int, title: str, paper: str = "嘉定报") -> SearchHit:
    text = f"{title}。正文里有<b>嘉定</b>两个字。"
    return SearchHit(article_id=article_id, key=f"k{article_id}", issue_id=1, paper=paper,
                     date="2023-05-16", kind="article", title=title, score=1.0, headline=title,
                     text=text, terms=("嘉定",))  # fmt: skip


def panel(qtbot, hits: list[SearchHit] = ()) -> SearchPanel:
    results = SearchResultsModel()
    results.set_rows(list(hits))
    p = SearchPanel(results)
    qtbot.addWidget(p)
    p.resize(900, 400)
    p.show()
    qtbot.waitExposed(p)
    return p


def test_with_nothing_set_the_search_is_unfiltered(qtbot):
    p = panel(qtbot)
    p.set_choices(["嘉定报", "南翔报"], ["区情"])
    assert p.filters() == SearchFilters()
    assert p.paper.itemText(0) == "全部报纸" and p.tag.itemText(0) == "全部标签"
    assert [p.kind.itemText(i) for i in range(p.kind.count())][:3] == ["全部类型", "文章", "图片"]


def test_the_filters_set_are_the_filters_searched(qtbot):
    p = panel(qtbot)
    p.set_choices(["嘉定报", "南翔报"], ["区情", "交通"])
    with qtbot.waitSignal(p.filtersChanged):
        p.paper.setCurrentIndex(p.paper.findData("南翔报"))
    p.tag.setCurrentIndex(p.tag.findData("交通"))
    p.kind.setCurrentIndex(p.kind.findData("brief"))
    qtbot.keyClicks(p.date_from, " 2023-01 ")
    qtbot.keyClicks(p.date_to, "2023-06")
    with qtbot.waitSignal(p.filtersChanged):  # a typed date counts once it is finished
        qtbot.keyClick(p.date_to, Qt.Key.Key_Return)
    assert p.filters() == SearchFilters(
        paper="南翔报", date_from="2023-01", date_to="2023-06", tags=("交通",), kind="brief"
    )


def test_new_choices_keep_what_was_chosen_without_announcing_a_change(qtbot):
    p = panel(qtbot)
    p.set_choices(["嘉定报", "南翔报"], ["区情"])
    p.paper.setCurrentIndex(p.paper.findData("南翔报"))
    heard: list = []
    p.filtersChanged.connect(lambda: heard.append(True))
    p.set_choices(["南翔报", "安亭报"], [])
    assert p.paper.currentData() == "南翔报"
    assert heard == []
    p.set_choices(["安亭报"], [])  # the chosen paper is gone: all papers again
    assert p.filters().paper is None


def test_clicking_a_result_opens_its_article(qtbot):
    p = panel(qtbot, [hit(11, "区委常委会"), hit(12, "老街修缮")])
    second = p.list.model().index(1, 0)
    with qtbot.waitSignal(p.resultActivated) as opened:
        qtbot.mouseClick(
            p.list.viewport(), Qt.MouseButton.LeftButton, pos=p.list.visualRect(second).center()
        )
    assert opened.args == [12]


def test_a_result_shows_its_text_as_text_with_the_hits_marked(qtbot):
    p = panel(qtbot, [hit(11, "嘉定新闻")])
    rich = p.list.model().index(0, 0).data(HitRole.RICH)
    doc = QTextDocument()
    doc.setHtml(rich)
    assert "<b>嘉定</b>" in doc.toPlainText()  # the article's markup is shown, not obeyed
    assert rich.count("<span") >= 2  # the hit in the title and in the snippet


def test_tag_all_results_is_asked_for(qtbot):
    p = panel(qtbot, [hit(11, "区委常委会")])
    with qtbot.waitSignal(p.tagAllRequested):
        qtbot.mouseClick(p.tag_all, Qt.MouseButton.LeftButton)
