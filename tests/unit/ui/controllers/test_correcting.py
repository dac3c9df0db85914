"""Correcting the parse from the window: the reader's and the tree's menus make corrections on
the real library, the open article is found again by its key, and the window's Undo and Redo
take each correction back and make it again."""

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMenu

from desktop.services import corrections as correcting
from desktop.services.articles import list_articles
from desktop.ui.actions import ActionId
from desktop.ui.controllers.changes import Changes
from desktop.ui.controllers.correcting import CorrectingController, paragraph_at
from desktop.ui.views.article_fields_dialog import ArticleFieldsDialog
from desktop.ui.views.corrections_dialog import CorrectionsDialog


def entry(menu, *path):
    """The action at `path` of a menu's texts (submenus by their titles)."""
    *submenus, text = path
    for title in submenus:
        menu = next(a.menu() for a in menu.actions() if a.menu() and a.text() == title)
    return next(a for a in menu.actions() if a.text() == text)


def build(services, reading, host):
    stack = QUndoStack(host)
    controller = CorrectingController(services, Changes(services, stack, reading, host), reading)
    services.events.libraryReloaded.connect(reading.reload)
    return controller, stack


def issue_articles(db):
    return list_articles(db, 1)


def test_paragraph_at_counts_the_lines_before_the_offset():
    assert paragraph_at("一二\n三四五\n六", 4) == (1, 1)
    assert paragraph_at("一二\n三四五\n六", 0) == (0, 0)


def test_a_new_article_from_the_readers_menu_and_undo_redo(services, reading, host):
    controller, stack = build(services, reading, host)
    db = services.ctx.db
    first = issue_articles(db)[0]
    reading.select_article(first.id)
    text = reading.current.article.text
    offset = len("\n".join(text.split("\n")[:3])) + 3  # inside the fourth paragraph
    menu = QMenu(host)
    controller.reader_menu(menu, offset)
    # That paragraph is running text, not offered as a title; a new article from it is.
    assert not entry(menu, "更正解析", "从此段起另成一篇，此段作标题").isEnabled()
    entry(menu, "更正解析", "从此段起另成一篇").trigger()
    after = issue_articles(db)
    assert len(after) == 7 and after[1].label.startswith(text.split("\n")[3][:8])
    assert reading.current.article.key == first.key  # still open, found by its key
    assert reading.current.article.text == "\n".join(text.split("\n")[:3])
    assert stack.undoText() == "拆分文章"
    stack.undo()
    assert len(issue_articles(db)) == 6 and reading.current.article.text == text
    stack.redo()
    assert len(issue_articles(db)) == 7
    assert [c.undone for c in correcting.list_corrections(db, 1)] == [False]


def test_a_headline_line_given_its_role_from_the_trees_menu(services, reading, host):
    controller, stack = build(services, reading, host)
    db = services.ctx.db
    first = issue_articles(db)[0]
    menu = QMenu(host)
    controller.article_menu(menu, first.id)
    kicker = next(
        a.text() for a in entry(menu, "更正解析").menu().actions() if a.text().startswith("引题「")
    )
    assert kicker.endswith("」其实是")
    entry(menu, "更正解析", kicker, "副题").trigger()
    view = correcting.issue_as_corrected(db, 1)[0]
    assert view.article.kicker is None and view.article.subtitle
    assert view.corrected == ["kicker", "subtitle"]
    stack.undo()
    assert correcting.issue_as_corrected(db, 1)[0].article.kicker


def test_a_correction_that_cannot_be_made_says_why_and_leaves_no_step(
    services, reading, host, monkeypatch
):
    controller, stack = build(services, reading, host)
    said = []
    monkeypatch.setattr(services.notifier, "warn", lambda title, text: said.append(text))
    first = issue_articles(services.ctx.db)[0]
    menu = QMenu(host)
    controller.article_menu(menu, first.id)
    entry(menu, "更正解析", "与上一篇合并").trigger()
    assert said == ["不能合并：那一边没有文章。"]
    assert stack.count() == 0 and correcting.list_corrections(services.ctx.db, 1) == []


@pytest.mark.slow
def test_the_window_offers_the_corrections_in_the_reader_and_undoes_them(window, monkeypatch):
    said = []
    monkeypatch.setattr(window.notifier, "warn", lambda title, text: said.append(text))
    window.reading.select_article(issue_articles(window.db)[0].id)
    text = window.reading.current.article.text
    menu = QMenu(window)
    window.reader.contextMenuAboutToShow.emit(menu, len(text.split("\n")[0]) + 2)
    entry(menu, "更正解析", "把此段移到上一篇").trigger()  # the first article has none before
    assert said == ["不能移动：那一边没有文章，或这一行不是段落。"]
    assert window.undo_stack.count() == 0
    menu = QMenu(window)
    window.reader.contextMenuAboutToShow.emit(menu, len(text.split("\n")[0]) + 2)
    entry(menu, "更正解析", "与下一段合为一段").trigger()
    joined = window.reading.current.article.text
    assert joined.count("\n") == text.count("\n") - 1
    window.action_set[ActionId.UNDO].trigger()
    assert window.reading.current.article.text == text


def test_the_headline_fields_edited_in_a_dialog(services, reading, host, monkeypatch):
    def save(dialog):
        dialog.fields["title"].setText("  更正后的  标题 ")
        dialog.authors.setText("俞超、李华成")
        dialog.kind.setCurrentIndex(dialog.kind.findData("brief"))
        return ArticleFieldsDialog.DialogCode.Accepted

    monkeypatch.setattr(ArticleFieldsDialog, "exec", save)
    controller, stack = build(services, reading, host)
    db = services.ctx.db
    first = issue_articles(db)[0]
    menu = QMenu(host)
    controller.article_menu(menu, first.id)
    entry(menu, "更正解析", "编辑标题与署名…").trigger()
    view = correcting.issue_as_corrected(db, 1)[0]
    assert (view.article.title, view.article.authors, view.article.kind) == (
        "更正后的 标题",
        ["俞超", "李华成"],
        "brief",
    )
    assert view.corrected == ["authors", "kind", "title"]
    assert [c.details for c in correcting.list_corrections(db, 1)] == [
        {"fields": {"title": "更正后的 标题", "authors": ["俞超", "李华成"], "kind": "brief"}}
    ]
    stack.undo()
    assert correcting.issue_as_corrected(db, 1)[0].article.title == first.title


def test_a_dialog_left_unchanged_makes_no_correction(services, reading, host, monkeypatch):
    monkeypatch.setattr(
        ArticleFieldsDialog, "exec", lambda _d: ArticleFieldsDialog.DialogCode.Accepted
    )
    controller, stack = build(services, reading, host)
    controller.edit_fields(issue_articles(services.ctx.db)[0].id)
    assert stack.count() == 0 and correcting.list_corrections(services.ctx.db, 1) == []


def test_the_issues_corrections_are_listed_from_the_trees_menu(
    services, reading, host, monkeypatch
):
    shown = []
    monkeypatch.setattr(
        CorrectionsDialog, "exec", lambda d: shown.append(d.table.item(0, 2).text())
    )
    controller, _ = build(services, reading, host)
    db = services.ctx.db
    controller.set_role(issue_articles(db)[0].id, "kicker", "subtitle")
    menu = QMenu(host)
    controller.issue_menu(menu, 1)
    entry(menu, "本期的更正…").trigger()
    assert shown == ["生效"]
