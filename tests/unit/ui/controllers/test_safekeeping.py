"""Keeping the library safe from the window: the full check, then today's backup; a damaged
library turns the window read-only; the annotations backup file goes out and back in."""

from PySide6.QtGui import QUndoStack

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
