"""Importing from the window: a job with progress, a report that says what happened to each
file, and the imported issue opened at once."""

import pytest
from PySide6.QtGui import QUndoStack

from desktop.services import library
from desktop.ui.controllers.changes import Changes
from desktop.ui.controllers.jobs import JobRunner
from desktop.ui.controllers.library_ops import LibraryOperations
from desktop.ui.models.annotations import AnnotationsModel
from desktop.ui.views.annotations_panel import AnnotationsPanel
from tests.helpers.epaper import page_one, page_two

STORY = """嘉定报 2024年3月8日 星期五

新城公园今日开园

本报讯（记者 王晓）位于新城中心的公园今天向市民开放，园内有湖面、步道和儿童游乐区。

开园当天，不少市民带着孩子前来游玩，公园管理处表示将延长周末的开放时间。
"""


def _ops(services, reading, host):
    jobs = JobRunner(services, host, host)
    changes = Changes(services, QUndoStack(host), reading, host)
    panel = AnnotationsPanel(AnnotationsModel({}))
    services.events.libraryReloaded.connect(reading.reload)  # as the window wires it
    return LibraryOperations(services, changes, reading, jobs, panel, host, host)


def test_an_imported_issue_is_reported_and_opened(services, reading, host, qtbot, tmp_path):
    ops = _ops(services, reading, host)
    issue_file = tmp_path / "新城.txt"
    issue_file.write_text(STORY, "utf-8")
    before = len(library.list_issues(services.ctx.db))
    ops.import_paths([issue_file])
    qtbot.waitUntil(lambda: ops.import_report_box is not None, timeout=30_000)
    assert "新增 1 期" in ops.import_report_box.text()
    assert len(library.list_issues(services.ctx.db)) == before + 1
    assert reading.current is not None and "新城公园" in reading.reader.toPlainText()
    ops.import_report_box.close()


def test_a_bad_file_is_reported_with_its_reason_and_nothing_is_added(
    services, reading, host, qtbot, tmp_path
):
    ops = _ops(services, reading, host)
    bad = tmp_path / "空白.txt"
    bad.write_bytes(b"")
    before = len(library.list_issues(services.ctx.db))
    ops.import_paths([bad])
    qtbot.waitUntil(lambda: ops.import_report_box is not None, timeout=30_000)
    box = ops.import_report_box
    assert "1 个文件未能导入" in box.text() and "空白.txt" in box.informativeText()
    assert len(library.list_issues(services.ctx.db)) == before
    box.close()


@pytest.mark.slow
def test_the_page_files_of_one_issue_are_reported_as_one_issue(
    services, reading, host, qtbot, tmp_path
):
    ops = _ops(services, reading, host)
    paths = [tmp_path / "rmrb20240113_01.pdf", tmp_path / "rmrb20240113_02.pdf"]
    paths[0].write_bytes(page_one())
    paths[1].write_bytes(page_two())
    ops.import_paths(paths)
    qtbot.waitUntil(lambda: ops.import_report_box is not None, timeout=30_000)
    box = ops.import_report_box
    assert "新增 1 期" in box.text()
    assert "第 1、2 版合为一期：rmrb20240113_01.pdf、rmrb20240113_02.pdf" in box.informativeText()
    box.close()
