"""The window started as the `district-reader` command starts it (desktop.ui.app.start_gui,
which run_gui calls before the event loop), with nothing loaded beforehand: jieba's dictionary
loads in the background, suggestions and search wait for it, and one window serves a library."""

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time

import pytest

from desktop.nlp import Segmenter
from desktop.paths import AppPaths
from desktop.resources import seed_files
from desktop.services.articles import list_articles
from desktop.services.library import list_issues
from desktop.ui.app import start_gui


@pytest.fixture
def started(qtbot, tmp_path, seeded_library_file):
    """A user's folder with a library in it (so the first run's import does not load jieba
    first), and the window as the command opens it."""
    paths = AppPaths.in_folder(tmp_path / "home")
    paths.data_dir.mkdir(parents=True)
    shutil.copyfile(seeded_library_file, paths.library_file)
    start = start_gui(paths)
    assert start.host is not None
    window = start.host.window
    qtbot.addWidget(window)
    yield paths, window
    start.host.close()


@pytest.mark.slow  # loads jieba in a fresh process state, as a user's start does
def test_suggested_tags_appear_once_the_dictionary_is_loaded_in_the_background(started, qtbot):
    _, window = started
    assert not window.language.is_ready  # nothing loaded it: the start did
    article = next(a for a in list_articles(window.db) if a.label == "共同营造风清气正的政治生态")
    window.reading.select_article(article.id)
    qtbot.waitUntil(lambda: window.suggestions.rowCount() > 0, timeout=30_000)
    assert window.language.is_ready


@pytest.mark.slow
def test_the_first_search_waits_for_the_dictionary_instead_of_loading_it_on_the_ui_thread(
    started, qtbot, monkeypatch
):
    _, window = started
    loads_on_ui_thread = []
    original = Segmenter._get_tokenizer

    def watched(self):
        if self._tokenizer is None and threading.current_thread() is threading.main_thread():
            loads_on_ui_thread.append(True)
        return original(self)

    monkeypatch.setattr(Segmenter, "_get_tokenizer", watched)
    window.search_field.setText("书记陆")
    window.searching.run()
    qtbot.waitUntil(lambda: window.results.rowCount() == 8, timeout=30_000)
    assert loads_on_ui_thread == []


@pytest.mark.slow
def test_a_second_start_on_the_same_library_hands_its_files_to_the_open_window(
    started, qtbot, tmp_path
):
    paths, window = started
    issue = tmp_path / "新的一期.txt"
    issue.write_text("第99期\n" + seed_files()[0].read_text("utf-8"), "utf-8")
    before = len(list_issues(window.db))
    second = subprocess.Popen(
        # As the launcher's "Open with District Reader" runs it (Exec=… open %F).
        [sys.executable, "-m", "desktop", "open", str(issue),
         "--data-dir", str(paths.data_dir.parent)],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    try:
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=60_000)
    finally:
        if second.poll() is None:  # it opened a window of its own: never leave it running
            second.kill()
            second.wait()
    assert second.returncode == 0  # it handed over and ended, no second window
    qtbot.waitUntil(lambda: len(list_issues(window.db)) == before + 1, timeout=60_000)


@pytest.mark.slow
def test_open_with_a_file_starts_the_window_imports_it_and_closes_on_sigterm(tmp_path):
    home = tmp_path / "home"
    issue = tmp_path / "另一期.txt"
    issue.write_text("第98期\n" + seed_files()[1].read_text("utf-8"), "utf-8")
    window = subprocess.Popen(
        [sys.executable, "-m", "desktop", "open", str(issue), "--data-dir", str(home)],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    library = home / "data" / "library.sqlite3"

    def issues() -> int:
        if not library.exists():
            return 0
        with sqlite3.connect(f"file:{library}?mode=ro", uri=True, timeout=5) as conn:
            return conn.execute("SELECT COUNT(*) FROM issue").fetchone()[0]

    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and window.poll() is None and issues() < 6:
        time.sleep(0.2)
    assert issues() == 6  # the five samples of a first run, and the file it was opened with
    window.send_signal(signal.SIGTERM)
    assert window.wait(timeout=60) == 0
