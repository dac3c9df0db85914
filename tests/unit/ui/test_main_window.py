"""A reader's day in the window, driven through the real widgets on a temp library."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.services import annotations, tags
from desktop.services.library import stats
from desktop.ui.models.issue_tree import NodeKind, Role
from desktop.ui.models.tags import TagRole
from desktop.ui.views.note_dialog import NoteDialog
from tests.helpers.trees import tree_rows


def test_the_tree_shows_the_five_issues_and_their_articles(window, qtmodeltester):
    qtmodeltester.check(window.tree_model)
    qtmodeltester.check(window.tree_proxy)
    rows = list(tree_rows(window.tree_model))
    issues = [i for i in rows if i.data(Role.KIND) == NodeKind.ISSUE]
    articles = [i for i in rows if i.data(Role.KIND) == NodeKind.ARTICLE]
    assert len(issues) == 5 and len(articles) == 36
    papers = {
        i.data(Qt.ItemDataRole.DisplayRole).split("  ")[0]
        for i in rows
        if i.data(Role.KIND) == NodeKind.PAPER
    }
    assert papers == {"嘉定报", "青浦报", "嘉定国资"}
    labels = {i.data(Qt.ItemDataRole.DisplayRole) for i in articles}
    assert "共同营造风清气正的政治生态" in labels
    assert any(label.startswith("图片：") for label in labels)  # photos get a clear label
    assert any(label.startswith("（上接第1版）") for label in labels)


def _open(window, title):
    article = next(
        i for i in tree_rows(window.tree_model) if i.data(Qt.ItemDataRole.DisplayRole) == title
    )
    window.reading.select_article(article.data(Role.ARTICLE_ID))
    return article.data(Role.ARTICLE_ID)


def _select(window, text):
    body = window.reading.current.article.text
    start = body.index(text)
    window.reader.select_range(start, start + len(text))
    return start


def test_open_an_article_and_read_it(window):
    article_id = _open(window, "共同营造风清气正的政治生态")
    doc = window.reader.toPlainText()
    assert "嘉定区全面从严治党警示教育大会举行" in doc  # the kicker
    assert "嘉定报 · 2023-05 · 俞超" in doc  # the meta line
    assert "以铜为镜，可以正衣冠" in doc
    assert "第 1/6 篇" in window.position_label.text()
    assert annotations.article_state(window.db, article_id).read


def test_highlight_by_key_note_undo_redo(window, qtbot, monkeypatch):
    article_id = _open(window, "共同营造风清气正的政治生态")
    start = _select(window, "以铜为镜，可以正衣冠")
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_2)  # green
    marks = annotations.article_highlights(window.db, article_id)
    assert [(h.start, h.quote, h.color) for h in marks] == [
        (start, "以铜为镜，可以正衣冠", "green")
    ]
    assert len(window.reader.extraSelections()) == 1

    def write_note(dialog):
        dialog.editor.setPlainText("名句")
        return NoteDialog.DialogCode.Accepted

    monkeypatch.setattr(NoteDialog, "exec", write_note)
    window.annotating.edit_note(marks[0].id)
    assert annotations.article_highlights(window.db, article_id)[0].note == "名句"
    assert window.notes.rowCount() == 1

    window.undo_stack.undo()  # the note
    window.undo_stack.undo()  # the highlight
    assert annotations.article_highlights(window.db, article_id) == []
    window.undo_stack.redo()
    window.undo_stack.redo()
    again = annotations.article_highlights(window.db, article_id)
    assert [(h.quote, h.note, h.color) for h in again] == [
        ("以铜为镜，可以正衣冠", "名句", "green")
    ]


def test_a_highlight_after_a_character_outside_the_bmp_lands_on_the_text(window):
    from desktop.services.articles import get_article

    article_id = _open(window, "共同营造风清气正的政治生态")
    view = get_article(window.db, article_id)
    # Show the article as if its text began with 𠮷 (two UTF-16 units, one code point).
    view.article.blocks = view.article.blocks.replace('"text": "', '"text": "𠮷', 1)
    view.article.text = "𠮷" + view.article.text
    window.reading.current = view
    window.reader.show_article(view, [])
    start = _select(window, "以铜为镜")
    assert window.reader.selection_range() == (start, start + 4)
    assert window.reader.textCursor().selectedText() == "以铜为镜"


def test_tag_accept_a_suggestion_and_filter_the_tree(window, qtbot):
    article_id = _open(window, "共同营造风清气正的政治生态")
    window.tag_panel.input.setText("重点")
    qtbot.keyClick(window.tag_panel.input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.suggestions.rowCount() > 0, timeout=5000)
    suggestion = window.suggestions.index(0, 0)
    assert suggestion.data(TagRole.NAME) == "党风廉政"
    assert "警示教育" in suggestion.data(TagRole.TRIGGERS)
    window.tag_panel.suggestion_list.clicked.emit(suggestion)
    assert [t.name for t in tags.article_tags(window.db, article_id)] == ["党风廉政", "重点"]
    assert window.article_tags.names() == ["党风廉政", "重点"]

    window.tag_panel.select_tags(["重点"])
    visible = [i for i in tree_rows(window.tree_proxy) if i.data(Role.KIND) == NodeKind.ARTICLE]
    assert [i.data(Role.ARTICLE_ID) for i in visible] == [article_id]
    window.tag_panel.clear_filter()
    assert (
        len([i for i in tree_rows(window.tree_proxy) if i.data(Role.KIND) == NodeKind.ARTICLE])
        == 36
    )

    window.undo_stack.undo()
    assert [t.name for t in tags.article_tags(window.db, article_id)] == ["重点"]


def test_search_opens_the_first_result_with_every_hit_marked(window, qtbot):
    window.search_field.setText("书记陆")
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.results.rowCount() > 0)
    assert window.search_dock.isVisible()
    assert window.results.rowCount() == 8
    assert "找到 8 篇" in window.search_panel.summary.text()
    text = window.reading.current.article.text
    hits = [s for s in window.reader.extraSelections()]
    assert hits and all(s.cursor.selectedText() == "书记陆" for s in hits)
    assert len(hits) == text.count("书记陆")
    articles = [i for i in tree_rows(window.tree_proxy) if i.data(Role.KIND) == NodeKind.ARTICLE]
    hits = {window.results.row_at(r).article_id for r in range(8)}
    assert {i.data(Role.ARTICLE_ID) for i in articles} == hits  # the tree narrows too
    second = window.results.index(1, 0)
    window.search_panel.list.clicked.emit(second)
    assert window.reading.current.article.id == window.results.row_at(1).article_id


def test_star_and_keyboard_navigation(window, qtbot):
    first = _open(window, "共同营造风清气正的政治生态")
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_S)
    assert annotations.article_state(window.db, first).starred
    assert "★" in window.position_label.text()
    qtbot.keyClick(window.tree, Qt.Key.Key_J)
    assert window.reading.current.article.id != first
    qtbot.keyClick(window.tree, Qt.Key.Key_K)
    assert window.reading.current.article.id == first


def test_everything_is_as_left_after_a_restart(open_window, data_dir, qtbot):
    window = open_window(data_dir)
    article_id = _open(window, "陆方舟会见日本驻沪总领事一行")
    _select(window, "赤松秀一")
    window.annotating.highlight_selection("blue")
    window.tagging.tag_current("外事")
    window.reading.toggle_star()
    window.splitter.setSizes([200, 900, 200])
    sizes = window.splitter.sizes()
    window.close()
    window.db.close()

    again = open_window(data_dir)
    assert again.reading.current.article.id == article_id
    assert again.splitter.sizes() == sizes
    assert [h.quote for h in annotations.article_highlights(again.db, article_id)] == ["赤松秀一"]
    assert again.article_tags.names() == ["外事"]
    assert "★" in again.position_label.text()


def test_importing_a_bad_file_says_what_is_wrong(window, qtbot, tmp_path):
    bad = tmp_path / "scan.txt"
    bad.write_bytes(b"%PDF-1.7 not text")
    good = tmp_path / "copy.txt"
    good.write_text("本报讯 5月1日，嘉定区举行测试会议。\n\n撰稿 测试员\n", "utf-8")
    before = stats(window.db).issues
    window.library_ops.import_paths([bad, good])
    qtbot.waitUntil(lambda: window.library_ops.import_report_box is not None, timeout=15000)
    box = window.library_ops.import_report_box
    assert box.icon() == QMessageBox.Icon.Warning
    assert "新增 1 期" in box.text() and "1 个文件未能导入" in box.text()
    # In the interface's language: what the file is, and what to do.
    assert (
        "scan.txt：这是PDF 文档，不是文本文件。请把这期报纸导出为纯文本（.txt）后导入。"
        in box.detailedText()
    )
    assert stats(window.db).issues == before + 1
    box.close()
    QApplication.processEvents()


def test_the_list_models_pass_the_model_tester(window, qtmodeltester, qtbot):
    _open(window, "共同营造风清气正的政治生态")
    _select(window, "以铜为镜")
    window.annotating.highlight_selection("yellow")
    window.tagging.tag_current("廉政建设")
    qtbot.waitUntil(lambda: window.suggestions.rowCount() > 0, timeout=5000)
    for model in (window.article_tags, window.suggestions):  # the open article's
        assert model.rowCount() > 0
        qtmodeltester.check(model)
    window.search_field.setText("网格")
    window.searching.run()
    qtbot.waitUntil(lambda: window.results.rowCount() > 0)
    for model in (window.all_tags, window.results, window.notes):
        assert model.rowCount() > 0
        qtmodeltester.check(model)


def test_correct_an_issues_date_in_its_dialog(window, qtbot, monkeypatch):
    from desktop.ui.views.issue_dialog import IssueDialog

    issue = window.tree_model.issue_of(_open(window, "共同营造风清气正的政治生态"))

    def fill_and_save(dialog):
        dialog.date.setText("2023-13")
        dialog.accept()  # refused: the dialog stays open and says why
        assert not dialog.error.isHidden() and "2023-13" in dialog.error.text()
        dialog.date.setText("2023-05-16")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(IssueDialog, "exec", fill_and_save)
    window.tree_actions.edit_issue(issue.id)
    assert window.tree_model.issue_of(window.reading.current.article.id).date == "2023-05-16"
    assert "2023-05-16" in window.position_label.text()


def test_an_orphaned_highlight_is_re_placed_from_the_annotations_view(window, segmenter):
    from dataclasses import replace

    from desktop.ingest import parse_text
    from desktop.services.library import reparse
    from desktop.store.models import Highlight

    article_id = _open(window, "共同营造风清气正的政治生态")
    _select(window, "以铜为镜，可以正衣冠")
    window.annotating.highlight_selection("pink")

    def reworded(*args, **kwargs):
        parsed = parse_text(*args, **kwargs)
        for a in parsed.articles:
            a.blocks = [
                replace(b, text=b.text.replace("以铜为镜，可以正衣冠", "以铜为鉴，可正衣冠"))
                for b in a.blocks
            ]
        return parsed

    reparse(window.db, segmenter, parse=reworded)
    window.reload()
    window.notes_panel.orphaned.setChecked(True)
    assert window.notes.rowCount() == 1
    orphan = window.notes.row_at(0).highlight
    assert orphan.orphaned

    # The row was rewritten in place (its id stays); the window found the article by its key.
    assert window.reading.current.article.id == article_id
    assert window.reading.current.article.title == "共同营造风清气正的政治生态"
    _select(window, "以铜为鉴，可正衣冠")
    window.notes_panel.table.selectRow(0)
    window.notes_panel.replace_button.click()
    placed = annotations.get_highlight(window.db, orphan.id)
    assert (placed.orphaned, placed.quote, placed.color) == (False, "以铜为鉴，可正衣冠", "pink")
    assert window.notes.rowCount() == 0  # no orphans left

    window.undo_stack.undo()
    again = annotations.get_highlight(window.db, orphan.id)
    assert isinstance(again, Highlight) and again.orphaned and again.quote == "以铜为镜，可以正衣冠"


def test_markup_in_a_file_is_shown_as_text(window, qtbot, tmp_path):
    hostile = tmp_path / "hostile.txt"
    hostile.write_text(
        "<h1>大标题</h1><script>alert(1)</script>\n\n"
        "本报讯 5月12日，<b>不应加粗</b>的文字与 **星号** 以及 \u202e反向 一起出现。\n\n"
        "撰稿 测试员\n",
        "utf-8",
    )
    window.library_ops.import_paths([hostile])
    qtbot.waitUntil(lambda: window.library_ops.import_report_box is not None, timeout=15000)
    window.library_ops.import_report_box.close()
    article = next(
        i
        for i in tree_rows(window.tree_model)
        if "<h1>" in (i.data(Qt.ItemDataRole.DisplayRole) or "")
    )
    window.reading.select_article(article.data(Role.ARTICLE_ID))
    shown = window.reader.toPlainText()
    assert "<h1>大标题</h1><script>alert(1)</script>" in shown  # the title, literally
    assert "<b>不应加粗</b>" in shown and "**星号**" in shown
    body = window.reader.document().find("不应加粗")
    assert not body.charFormat().font().bold()


@pytest.mark.slow  # 40 issues through the import job
def test_importing_a_folder_of_many_issues_from_the_window(window, qtbot, tmp_path):
    """Enough files for worker processes, started from the window's import thread."""
    from desktop.services.preparing import PARALLEL_FROM
    from tests.helpers.issues import new_issues

    count = PARALLEL_FROM + 2
    folder = new_issues(tmp_path / "inbox", count)
    before = stats(window.db).issues
    window.library_ops.import_paths([folder])
    qtbot.waitUntil(lambda: window.library_ops.import_report_box is not None, timeout=60000)
    assert f"新增 {count} 期" in window.library_ops.import_report_box.text()
    assert stats(window.db).issues == before + count
    window.library_ops.import_report_box.close()
    QApplication.processEvents()


def test_tags_the_user_gave_similar_articles_are_suggested_with_their_words(window, qtbot):
    from desktop.services.search import search

    car = search(window.db, window.ctx.segmenter, "汽车", limit=None).article_ids
    window.tagging.tag_articles("车城", car[:4])  # the window retrains in the background
    qtbot.waitUntil(lambda: window.tagging._learning is None, timeout=30_000)
    window.reading.select_article(car[4])
    qtbot.waitUntil(
        lambda: (
            "车城"
            in [
                window.suggestions.index(r, 0).data(TagRole.NAME)
                for r in range(window.suggestions.rowCount())
            ]
        ),
        timeout=10_000,
    )
    row = next(
        r
        for r in range(window.suggestions.rowCount())
        if window.suggestions.index(r, 0).data(TagRole.NAME) == "车城"
    )
    assert window.suggestions.index(row, 0).data(TagRole.TRIGGERS)  # the words behind it
