"""A library made by an earlier version is upgraded before the window opens, with progress;
cancelling leaves the file exactly as it was and ends the start."""

import shutil
import sqlite3

import pytest
from PySide6.QtWidgets import QProgressDialog

from desktop.paths import AppPaths
from desktop.ui.app import make_application, open_window_or_way_out
from desktop.ui.views.upgrade_progress import UpgradeCancelled, UpgradeProgress
from tests.helpers.old_libraries import as_version_3


def _old_library(tmp_path, seeded_library_file):
    paths = AppPaths.in_folder(tmp_path / "home")
    paths.data_dir.mkdir(parents=True)
    shutil.copyfile(seeded_library_file, paths.library_file)
    as_version_3(paths.library_file)
    return paths


def _version(path):
    with sqlite3.connect(path) as conn:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    conn.close()
    return version


def test_an_older_library_is_upgraded_with_progress_and_opens(
    tmp_path, seeded_library_file, segmenter, qtbot, monkeypatch
):
    make_application()
    paths = _old_library(tmp_path, seeded_library_file)
    told = []
    monkeypatch.setattr(QProgressDialog, "setValue", lambda self, value: told.append(value))
    window = open_window_or_way_out(paths, segmenter=segmenter)
    qtbot.addWidget(window)
    assert told and told[-1] == len(seeded_issue_ids(paths.library_file))
    assert _version(paths.library_file) > 3
    window.db.close()


def seeded_issue_ids(path):
    with sqlite3.connect(path) as conn:
        ids = [row[0] for row in conn.execute("SELECT id FROM issue WHERE text_sha256 IS NOT NULL")]
    conn.close()
    return ids


def test_cancelling_the_upgrade_changes_nothing_and_opens_no_window(
    tmp_path, seeded_library_file, segmenter, monkeypatch
):
    make_application()
    paths = _old_library(tmp_path, seeded_library_file)
    before = paths.library_file.read_bytes()
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: True)
    assert open_window_or_way_out(paths, segmenter=segmenter) is None
    assert paths.library_file.read_bytes() == before
    assert _version(paths.library_file) == 3


def test_the_callback_raises_once_cancelled(monkeypatch):
    make_application()
    progress = UpgradeProgress()
    progress(1, 10)
    assert progress.dialog is not None and progress.dialog.maximum() == 10
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: True)
    with pytest.raises(UpgradeCancelled):
        progress(2, 10)
    progress.close()
    assert progress.dialog is None
