"""Handing work on from the window: references of a tag, an issue, the tree's selection or the
search's results into files a reference manager imports; a briefing made in its dialog; the
open article saved as PDF or printed; copying with a citation in a chosen style. Each is driven
as a user does it, on the real window over the seeded library, and the files' fields checked."""

import io
import json
import sys
import threading
from pathlib import Path

import pypdfium2
import pytest
from docx import Document
from PySide6.QtCore import QItemSelectionModel, QTranslator
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton

from desktop.services import annotations, tags
from desktop.services.articles import get_article, list_articles
from desktop.services.citation import cite_in, reference_of
from desktop.ui.actions import citation_copy_action, reference_export_action
from desktop.ui.controllers import handing_on
from desktop.ui.models.issue_tree import Role
from desktop.ui.settings import Settings
from desktop.ui.views import printing
from tests.unit.ui.test_interface_language import chrome_strings, wrong_language


def _save_as(monkeypatch, path: Path) -> list[str]:
    """The save dialog answers `path`; what it proposed is kept."""
    proposed = []

    def answer(_parent, _title, name, _filter):
        proposed.append(name)
        return str(path), _filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return proposed


def _finish(window, qtbot) -> None:
    qtbot.waitUntil(lambda: not window.jobs.busy, timeout=30_000)


def _articles(db, count):
    rows = [r for r in list_articles(db) if r.kind == "article"]
    return [r.id for r in rows[:count]]


def _pdf_text(path: Path) -> str:
    document = pypdfium2.PdfDocument(str(path))
    try:
        return "".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()


@pytest.mark.slow
def test_a_tags_articles_go_into_one_csl_json_file_with_paper_date_page_and_authors(
    window, qtbot, monkeypatch, tmp_path
):
    ids = _articles(window.db, 3)
    tags.tag_articles(window.db, "要闻", ids)
    proposed = _save_as(monkeypatch, tmp_path / "要闻")  # the user typed no suffix
    window.tag_panel.referencesRequested.emit("要闻", "csl-json")  # the tag menu's entry
    _finish(window, qtbot)
    assert Path(proposed[0]).name == "要闻.json"
    items = json.loads((tmp_path / "要闻.json").read_text("utf-8"))
    assert len(items) == 3
    for item, article_id in zip(items, ids, strict=True):
        ref = reference_of(get_article(window.db, article_id))
        assert item["type"] == "article-newspaper" and item["language"] == "zh-CN"
        assert item["container-title"] == ref.paper
        assert item["issued"] == {"date-parts": [ref.date_parts]}
        assert item.get("page") == ref.page
        assert [a.get("family", "") + a.get("given", "") for a in item.get("author", [])] == [
            n.family + n.given for n in ref.names
        ]
    assert "要闻.json" in window.statusBar().currentMessage()
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url))
    show = window.statusBar().findChild(QPushButton, "showInFolder")
    assert show.isVisible()
    show.click()
    assert [Path(u.toLocalFile()) for u in opened] == [tmp_path]


@pytest.mark.slow
def test_the_trees_chosen_articles_export_as_ris_from_the_file_menu(
    window, qtbot, monkeypatch, tmp_path
):
    first, second = _articles(window.db, 2)
    tree, model, proxy = window.tree, window.tree_model, window.tree_proxy
    window.reading.select_article(first)
    index = proxy.mapFromSource(model.index_for_article(second))
    tree.selectionModel().select(index, QItemSelectionModel.SelectionFlag.Select)  # Ctrl+click
    _save_as(monkeypatch, tmp_path / "两篇.ris")
    window.action_set[reference_export_action("selection", "ris")].trigger()
    _finish(window, qtbot)
    text = (tmp_path / "两篇.ris").read_text("utf-8")
    assert text.count("TY  - NEWS") == 2 and text.count("ER  - ") == 2
    ref = reference_of(get_article(window.db, first))
    assert f"T2  - {ref.paper}" in text and f"PY  - {ref.date_parts[0]}" in text
    proposed = _save_as(monkeypatch, tmp_path / "again.ris")
    window.action_set[reference_export_action("selection", "ris")].trigger()
    assert Path(proposed[0]).parent == tmp_path  # the next export starts where this one went
    _finish(window, qtbot)


@pytest.mark.slow
def test_an_issues_articles_and_the_search_results_export_as_bibtex(
    window, qtbot, monkeypatch, tmp_path
):
    issue = window.tree_model.index(0, 0)
    while issue.data(Role.ISSUE_ID) is None:
        issue = window.tree_model.index(0, 0, issue)
    issue_id = issue.data(Role.ISSUE_ID)
    _save_as(monkeypatch, tmp_path / "本期.bib")
    window.tree_actions.referencesRequested.emit(issue_id, "bibtex")  # the issue's menu entry
    _finish(window, qtbot)
    entries = (tmp_path / "本期.bib").read_text("utf-8").count("@article{")
    assert entries == len(list_articles(window.db, issue_id))

    window.search_field.setText("嘉定")
    window.searching.run()
    qtbot.waitUntil(lambda: window.searching.last_results is not None, timeout=30_000)
    found = window.searching.last_results.article_ids
    _save_as(monkeypatch, tmp_path / "搜索.bib")
    window.action_set[reference_export_action("search", "bibtex")].trigger()
    _finish(window, qtbot)
    assert (tmp_path / "搜索.bib").read_text("utf-8").count("@article{") == len(found) > 0


def test_without_search_results_nothing_is_asked_and_the_status_says_why(window, monkeypatch):
    asked = _save_as(monkeypatch, Path("unused.ris"))
    window.action_set[reference_export_action("search", "ris")].trigger()
    assert asked == [] and "搜索" in window.statusBar().currentMessage()


@pytest.mark.slow
def test_cancel_leaves_no_file(window, qtbot, monkeypatch, tmp_path):
    ids = _articles(window.db, 4)
    tags.tag_articles(window.db, "待办", ids)
    _save_as(monkeypatch, tmp_path / "待办.json")
    real = handing_on.get_article

    def cancel_then_read(db, article_id):  # the user presses Cancel while the job reads
        window.jobs.job.cancel()
        return real(db, article_id)

    monkeypatch.setattr(handing_on, "get_article", cancel_then_read)
    window.handing_on.export_tag_references("待办", "csl-json")
    _finish(window, qtbot)
    assert list(tmp_path.glob("待办*")) == [] and list(tmp_path.glob(".*.tmp")) == []
    assert "已取消" in window.statusBar().currentMessage()


@pytest.mark.slow
def test_a_place_that_cannot_be_written_shows_one_message(window, qtbot, monkeypatch, tmp_path):
    (tmp_path / "a-file").write_text("", "utf-8")
    _save_as(monkeypatch, tmp_path / "a-file" / "refs.ris")
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text: shown.append(text))
    window.reading.select_article(_articles(window.db, 1)[0])
    window.action_set[reference_export_action("selection", "ris")].trigger()
    _finish(window, qtbot)
    assert len(shown) == 1 and "a-file" in shown[0]


def test_copy_with_citation_in_a_chosen_style(window):
    article_id = _articles(window.db, 1)[0]
    window.reading.select_article(article_id)
    window.action_set[citation_copy_action("apa")].trigger()
    copied = QGuiApplication.clipboard().text()
    assert copied.endswith("——" + cite_in("apa", get_article(window.db, article_id)))
    assert "APA" in window.statusBar().currentMessage()


@pytest.mark.slow
def test_the_open_article_saved_as_pdf_has_its_text_and_notes(window, qtbot, monkeypatch, tmp_path):
    article_id = _articles(window.db, 1)[0]
    view = get_article(window.db, article_id)
    quote = view.article.text.split("\n")[-1][:12]
    annotations.highlight_quote(window.db, article_id, quote, note="请办公室跟进。")
    window.reading.select_article(article_id)
    _save_as(monkeypatch, tmp_path / "文章.pdf")
    window.action_set["saveArticlePdf"].trigger()
    _finish(window, qtbot)
    text = _pdf_text(tmp_path / "文章.pdf")
    assert view.article.title[:6] in text and "请办公室跟进。" in text
    assert view.paper in text


@pytest.mark.slow
def test_print_sends_the_articles_pages_to_the_chosen_printer(window, qtbot, monkeypatch, tmp_path):
    window.reading.select_article(_articles(window.db, 1)[0])
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setResolution(150)
    monkeypatch.setattr(printing, "ask_printer", lambda _title, _parent: printer)
    window.action_set["printArticle"].trigger()
    _finish(window, qtbot)
    document = pypdfium2.PdfDocument(str(tmp_path / "printed.pdf"))
    assert len(document) >= 1
    document.close()
    assert "打印" in window.statusBar().currentMessage()


def _five_tagged(db):
    """Five seeded articles tagged 简报, two of them highlighted, one with a note."""
    ids = [r.id for r in list_articles(db) if r.kind == "article"]
    ids = [ids[i] for i in (0, 1, 2, 7, 12)]
    tags.tag_articles(db, "简报", ids)
    annotations.highlight_quote(db, ids[0], "以铜为镜，可以正衣冠", note="以案为鉴。")
    annotations.highlight_quote(db, ids[1], "网格", color="green")
    return ids


@pytest.mark.slow
def test_a_briefing_of_a_tags_articles_reordered_exports_to_docx(
    window, qtbot, monkeypatch, tmp_path
):
    ids = _five_tagged(window.db)
    window.tag_panel.briefingRequested.emit("简报")  # the tag menu's entry
    dialog = window.handing_on.briefing_dialog
    qtbot.waitExposed(dialog)
    assert dialog.model.article_ids() == sorted(
        ids, key=list(window.tree_model.article_ids_in_order()).index
    )
    assert "5 篇文章" in dialog.summary.text() and "2 处高亮" in dialog.summary.text()
    before = dialog.model.article_ids()
    dialog.list.setCurrentIndex(dialog.model.index(4, 0))
    dialog.up.click()  # the last article goes fourth
    order = dialog.model.article_ids()
    assert order == [*before[:3], before[4], before[3]]
    dialog.title.setText("嘉定要闻简报")
    dialog.unit.setText("区委办公室信息科")
    dialog.format_buttons["docx"].click()
    proposed = _save_as(monkeypatch, tmp_path / "简报.docx")
    dialog.export_button.click()
    _finish(window, qtbot)
    assert Path(proposed[0]).name.startswith("嘉定要闻简报-")
    assert window.handing_on.briefing_dialog is None  # it closed once the file was named
    doc = Document(io.BytesIO((tmp_path / "简报.docx").read_bytes()))
    text = [p.text for p in doc.paragraphs]
    assert text[0] == "嘉定要闻简报"
    assert doc.tables[0].rows[0].cells[0].text == "区委办公室信息科"
    titles = [get_article(window.db, i).article.title for i in order]
    headlines = [t for t in text if t[:1].isdigit() and "．" in t]
    assert headlines[-5:] == [f"{n}．{t}" for n, t in enumerate(titles, 1)]
    assert "“以铜为镜，可以正衣冠”　以案为鉴。" in text


@pytest.mark.slow
def test_a_briefing_of_only_the_highlights_exports_to_pdf_and_its_choices_are_remembered(
    window, qtbot, monkeypatch, tmp_path
):
    ids = _five_tagged(window.db)
    window.reading.select_article(ids[0])
    window.action_set["makeBriefing"].trigger()  # File → 制作简报, the open article in it
    dialog = window.handing_on.briefing_dialog
    assert dialog.model.article_ids() == [ids[0]]
    tag_entry = next(a for a in dialog.sources.actions() if "简报" in a.text())
    tag_entry.trigger()  # 添加文章 → 标签：简报 (the one already there is not added twice)
    assert len(dialog.model.article_ids()) == 5
    dialog.unit.setText("区委办公室")
    dialog.highlights_only.click()
    dialog.format_buttons["pdf"].click()
    _save_as(monkeypatch, tmp_path / "摘要")
    dialog.export_button.click()
    _finish(window, qtbot)
    text = _pdf_text(tmp_path / "摘要.pdf")
    assert "以铜为镜，可以正衣冠" in text and "批注：以案为鉴。" in text
    assert "区委办公室" in text
    first_paragraph = get_article(window.db, ids[0]).article.block_list[0]["text"]
    assert first_paragraph[:20] not in text

    window.action_set["makeBriefing"].trigger()  # the next briefing starts from these choices
    again = window.handing_on.briefing_dialog
    assert again.unit.text() == "区委办公室" and again.highlights_only.isChecked()
    assert again.format_buttons["pdf"].isChecked()
    again.reject()


def test_a_briefing_with_no_articles_cannot_be_exported(window):
    window.handing_on.brief([])
    dialog = window.handing_on.briefing_dialog
    assert not dialog.export_button.isEnabled() and "添加文章" in dialog.summary.text()
    dialog.reject()


def test_the_file_menu_offers_every_reference_format_a_briefing_and_print(window):
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions()]
    assert "导出所选文章的参考文献" in texts and "导出搜索结果的参考文献" in texts
    assert "制作简报（Word / PDF）…" in texts and "打印当前文章…" in texts
    submenu = next(a.menu() for a in file_menu.actions() if a.text() == "导出所选文章的参考文献")
    assert [a.text() for a in submenu.actions()] == ["CSL-JSON…", "RIS…", "BibTeX…"]
    assert window.action_set["printArticle"].shortcut().toString() == "Ctrl+P"


def _no_translators() -> None:
    for translator in QApplication.instance().findChildren(QTranslator):
        QApplication.removeTranslator(translator)
        translator.deleteLater()


def test_the_briefing_dialog_speaks_english_in_the_english_interface(open_window, data_dir):
    Settings(data_dir.config_dir / "settings.ini").language = "en"
    _no_translators()  # an earlier window's Chinese ones
    window = open_window(data_dir)
    try:
        window.handing_on.brief(_articles(window.db, 2))
        dialog = window.handing_on.briefing_dialog
        dialog.show()
        assert wrong_language(chrome_strings(dialog, {dialog.title.text()}), "en") == []
        assert "Word document" in dialog.format_buttons["docx"].text()
        dialog.reject()
    finally:
        _no_translators()  # back to the Chinese source strings


def test_a_build_without_qts_print_support_says_how_to_print_instead(window, monkeypatch):
    monkeypatch.setitem(sys.modules, "desktop.ui.views.printing", None)  # the import fails
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text: shown.append(text))
    window.reading.select_article(_articles(window.db, 1)[0])
    window.action_set["printArticle"].trigger()
    assert len(shown) == 1 and "存为 PDF" in shown[0]


def test_while_another_job_runs_no_file_is_asked_for(window, qtbot, monkeypatch):
    release = threading.Event()
    window.jobs.run("导入", lambda _progress, _cancelled: release.wait(30), lambda _r: None)
    asked = _save_as(monkeypatch, Path("unused.ris"))
    window.reading.select_article(_articles(window.db, 1)[0])
    window.action_set[reference_export_action("selection", "ris")].trigger()
    release.set()
    _finish(window, qtbot)
    assert asked == [] and "另一项任务" in window.statusBar().currentMessage()


@pytest.mark.slow
def test_a_paper_chosen_in_the_tree_gives_every_article_of_its_issues(
    window, qtbot, monkeypatch, tmp_path
):
    paper = window.tree_proxy.index(0, 0)
    window.tree.selectionModel().select(paper, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    proxy = window.tree_proxy
    years = [proxy.index(r, 0, paper) for r in range(proxy.rowCount(paper))]
    issues = [
        proxy.index(r, 0, y).data(Role.ISSUE_ID) for y in years for r in range(proxy.rowCount(y))
    ]
    expected = sum(len(list_articles(window.db, i)) for i in issues)
    _save_as(monkeypatch, tmp_path / "全报.ris")
    window.action_set[reference_export_action("selection", "ris")].trigger()
    _finish(window, qtbot)
    assert (tmp_path / "全报.ris").read_text("utf-8").count("TY  - NEWS") == expected > 0
