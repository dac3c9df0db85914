"""Keeping the library safe from the window: the full check, then today's backup; a damaged
library turns the window read-only; the annotations backup file goes out and back in."""

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox

from desktop.store.backups import backup_dir
from desktop.ui.controllers.changes import Changes
from desktop.ui.controllers.jobs import JobRunner
from desktop.ui.controllers.safekeeping import Safekeeping


def _safekeeping(services, reading, host):
    jobs = JobRunner(services, host, host)
    changes = Changes(services, QUndoStack(host), reading, host)
    return Safekeeping(services, changes, reading, jobs, host, host)


def test_a_whole_library_is_checked_then_backed_up_for_the_day(services, reading, host, qtbot):
    safe = _safekeeping(services, reading, host)
    assert not safe.settled
    safe.start_checks()
    qtbot.waitUntil(lambda: safe.check_job is None and safe.backup_job is None, timeout=30_000)
    assert safe.settled  # a window built again (another language) need not run them again
    copies = sorted(p.name for p in backup_dir(services.ctx.db.path).iterdir())
    assert any(name.startswith("library-") for name in copies)
    assert any(name.startswith("annotations-") for name in copies)
    assert "自动备份" in host.statusBar().currentMessage()
    safe.stop()


def test_a_read_only_library_is_neither_checked_nor_backed_up(services, reading, host):
    services.ctx.db.read_only = True
    safe = _safekeeping(services, reading, host)
    safe.start_checks()
    assert safe.check_job is None and safe.backup_job is None
    assert safe.settled


def test_a_closed_window_starts_no_check(services, reading, host):
    safe = _safekeeping(services, reading, host)
    safe.stop()  # the window closed before its start's delay ran out
    safe.start_checks()
    assert safe.check_job is None and not safe.settled


def test_the_annotations_backup_file_refuses_a_bad_file_with_a_reason(
    services, reading, host, tmp_path, monkeypatch
):
    said = []
    monkeypatch.setattr(services.notifier, "warn", lambda title, text: said.append(text))
    bad = tmp_path / "not-a-backup.json"
    bad.write_text("{ not json", "utf-8")
    _safekeeping(services, reading, host).import_user_data(bad)
    assert len(said) == 1 and said[0]


def test_a_backup_imported_in_the_window_applies_its_corrections_at_once(
    services, reading, host, qtbot, tmp_path, monkeypatch, seeded_library_file, segmenter
):
    import shutil
    import sqlite3

    from desktop.services import corrections, user_data
    from desktop.services.articles import list_articles
    from desktop.store.database import open_database

    other_path = tmp_path / "other" / "library.sqlite3"  # another install, corrected there
    other_path.parent.mkdir()
    shutil.copyfile(seeded_library_file, other_path)
    other = open_database(other_path)
    first = list_articles(other, 1)[0]
    corrections.split(other, segmenter, first.id, 2, ["title"])
    backup_file = tmp_path / "backup.json"
    backup_file.write_text(user_data.export_user_data(other), "utf-8")
    other.close()
    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)  # the report box
    db = services.ctx.db
    before = len(list_articles(db, 1))
    safe = _safekeeping(services, reading, host)
    safe.import_user_data(backup_file)
    qtbot.waitUntil(lambda: safe.jobs.job is None, timeout=30_000)
    assert len(list_articles(db, 1)) == before + 1  # split here too, not at the next re-parse
    with sqlite3.connect(db.path) as conn:
        assert conn.execute("SELECT count(*) FROM correction").fetchone() == (1,)
