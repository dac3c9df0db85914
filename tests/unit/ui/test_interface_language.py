"""Every string the interface itself shows — window, menus, toolbar, panels, status bar, the
dialogs, Qt's own file dialog — is in the chosen language, and choosing another language shows
the window in it at once. What comes from the library (papers, titles, tags, paths) is data and
is left out; so are names that are the same in both languages (District Reader, GB/T 7714, file
formats, key names)."""

import re
import shutil
import threading

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDockWidget,
    QFileDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTabBar,
    QWidget,
)

from desktop.paths import AppPaths
from desktop.resources import resource_path
from desktop.services import tags
from desktop.store.backups import list_backups
from desktop.store.errors import ErrorCode, library_error
from desktop.ui.app import WindowHost, build_window, make_application, start_gui
from desktop.ui.interface_language import InterfaceLanguage, ui_language
from desktop.ui.settings import Settings
from desktop.ui.views.issue_dialog import IssueDialog
from desktop.ui.views.library_problem import LibraryProblemDialog
from desktop.ui.views.restore_dialog import RestoreDialog
from desktop.ui.views.shortcuts import ShortcutsDialog, shortcut_rows

FILE_NAME = re.compile(r"[\w.-]+\.(?:txt|sqlite3|json|csv|md)\b")
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff01-\uff5e]")
# Words the same in either interface: the name, standards, formats, keys.
SHARED = re.compile(
    r"District Reader|GB/T 7714|Markdown|CSV|JSON|HTML|PDF|UTF-8|UTF-16|GB18030|GBK|\.txt|English|"
    r"CSL-JSON|RIS|BibTeX|APA|Chicago|Word|\.docx|"
    r"\b(?:Ctrl|Shift|Alt|Meta|Del|Delete|Esc|Enter|Return|Tab|Backspace|F\d+|PgUp|PgDown)\b"
)
ENGLISH_WORD = re.compile(r"[A-Za-z]{3,}")
# In the English interface: the programme's Chinese name beside its English one, and the
# Chinese interface's own name in the language menu, are meant to be Chinese.
CHINESE_ON_PURPOSE = re.compile(r"区报阅读|简体中文")


def chrome_strings(root: QWidget, data: set[str]) -> set[str]:
    """The interface's own strings under `root`: texts, titles, placeholders, tooltips,
    actions, tabs, headers, and the choices of lists that are not library data."""
    found: set[str] = set()
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if not w.isVisibleTo(root) and w is not root:
            continue
        found.update({w.windowTitle(), w.toolTip()})
        if isinstance(w, (QLabel, QAbstractButton)):
            found.add(w.text())
        if isinstance(w, QLineEdit):
            found.add(w.placeholderText())
        if isinstance(w, QGroupBox):
            found.add(w.title())
        if isinstance(w, QDockWidget):
            found.add(w.windowTitle())
        if isinstance(w, QTabBar):
            found.update(w.tabText(i) for i in range(w.count()))
        if isinstance(w, QComboBox):
            found.update(w.itemText(i) for i in range(w.count()))
        if isinstance(w, QHeaderView) and w.model() is not None and not w.isHidden():
            for section in range(w.count()):
                found.add(str(w.model().headerData(section, w.orientation()) or ""))
    for action in root.findChildren(QAction):
        found.update({action.text(), action.toolTip(), action.statusTip()})
    # Library data inside an interface string ("嘉定报 2023-05 · article 2 of 6") is taken out.
    for item in sorted(data, key=len, reverse=True):
        found = {s.replace(item, "") for s in found} if item else found
    return {FILE_NAME.sub("", s) for s in found if s.strip()}


def wrong_language(strings: set[str], language: str) -> list[str]:
    if language == "en":
        return sorted(s for s in strings if CJK.search(CHINESE_ON_PURPOSE.sub("", s)))
    return sorted(s for s in strings if ENGLISH_WORD.search(SHARED.sub("", s)))


def library_data(window) -> set[str]:
    """Strings that come from the library, not from the interface."""
    data = set(window.tree_model.papers())
    data.update(t.name for t in window.all_tags.tags) if hasattr(window.all_tags, "tags") else None
    for combo in (window.search_panel.paper, window.search_panel.tag):
        data.update(combo.itemText(i) for i in range(1, combo.count()))
    return data


@pytest.fixture(params=["zh_CN", "en"])
def language_window(request, open_window, data_dir):
    Settings(data_dir.config_dir / "settings.ini").language = request.param
    window = open_window(data_dir)
    yield request.param, window
    for translator in QApplication.instance().findChildren(QTranslator):  # back to Chinese
        QApplication.removeTranslator(translator)
        translator.deleteLater()


def test_the_window_menus_and_panels_speak_one_language(language_window, qtbot):
    language, window = language_window
    window.search_dock.show()
    window.notes_dock.show()
    window.search_field.setText("网格")
    window.searching.run()
    qtbot.waitUntil(lambda: window.results.rowCount() > 0)
    window.reading.update_status()
    strings = chrome_strings(window, library_data(window))
    strings.update(window.statusBar().findChildren(QLabel) and {window.counts_label.text()})
    strings.add(window.search_panel.summary.text())
    assert wrong_language(strings, language) == []


def test_every_dialog_speaks_the_windows_language(language_window, qtbot, tmp_path):
    language, window = language_window
    issue = window.tree_model.issue_of(window.reading.current.article.id)
    dialogs = [
        ShortcutsDialog(shortcut_rows(window.findChildren(QAction)), window),
        IssueDialog(issue, window),
        RestoreDialog(list_backups(window.db.path), window),
        *(
            LibraryProblemDialog(
                library_error(code, tmp_path / "x.sqlite3"), tmp_path / "x.sqlite3", []
            )
            for code in (ErrorCode.FOREIGN_DATABASE, ErrorCode.LOCKED, ErrorCode.EMPTY_FILE)
        ),
    ]
    files = QFileDialog(window)
    files.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialogs.append(files)
    for dialog in dialogs:
        dialog.show()
        qtbot.waitExposed(dialog)
        data = {
            "problem",
            "advice",
            str(tmp_path / "x.sqlite3"),
            issue.paper or "",
            issue.date or "",
        }
        strings = chrome_strings(dialog, data)
        strings = {s for s in strings if str(tmp_path) not in s and "/" not in s[:1]}
        assert wrong_language(strings, language) == [], type(dialog).__name__
        dialog.close()


def test_input_errors_are_said_in_the_interfaces_language(language_window):
    from desktop.ingest import IngestError, decode
    from desktop.services import tags
    from desktop.services.dates import check_date
    from desktop.services.errors import InvalidInput
    from desktop.services.search import parse_query
    from desktop.ui.error_text import input_error_text

    language, window = language_window
    raised = []
    for attempt in (
        lambda: decode(b"%PDF-1.7 ...", "scan.txt"),
        lambda: decode(b"", "empty.txt"),
        lambda: tags.check_name(" "),
        lambda: tags.create_tag(window.db, "要闻") and tags.create_tag(window.db, "要闻"),
        lambda: check_date("2023-13"),
        lambda: parse_query("字" * 2000),
    ):
        try:
            attempt()
        except (IngestError, InvalidInput) as error:
            raised.append(input_error_text(error))
    assert len(raised) == 6
    data = {"scan.txt", "empty.txt", "要闻", "2023-13"}
    texts = set()
    for text in raised:
        for item in data:
            text = text.replace(item, "")
        texts.add(text)
    assert wrong_language(texts, language) == []


def _remove_translators():
    for translator in QApplication.instance().findChildren(QTranslator):  # back to Chinese
        QApplication.removeTranslator(translator)
        translator.deleteLater()


def _title(language: InterfaceLanguage, chosen: str) -> str:
    language.use(chosen)
    return QCoreApplication.translate("MainWindow", "区报阅读 District Reader")


def test_chinese_unless_english_is_chosen_or_the_system_speaks_it():
    assert ui_language("zh_CN", QLocale(QLocale.Language.English)) == "zh_CN"
    assert ui_language("en", QLocale(QLocale.Language.Chinese)) == "en"
    assert ui_language("system", QLocale(QLocale.Language.English)) == "en"
    assert ui_language("system", QLocale(QLocale.Language.Chinese)) == "zh_CN"
    assert ui_language("system", QLocale.c()) == "zh_CN"


def test_a_language_replaces_the_catalogues_of_the_one_before(qtbot):
    make_application()
    language = InterfaceLanguage(QApplication.instance())
    someone_elses = QTranslator()  # another part's catalogue (English): switching leaves it
    assert someone_elses.load(str(resource_path("i18n", "district-reader_en.qm")))
    QCoreApplication.installTranslator(someone_elses)
    try:
        assert _title(language, "zh_CN") == "District Reader (区报阅读)"
        QCoreApplication.removeTranslator(someone_elses)
        assert _title(language, "en") == "District Reader (区报阅读)"
        assert _title(language, "en") == "District Reader (区报阅读)"  # once is enough
        assert _title(language, "zh_CN") == "区报阅读 District Reader"  # English removed
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"  # Qt's own
        assert _title(language, "en") == "District Reader (区报阅读)"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    finally:
        _remove_translators()


@pytest.fixture
def hosted(qtbot, data_dir, segmenter):
    """The window as the start holds it (WindowHost, one InterfaceLanguage for the
    application), in Chinese, on a copy of the sample library."""
    make_application()
    language = InterfaceLanguage(QApplication.instance())
    window = build_window(data_dir, segmenter=segmenter, language=language)
    host = WindowHost(data_dir, window, language)
    window.show()
    qtbot.waitExposed(window)
    yield host
    host.close()
    if host.window is not None:
        host.window.close()
    _remove_translators()


def _choose_language(window, key: str) -> None:
    """As the user does: View → Language → the language."""
    window.appearance.language_actions[key].trigger()


def test_choosing_english_shows_the_window_in_english_at_once_as_it_was(hosted, qtbot):
    old = hosted.window
    articles = old.reading.visible_article_ids()
    tags.tag_articles(old.db, "党建", articles[2:8])
    old.events.tagsChanged.emit()
    old.reading.select_article(articles[3])
    old.tag_panel.select_tags(["党建"])
    narrowed = old.reading.visible_article_ids()
    assert narrowed == articles[2:8]
    old.search_panel.paper.setCurrentIndex(old.search_panel.paper.findData("嘉定报"))
    old.search_field.setText("嘉定")
    old.searching.run()
    qtbot.waitUntil(lambda: old.results.rowCount() > 0)
    found = old.results.rowCount()
    reading = old.reading.current.article.id
    assert reading in narrowed
    old.resize(780, 720)  # within the offscreen screen, which a restored geometry must fit
    qtbot.wait(50)
    old.reader.verticalScrollBar().setValue(120)
    geometry = old.geometry()

    _choose_language(old, "en")

    window = hosted.window
    assert window is not old and window.isVisible()
    assert window.windowTitle() == "District Reader (区报阅读)"
    assert [a.text() for a in window.menuBar().actions()] == [
        "&File", "&Edit", "&Article", "&View", "&Help",
    ]  # fmt: skip
    assert wrong_language(chrome_strings(window, library_data(window)), "en") == []
    assert window.reading.current.article.id == reading
    assert window.tag_panel.selected_tags() == ["党建"]
    assert window.reading.visible_article_ids() == narrowed
    assert window.search_field.text() == "嘉定"
    assert window.search_panel.filters().paper == "嘉定报"
    qtbot.waitUntil(lambda: window.results.rowCount() == found)
    assert window.geometry() == geometry  # in the same place, the same size
    assert window.reader.verticalScrollBar().value() == 120
    assert window.appearance.language_actions["en"].isChecked()
    assert Settings(hosted.paths.config_dir / "settings.ini").language == "en"

    _choose_language(window, "zh_CN")
    back = hosted.window
    assert back.windowTitle() == "区报阅读 District Reader"
    assert wrong_language(chrome_strings(back, library_data(back)), "zh_CN") == []
    assert back.reading.current.article.id == reading


def test_choosing_the_language_already_shown_keeps_the_window(hosted):
    window = hosted.window
    _choose_language(window, "zh_CN")
    assert hosted.window is window
    _choose_language(window, "system")  # this machine's system language is not English
    assert hosted.window is window and window.isVisible()


def test_a_running_import_is_never_cut_short_the_language_changes_when_it_ends(hosted, qtbot):
    window = hosted.window
    release, finished = threading.Event(), []

    def work(_progress, _cancelled):
        release.wait(30)
        return "done"

    window.jobs.run("导入", work, finished.append)
    _choose_language(window, "en")
    assert hosted.window is window  # still the Chinese window, its job still running
    assert "当前任务完成后将切换界面语言" in window.statusBar().currentMessage()
    release.set()
    qtbot.waitUntil(lambda: hosted.window is not window, timeout=10_000)
    assert finished == ["done"]  # the job's own ending ran, in the window that started it
    assert hosted.window.windowTitle() == "District Reader (区报阅读)"


@pytest.mark.slow  # a start as the command makes it: jieba loads in the background
def test_the_started_window_changes_language_from_its_menu(qtbot, tmp_path, seeded_library_file):
    paths = AppPaths.in_folder(tmp_path / "home")
    paths.data_dir.mkdir(parents=True)
    shutil.copyfile(seeded_library_file, paths.library_file)
    start = start_gui(paths)
    assert start.host is not None
    try:
        window = start.host.window
        qtbot.waitUntil(lambda: window.language.is_ready, timeout=30_000)
        _choose_language(window, "en")
        english = start.host.window
        assert english is not window
        assert english.windowTitle() == "District Reader (区报阅读)"
        qtbot.waitUntil(lambda: english.language.is_ready)  # ready at once: loaded before
        english.search_field.setText("书记")
        english.searching.run()
        qtbot.waitUntil(lambda: english.results.rowCount() > 0)
        assert wrong_language({english.search_panel.summary.text()}, "en") == []
    finally:
        start.host.close()
        _remove_translators()
