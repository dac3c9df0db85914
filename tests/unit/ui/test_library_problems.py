"""When the library cannot be opened or written, the window says what is wrong in plain words
and offers the ways out: restore a backup, open read-only, choose another library."""

import sqlite3
from datetime import date

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox
from sqlalchemy import event

from desktop.paths import AppPaths
from desktop.services import annotations, backup, library
from desktop.services.articles import list_articles
from desktop.store.backups import list_backups
from desktop.store.database import open_database
from desktop.store.errors import DiskFullError
from desktop.ui.actions import ActionId
from desktop.ui.app import make_application, open_window_or_way_out
from desktop.ui.errors import CrashReporter
from desktop.ui.settings import Settings
from tests.helpers.filesystems import read_only_folder


@pytest.fixture
def way_out(qtbot, segmenter):
    """Open the window through the library-problem dialog; `choose` answers the dialog."""
    make_application()
    opened = []

    def _open(paths, choose, db_file=None):
        window = open_window_or_way_out(paths, db_file, segmenter, ask=choose)
        if window is not None:
            qtbot.addWidget(window)
            opened.append(window)
        return window

    yield _open
    for window in opened:
        window.db.close()


def test_a_damaged_library_is_restored_from_the_daily_backup(way_out, data_dir):
    db = open_database(data_dir.library_file)
    backup.daily_backup(db, date(2026, 3, 1))
    db.close()
    data_dir.library_file.write_bytes(b"\x00garbage" * 512)
    seen = []

    def choose(dialog):
        seen.append(dialog.findChild(QLabel, "problemHeadline").text())
        assert dialog.backups.rowCount() == 1
        assert not dialog.read_only_button.isEnabled()  # garbage cannot be read
        dialog.restore_button.click()
        return dialog.result()

    window = way_out(data_dir, choose)
    assert seen == ["文库文件已损坏，无法打开。"]
    assert window is not None and library.stats(window.db).issues == 5
    kept = list(data_dir.data_dir.glob("library.replaced-*.sqlite3"))
    assert [p.read_bytes()[:8] for p in kept] == [b"\x00garbage"]  # never deleted


def test_a_read_only_folder_opens_read_only_and_refuses_changes(
    way_out, tmp_path, seeded_library_file, qtbot
):
    content = {"library.sqlite3": seeded_library_file.read_bytes()}
    with read_only_folder(tmp_path / "ro", content) as folder:
        paths = AppPaths.in_folder(tmp_path / "home")
        headlines = []

        def choose(dialog):
            headlines.append(dialog.findChild(QLabel, "problemHeadline").text())
            assert dialog.read_only_button.isEnabled()
            dialog.read_only_button.click()
            return dialog.result()

        window = way_out(paths, choose, db_file=folder / "library.sqlite3")
        assert headlines == ["文库不能写入（文件或文件夹是只读的）。"]
        assert window.db.read_only and "只读" in window.windowTitle()
        window.show()
        qtbot.waitExposed(window)
        assert (
            not window.action_set[ActionId.STAR].isEnabled()
            and not window.action_set[ActionId.IMPORT_FILES].isEnabled()
        )
        article = list_articles(window.db, 1)[0]
        window.reading.select_article(article.id)
        assert (
            window.reading.current is not None and window.reading.current.article.id == article.id
        )
        window.annotating.add_highlight(0, 2, "yellow")
        assert "只读" in window.statusBar().currentMessage()
        assert annotations.article_highlights(window.db, article.id) == []
        assert window.undo_stack.count() == 0
        window.db.close()


def test_choosing_another_library_starts_it_and_remembers_it(
    way_out, data_dir, tmp_path, monkeypatch
):
    data_dir.library_file.write_bytes(b"not a library at all")
    other = tmp_path / "elsewhere" / "mine.sqlite3"
    monkeypatch.setattr(
        "desktop.ui.views.library_problem.QFileDialog.getSaveFileName",
        lambda *a, **k: (str(other), ""),
    )
    window = way_out(data_dir, lambda d: (d.other_button.click(), d.result())[1])
    assert window.db.path == other and library.stats(window.db).issues == 5  # the seeds
    assert Settings(data_dir.config_dir / "settings.ini").library_file == other


def test_quitting_from_the_dialog_opens_nothing(way_out, data_dir):
    data_dir.library_file.write_bytes(b"not a library at all")
    assert way_out(data_dir, lambda d: (d.quit_button.click(), d.result())[1]) is None


def test_a_full_disk_refuses_a_highlight_and_keeps_the_stack_honest(window, monkeypatch):
    with sqlite3.connect(window.db.path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
    event.listen(
        window.db.engine, "connect", lambda c, _r: c.execute(f"PRAGMA max_page_count = {pages}")
    )
    window.db.engine.dispose()  # pooled connections were opened without the limit
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text: shown.append(text))
    article = list_articles(window.db, 1)[0]
    window.reading.select_article(article.id)
    window.annotating.add_highlight(0, 4, "yellow", "字" * 19_000)
    # In the interface's language: the error's code, not the store's English sentence.
    assert len(shown) == 1 and "这项修改没有保存" in shown[0] and "磁盘已满" in shown[0]
    assert window.undo_stack.count() == 0  # nothing to undo: nothing was saved
    assert annotations.article_highlights(window.db, article.id) == []


def test_a_library_error_no_handler_caught_is_a_plain_warning(qtbot, tmp_path, monkeypatch):
    make_application()
    warned, crashed = [], []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text: warned.append(text))
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: crashed.append(a))
    reporter = CrashReporter(tmp_path / "log.txt")
    error = DiskFullError(tmp_path / "library.sqlite3", "The disk is full.", "Free space.")
    reporter.handle(DiskFullError, error, None)
    full = "存放 library.sqlite3 的磁盘已满，没有保存任何内容。\n请腾出一些磁盘空间后重试。"
    assert warned == [f"这项修改没有保存。\n\n{full}"] and crashed == []


def test_the_daily_backup_runs_quietly_in_the_background(window, qtbot):
    window.safekeeping.start_daily_backup()
    qtbot.waitUntil(lambda: window.safekeeping.backup_job is None, timeout=20000)
    (made,) = [b for b in list_backups(window.db.path) if b.kind == "daily"]
    assert made.label == date.today().isoformat()
    assert "自动备份" in window.statusBar().currentMessage()


def test_export_and_import_all_annotations_from_the_window(window, qtbot, tmp_path, monkeypatch):
    article = list_articles(window.db, 1)[0]
    annotations.highlight_quote(window.db, article.id, article.title[:4], note="记一下")
    target = tmp_path / "mine.json"
    monkeypatch.setattr(
        "desktop.ui.controllers.safekeeping.QFileDialog.getSaveFileName",
        lambda *a, **k: (str(target), ""),
    )
    window.safekeeping.export_user_data()
    qtbot.waitUntil(lambda: window.jobs.job is None and target.exists(), timeout=20000)
    with sqlite3.connect(window.db.path) as conn:
        conn.execute("DELETE FROM highlight")
    window.safekeeping.import_user_data(target)
    qtbot.waitUntil(lambda: window.safekeeping.user_data_report_box is not None, timeout=20000)
    assert "新增 1 处高亮" in window.safekeeping.user_data_report_box.text()
    assert [h.note for h in annotations.article_highlights(window.db, article.id)] == ["记一下"]
    window.safekeeping.user_data_report_box.close()


def test_a_file_that_is_not_a_backup_is_named_in_a_warning(window, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text: shown.append(text))
    bad = tmp_path / "photo.json"
    bad.write_bytes(b"\xff\xd8\xff\xe0 JFIF")
    window.safekeeping.import_user_data(bad)
    assert shown == [
        "photo.json is not an annotations backup (it is not JSON text). Choose a file written "
        "by “Export all annotations and tags”, or one from the backups folder."
    ]
    assert window.jobs.job is None


def test_restoring_a_backup_from_the_menu_reopens_the_window_on_it(
    window, data_dir, qtbot, monkeypatch
):
    from desktop.ui.app import WindowHost
    from desktop.ui.interface_language import InterfaceLanguage
    from desktop.ui.views.restore_dialog import RestoreDialog

    backup.daily_backup(window.db, date(2026, 3, 1))
    article = list_articles(window.db, 1)[0]
    annotations.highlight_quote(window.db, article.id, article.title[:2])  # after the backup
    host = WindowHost(data_dir, window, InterfaceLanguage(window))
    monkeypatch.setattr(RestoreDialog, "exec", lambda self: RestoreDialog.DialogCode.Accepted)
    with qtbot.waitSignal(window.restoreRequested):
        # The host restores and reopens as the signal comes.
        window.safekeeping.choose_backup_to_restore()
    reopened = host.window
    assert reopened is not None and reopened is not window
    qtbot.addWidget(reopened)
    try:
        assert annotations.article_highlights(reopened.db, article.id) == []  # as in the backup
        assert library.stats(reopened.db).issues == 5
        (kept,) = data_dir.data_dir.glob("library.replaced-*.sqlite3")
        assert "已从备份恢复" in reopened.statusBar().currentMessage()
        with sqlite3.connect(kept) as conn:  # the replaced library, with the newer highlight
            assert conn.execute("SELECT COUNT(*) FROM highlight").fetchone()[0] == 1
    finally:
        reopened.db.close()


def test_back_up_now_from_the_menu(window, qtbot):
    window.action_set[ActionId.BACKUP_NOW].trigger()
    qtbot.waitUntil(lambda: window.jobs.job is None, timeout=20000)
    (made,) = [b for b in list_backups(window.db.path) if b.kind == "daily"]
    assert made.label == date.today().isoformat()
    assert "已备份到" in window.statusBar().currentMessage()
