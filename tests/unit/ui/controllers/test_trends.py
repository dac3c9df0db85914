"""The 趋势 panel: a tag's, a person's or a search's articles a month, counted off the UI
thread; a bar's month narrows the tree to exactly its articles; the chart as PNG and its numbers
as CSV. Alone on a bare window, and in the real window the `district-reader` command opens,
asked for from the tag, people and search panels."""

import csv
import io
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMenu
from sqlalchemy import text as sql

from desktop.services import tags
from desktop.services.exports.escaping import CSV_BOM
from desktop.services.people import people_index
from desktop.ui.actions import ActionId
from desktop.ui.controllers.trends import TrendsController
from desktop.ui.models.issue_tree import NodeKind, Role
from desktop.ui.models.people import PeopleModel, PersonRole
from desktop.ui.models.search_results import SearchResultsModel
from desktop.ui.models.tags import SuggestionModel, TagListModel, TagRole
from desktop.ui.views.people_panel import PeoplePanel
from desktop.ui.views.search_panel import SearchPanel
from desktop.ui.views.tag_panel import TagPanel
from tests.helpers.trees import tree_rows


class ReadyLanguage(QObject):
    """The language tools with jieba already loaded (the session's segmenter)."""

    ready = Signal()
    is_ready = True


def shown_articles(proxy) -> set[int]:
    return {
        i.data(Role.ARTICLE_ID) for i in tree_rows(proxy) if i.data(Role.KIND) == NodeKind.ARTICLE
    }


def months_in_library(db, tag: str) -> dict[str, set[int]]:
    """The tagged articles of each month, straight from the library."""
    with db.session() as session:
        rows = session.execute(
            sql(
                "SELECT a.id, substr(ie.date, 1, 7) AS month FROM article a "
                "JOIN issue_effective ie ON ie.id = a.issue_id "
                "JOIN article_tag at ON at.article_key = a.key "
                "JOIN tag t ON t.id = at.tag_id WHERE t.name = :t"
            ),
            {"t": tag},
        ).all()
    months: dict[str, set[int]] = {}
    for r in rows:
        months.setdefault(r.month, set()).add(r.id)
    return months


def tag_some(db) -> dict[str, set[int]]:
    """两会 on two articles of 2023-05, one of 2023-10 and one of 2025-02."""
    with db.session() as session:
        ids = {
            r.issue_id: [x for (x,) in session.execute(
                sql("SELECT id FROM article WHERE issue_id = :i ORDER BY ordinal"),
                {"i": r.issue_id},
            )]
            for r in session.execute(sql("SELECT DISTINCT issue_id FROM article")).all()
        }  # fmt: skip
    chosen = ids[1][:2] + ids[3][:1] + ids[5][:1]
    tags.tag_articles(db, "两会", chosen)
    return months_in_library(db, "两会")


def asking_panels(host):
    """The panels the chart is asked for from: tags, people, search (with its words' field)."""
    tag_panel = TagPanel(
        TagListModel(show_counts=False, parent=host),
        TagListModel(show_counts=True, parent=host),
        SuggestionModel(host),
    )
    return (
        tag_panel,
        PeoplePanel(PeopleModel(host)),
        SearchPanel(SearchResultsModel(host)),
        QLineEdit(host),
    )


@pytest.fixture
def trends(services, reading, host):
    panels = asking_panels(host)
    controller = TrendsController(services, reading, ReadyLanguage(host), panels, host)
    yield controller
    controller.stop()


def test_a_tags_months_and_a_bar_that_narrows_the_tree(trends, reading, qtbot, db):
    assert trends.NAME == "trendsDock" and trends.SHOW_ACTION == ActionId.SHOW_TRENDS
    assert trends.title() == "趋势"
    expected = tag_some(db)
    trends.show_trend("tag", "两会")
    qtbot.waitUntil(lambda: trends.result is not None, timeout=10_000)
    counted = {r.month: set(r.article_ids) for r in trends.result.rows if r.count}
    assert counted == expected
    assert trends.panel.status.text() == "共 4 篇"
    trends.chart.choose("2023-05")
    assert set(reading.visible_article_ids()) == expected["2023-05"]
    assert reading.current.article.id in expected["2023-05"]  # its first article opens
    assert trends.panel.status.text() == "目录只显示 2023-05 的 2 篇（再次点击该月取消）"
    trends.chart.choose(None)
    assert len(reading.visible_article_ids()) == 36
    assert trends.panel.status.text() == "共 4 篇"


def test_a_new_tag_on_an_article_counts_again(trends, qtbot, db):
    tag_some(db)
    trends.show_trend("tag", "两会")
    qtbot.waitUntil(lambda: trends.result is not None, timeout=10_000)
    before = trends.result
    with db.session() as session:
        (other,) = session.execute(sql("SELECT id FROM article WHERE issue_id = 4 LIMIT 1")).one()
    tags.tag_articles(db, "两会", [other])
    trends.events.tagsChanged.emit()
    qtbot.waitUntil(lambda: trends.result is not before, timeout=10_000)
    assert trends.result.total == 5 and trends.result.rows[-1].month == "2025-03"


def test_the_exports_write_the_chart_and_its_numbers(trends, qtbot, db, tmp_path):
    expected = tag_some(db)
    trends.show_trend("tag", "两会")
    qtbot.waitUntil(lambda: trends.result is not None, timeout=10_000)
    trends.export_numbers(tmp_path / "out" / "两会.csv")
    text = (tmp_path / "out" / "两会.csv").read_text("utf-8")
    assert text.startswith(CSV_BOM)
    rows = list(csv.reader(io.StringIO(text[1:])))
    assert rows[0] == ["month", "count", "嘉定报", "嘉定国资", "article_ids"]
    counts = {r[0]: int(r[1]) for r in rows[1:]}
    assert {m: n for m, n in counts.items() if n} == {m: len(v) for m, v in expected.items()}
    assert len(rows) == 1 + 22  # every month from 2023-05 to 2025-02
    trends.chart.resize(500, 260)
    trends.export_image(tmp_path / "两会.png")
    image = QImage(str(tmp_path / "两会.png"))
    assert (image.width(), image.height()) == (1000, 520)
    assert list(tmp_path.glob(".*.tmp")) == []  # written whole, through a temporary file


def test_an_export_to_a_folder_says_what_to_do(trends, qtbot, db, tmp_path, monkeypatch):
    tag_some(db)
    trends.show_trend("tag", "两会")
    qtbot.waitUntil(lambda: trends.result is not None, timeout=10_000)
    told = []
    monkeypatch.setattr(trends.notifier, "failure", lambda title, error: told.append(str(error)))
    trends.export_numbers(tmp_path)
    assert told and "is a folder" in told[0]


def test_a_person_waits_for_the_dictionary(services, reading, host, qtbot):
    language = ReadyLanguage(host)
    language.is_ready = False
    panels = asking_panels(host)
    trends = TrendsController(services, reading, language, panels, host)
    trends.show_trend("person", "陆方舟")
    assert trends._job is None and "分词词典" in trends.panel.status.text()
    language.is_ready = True
    language.ready.emit()
    qtbot.waitUntil(lambda: trends.result is not None, timeout=30_000)
    assert trends.result.total == 9
    trends.stop()


def test_a_person_is_counted_from_the_people_panels_index(trends, qtbot, db, segmenter):
    people = trends.people
    people.set_rows(people_index(db, segmenter))  # the 人物 panel built its index
    trends.show_trend("person", "陆方舟")
    qtbot.waitUntil(lambda: trends.result is not None, timeout=10_000)
    lu = next(p for p in people.rows() if p.name == "陆方舟")
    assert {i for r in trends.result.rows for i in r.article_ids} == set(lu.articles)
    before = trends.result
    people.set_rows([p for p in people.rows() if p.name != "陆方舟"])  # rebuilt: gone
    qtbot.waitUntil(lambda: trends.result is not before, timeout=10_000)
    assert trends.result.rows == [] and trends.panel.status.text() == ""


# ---- in the real window ----


def choose_in_menus(text: str) -> None:
    """The next context menu to open is answered by a click on `text`, as a user would."""

    def pick() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):  # not open yet
            QTimer.singleShot(10, pick)
            return
        action = next(a for a in menu.actions() if a.text() == text)
        menu.setActiveAction(action)
        QTest.keyClick(menu, Qt.Key.Key_Return)

    QTimer.singleShot(0, pick)


def save_as(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(path), "*"))


@pytest.mark.slow
def test_the_window_charts_a_tag_from_its_menu(window, qtbot, monkeypatch, tmp_path):
    expected = tag_some(window.db)
    window.events.tagsChanged.emit()
    (trends,) = (p for p in window.panels if isinstance(p, TrendsController))
    tag_list = window.tag_panel.tag_list
    (row,) = (r for r in range(window.all_tags.rowCount())
              if window.all_tags.index(r).data(TagRole.NAME) == "两会")  # fmt: skip
    choose_in_menus("显示时间趋势")
    tag_list.customContextMenuRequested.emit(
        tag_list.visualRect(window.all_tags.index(row)).center()
    )
    dock = window.docks[trends.NAME]
    assert dock.isVisible() and trends.panel.subject.text() == "两会"
    qtbot.waitUntil(lambda: trends.result is not None, timeout=30_000)  # speed: the benchmark
    qtbot.waitExposed(trends.chart)
    chart = trends.chart
    bars = {r.month: r.count for r in trends.result.rows}
    assert {m: n for m, n in bars.items() if n} == {m: len(v) for m, v in expected.items()}

    index = chart.months().index("2023-10")
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=chart.bar_rect(index).center().toPoint())
    assert shown_articles(window.tree_proxy) == expected["2023-10"]
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=chart.bar_rect(index).center().toPoint())
    assert len(shown_articles(window.tree_proxy)) == 36

    save_as(monkeypatch, tmp_path / "chart.png")
    qtbot.mouseClick(trends.panel.export_image, Qt.MouseButton.LeftButton)
    assert not QImage(str(tmp_path / "chart.png")).isNull()
    save_as(monkeypatch, tmp_path / "chart.csv")
    qtbot.mouseClick(trends.panel.export_numbers, Qt.MouseButton.LeftButton)
    rows = list(csv.reader(io.StringIO((tmp_path / "chart.csv").read_text("utf-8")[1:])))
    assert {r[0]: r[1] for r in rows[1:] if r[1] != "0"} == {
        m: str(len(v)) for m, v in expected.items()
    }


@pytest.mark.slow
def test_the_window_charts_a_person_and_a_search(window, qtbot, monkeypatch):
    (trends,) = (p for p in window.panels if isinstance(p, TrendsController))
    (people,) = (p for p in window.panels if p.NAME == "peopleDock")
    people.rebuild()
    qtbot.waitUntil(lambda: people.model.rowCount() > 0, timeout=30_000)
    first = people.panel.proxy.index(0, 0)
    assert first.data(PersonRole.NAME) == "陆方舟"
    choose_in_menus("显示时间趋势")
    people.panel.list.customContextMenuRequested.emit(people.panel.list.visualRect(first).center())
    qtbot.waitUntil(lambda: trends.result is not None, timeout=10_000)
    assert {i for r in trends.result.rows for i in r.article_ids} == set(
        first.data(PersonRole.ARTICLES)
    )
    window.search_field.setText("嘉定")
    before = trends.result
    qtbot.mouseClick(window.search_panel.trend, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: trends.result is not before, timeout=10_000)
    assert trends.panel.kind.currentData() == "query" and trends.result.total == 22
    assert trends.result.papers == ("嘉定报", "嘉定国资")
    paper = window.search_panel.paper
    paper.setCurrentIndex(paper.findData("嘉定国资"))  # the search panel's filter counts too
    before = trends.result
    qtbot.mouseClick(window.search_panel.trend, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: trends.result is not before, timeout=10_000)
    assert trends.result.papers == ("嘉定国资",) and trends.result.total == 5
    assert trends.chart.title.endswith("（按搜索面板的筛选条件）")
