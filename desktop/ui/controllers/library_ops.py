"""The library's long jobs: importing issues, re-parsing, exporting annotations and articles.
Each runs through the JobRunner and ends with a report; what it changed is announced with
LibraryEvents. (Checks, backups and the annotations backup file: safekeeping.py.)"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.services import annotations, export, library
from desktop.services.exports import formats_for
from desktop.ui.actions import ActionId, annotation_export_action
from desktop.ui.controllers.base import Controller, WindowServices
from desktop.ui.controllers.changes import Changes
from desktop.ui.controllers.jobs import JobRunner
from desktop.ui.controllers.reading import ReadingController
from desktop.ui.error_text import input_error_text
from desktop.ui.labels import label_words
from desktop.ui.views.annotations_panel import AnnotationsPanel

log = logging.getLogger(__name__)


class LibraryOperations(Controller):
    def __init__(
        self,
        services: WindowServices,
        changes: Changes,
        reading: ReadingController,
        jobs: JobRunner,
        notes_panel: AnnotationsPanel,
        window: QWidget,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(services, parent)
        self.changes, self.reading, self.jobs = changes, reading, jobs
        self.notes_panel, self.window = notes_panel, window
        self.import_report_box: QMessageBox | None = None

    def action_slots(self):
        exports = {
            annotation_export_action(fmt): lambda _=False, f=fmt: self.export_annotations(f)
            for fmt in formats_for("annotations")
        }
        return {
            ActionId.IMPORT_FILES: self.choose_files,
            ActionId.IMPORT_FOLDER: self.choose_folder,
            ActionId.EXPORT_ARTICLE: self.export_article,
            ActionId.REPARSE: self.reparse_all,
            **exports,
        }

    def _exported(self, path: object) -> None:
        self.notifier.status(self.tr("已导出到 {p}").format(p=path), 6000)

    # ---- import and re-parse ----

    def choose_files(self) -> None:
        if not self.reading.writable():
            return
        files, _ = QFileDialog.getOpenFileNames(
            self.window,
            self.tr("导入报纸"),
            "",
            self.tr("报纸文件 (*.txt *.pdf *.html *.htm);;所有文件 (*)"),
        )
        if files:
            self.import_paths([Path(f) for f in files])

    def choose_folder(self) -> None:
        if not self.reading.writable():
            return
        folder = QFileDialog.getExistingDirectory(
            self.window, self.tr("导入文件夹中的全部报纸文件（.txt、.pdf、.html）")
        )
        if folder:
            self.import_paths([Path(folder)])

    def import_paths(self, paths: list[Path]) -> None:
        if not self.reading.writable():
            return
        db, segmenter = self.db, self.ctx.segmenter
        self.jobs.run(
            self.tr("正在导入…"),
            lambda progress, cancelled: library.import_paths(
                db, segmenter, paths, progress=progress, should_cancel=cancelled
            ),
            self._imported,
        )

    def _imported(self, report: library.ImportReport) -> None:
        self.events.libraryReloaded.emit()
        added = [item for item in report.items if item.status == "added"]
        if added and added[0].issue_id is not None:
            self.reading.show_issue(added[0].issue_id)  # what was imported, at once
        unchanged, failed = report.count("unchanged"), report.failed
        # The page files of one issue are one issue; a page added to an issue is no new one.
        new_issues = {item.issue_id for item in added if not item.joined}
        summary = (
            self.tr("新增 %n 期", "", len(new_issues))
            + self.tr("，") + self.tr("%n 期已在文库中", "", unchanged)
            + self.tr("，") + self.tr("%n 个文件未能导入", "", len(failed)) + self.tr("。")
        )  # fmt: skip
        if report.cancelled:
            summary = self.tr("导入已取消。") + summary
        box = QMessageBox(
            QMessageBox.Icon.Warning if failed else QMessageBox.Icon.Information,
            self.tr("导入完成"),
            summary,
            parent=self.window,
        )
        box.setObjectName("importReport")
        grouped = self._grouping(added)
        if failed:
            reasons = [input_error_text(i.error) if i.error else i.message for i in failed]
            box.setDetailedText("\n\n".join([*grouped, *reasons]))
            box.setInformativeText("\n".join([*grouped[:3], *reasons[:5]]))
        elif grouped:
            box.setInformativeText("\n".join(grouped[:8]))
            box.setDetailedText("\n".join(grouped))
        box.open()
        self.import_report_box = box

    def _grouping(self, added: list[library.ImportItem]) -> list[str]:
        """A line for each issue made of several PDF files, or given pages it lacked."""
        issues: dict[tuple[int | None, bool], list[library.ImportItem]] = {}
        for item in added:
            if item.pages and (item.joined or item.grouped_with):
                issues.setdefault((item.issue_id, item.joined), []).append(item)
        lines = []
        for (_, joined), items in issues.items():
            pages = self.tr("、").join(str(p) for i in items for p in i.pages)
            names = self.tr("、").join(Path(i.path).name for i in items)
            if joined:
                lines.append(
                    self.tr("第 {pages} 版加入文库中已有的一期：{names}").format(
                        pages=pages, names=names
                    )
                )
            else:
                lines.append(
                    self.tr("第 {pages} 版合为一期：{names}").format(pages=pages, names=names)
                )
        return lines

    def reparse_all(self) -> None:
        if not self.reading.writable():
            return
        db, segmenter = self.db, self.ctx.segmenter
        self.jobs.run(
            self.tr("正在重新解析…"),
            lambda progress, cancelled: library.reparse(
                db, segmenter, progress=progress, should_cancel=cancelled
            ),
            self._reparsed,
        )

    def _reparsed(self, report: library.ReparseReport) -> None:
        self.changes.forget()
        self.events.libraryReloaded.emit()
        self.notifier.info(
            self.tr("重新解析"),
            self.tr("已重新解析 %n 期。", "", report.issues)
            + self.tr("高亮：%n 处原位保留", "", report.highlights_kept) + self.tr("，")
            + self.tr("%n 处随文字移动", "", report.highlights_moved) + self.tr("，")
            + self.tr("%n 处未能定位（已保留，见“批注”）", "", report.highlights_orphaned)
            + self.tr("。"),
        )  # fmt: skip

    # ---- exports ----

    def export_annotations(self, fmt: str) -> None:
        chosen = formats_for("annotations")[fmt]
        suffix = chosen.suffix
        target, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("导出批注"),
            self.tr("批注") + suffix,  # a name in the interface's language
            f"{chosen.label} (*{suffix})",
        )
        if not target:
            return
        db, filters = self.db, self.notes_panel.filters()

        def work(_progress, _cancelled) -> str:
            rows = annotations.list_annotations(db, filters)
            export.write_atomically(Path(target), export.export_annotations(rows, fmt))
            return target

        self.jobs.run(self.tr("正在导出…"), work, self._exported)

    def export_article(self) -> None:
        current = self.reading.current
        if current is None:
            return
        name = f"{current.label_in(label_words())[:30]}.md"
        target, _ = QFileDialog.getSaveFileName(self.window, self.tr("导出文章"), name, "*.md")
        if target:
            export.write_atomically(Path(target), export.export_articles([current], "markdown"))
            self._exported(target)
