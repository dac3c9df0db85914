"""Every user-visible string goes through Qt's translation, and English is complete."""

import importlib.util
import re
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from desktop.resources import resource_path
from desktop.ui.settings import Settings

ROOT = Path(__file__).resolve().parents[3]
TS = resource_path("i18n", "district-reader_en.ts")


def _sources(ts_text):
    return set(re.findall(r"<source>(.*?)</source>", ts_text, re.S))


def _updater():
    """packaging/i18n/update_translations.py, which names the files the catalogue is made from."""
    path = ROOT / "packaging" / "i18n" / "update_translations.py"
    spec = importlib.util.spec_from_file_location("update_translations", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_english_catalogue_covers_every_string_in_the_code(tmp_path):
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    sources = [str(ROOT / source) for source in _updater().translated_sources()]
    subprocess.run(
        [str(lupdate), *sources, "-source-language", "zh_CN", "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    committed = TS.read_text("utf-8")
    assert _sources(fresh.read_text("utf-8")) == _sources(committed), (
        "run packaging/i18n/update_translations.py"
    )
    assert 'type="unfinished"' not in committed
    assert resource_path("i18n", "district-reader_en.qm").stat().st_mtime >= 0


def test_the_window_in_english(open_window, data_dir):
    Settings(data_dir.config_dir / "settings.ini").language = "en"
    window = open_window(data_dir)
    try:
        menus = [a.text() for a in window.menuBar().actions()]
        assert menus == ["&File", "&Edit", "&Article", "&View", "&Help"]
        assert window.windowTitle() == "District Reader (区报阅读)"
        assert window.search_field.placeholderText() == "Search all papers (Ctrl+F or /)"
        labels = [
            window.tree_model.index_for_article(i).data()
            for i in window.tree_model.article_ids_in_order()
        ]
        assert any(label.startswith("Photo: 5月14日") for label in labels)  # untitled pieces too
        assert any(label.startswith("(from page 1) ") for label in labels)
    finally:  # the next tests expect the Chinese interface
        for translator in QApplication.instance().findChildren(QTranslator):
            QApplication.removeTranslator(translator)
            translator.deleteLater()


def test_english_counts_agree_with_their_number(open_window, data_dir):
    Settings(data_dir.config_dir / "settings.ini").language = "en"
    window = open_window(data_dir)
    try:
        translate = QApplication.translate
        assert translate("ReadingController", "%n 条批注", None, 1) == "1 note"
        assert translate("ReadingController", "%n 条批注", None, 2) == "2 notes"
        assert translate("SearchingController", "找到 %n 篇", None, 1) == "1 article matches"
        assert translate("SearchingController", "找到 %n 篇", None, 3) == "3 articles match"
        assert window.counts_label.text().startswith("3 papers · 5 issues · 36 articles")
    finally:
        for translator in QApplication.instance().findChildren(QTranslator):
            QApplication.removeTranslator(translator)
            translator.deleteLater()
