"""Handing work on: articles as references for a reference manager (the tree's selection, the
search's results, a tag's or an issue's articles), a briefing (简报) as DOCX or PDF, the open
article printed or saved as PDF, and copying with a citation in a chosen style. Every file is
written in the background (JobRunner) and atomically; Cancel leaves no file."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QModelIndex, QObject, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QPushButton, QTreeView, QWidget

from desktop.services import annotations
from desktop.services.articles import ArticleView, get_article, list_articles
from desktop.services.citation import CITATION_STYLES, cite_in
from desktop.services.exports import ExportFormat, export, formats_for, write_atomically
from desktop.services.exports.briefing import BriefingEntry, make_briefing
from desktop.services.tags import articles_with_tags, list_tags
from desktop.ui.actions import (
    REFERENCE_SCOPES,
    ActionId,
    citation_copy_action,
    reference_export_action,
)
from desktop.ui.controllers.base import Controller, WindowServices
from desktop.ui.controllers.jobs import JobRunner
from desktop.ui.controllers.reading import ReadingController
from desktop.ui.controllers.searching import SearchingController
from desktop.ui.models.briefing import BriefingRow
from desktop.ui.models.issue_tree import NodeKind, Role
from desktop.ui.views.briefing_dialog import BriefingChoice, BriefingDialog, format_label

SHOWN_MS = 12_000  # how long "Show in folder" stays in the status bar
FOLDER_STATE = "exportFolder"  # the settings' key of the folder the last export went to
# Characters no file name on Windows, macOS or Linux may hold.
_NOT_IN_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


def file_name(text: str, suffix: str) -> str:
    """A file name made of `text` (a title, a tag): what a file system refuses left out."""
    stem = " ".join(_NOT_IN_NAMES.sub(" ", text).split())[:60].strip(" .") or "export"
    return f"{stem}{suffix}"


class HandingOn(Controller):
    def __init__(
        self,
        services: WindowServices,
        reading: ReadingController,
        searching: SearchingController,
        jobs: JobRunner,
        tree: QTreeView,
        window: QWidget,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(services, parent)
        self.reading, self.searching, self.jobs = reading, searching, jobs
        self.tree, self.window = tree, window
        self.briefing_dialog: BriefingDialog | None = None
        self.last_file: Path | None = None  # the last file written, which "Show in folder" opens
        self._folder_button: QPushButton | None = None
        self._folder_timer = QTimer(self, singleShot=True, interval=SHOWN_MS)

    def action_slots(self):
        scopes = {"selection": self.export_selected_references, "search": self.export_found}
        references = {
            reference_export_action(scope, fmt): lambda _=False, s=scope, f=fmt: scopes[s](f)
            for scope in REFERENCE_SCOPES
            for fmt in formats_for("references")
        }
        citations = {
            citation_copy_action(style): lambda _=False, s=style: self.copy_with_citation(s)
            for style in CITATION_STYLES
        }
        return {
            ActionId.MAKE_BRIEFING: self.open_briefing,
            ActionId.PRINT_ARTICLE: self.print_article,
            ActionId.SAVE_ARTICLE_PDF: self.save_article_pdf,
            **references,
            **citations,
        }

    # ---- which articles ----

    def selected_ids(self) -> list[int]:
        """The articles chosen in the tree (an issue, a year or a paper chosen: all the
        articles under it that the tree shows), in reading order; the open article when
        nothing is chosen."""
        chosen: set[int] = set()
        for index in self.tree.selectionModel().selectedIndexes():
            chosen.update(self._articles_under(index))
        if not chosen and self.reading.current is not None:
            chosen.add(self.reading.current.article.id)
        return [i for i in self.reading.tree_model.article_ids_in_order() if i in chosen]

    def _articles_under(self, index: QModelIndex) -> set[int]:
        kind = index.data(Role.KIND)
        if kind == NodeKind.ARTICLE:
            return {index.data(Role.ARTICLE_ID)}
        if kind == NodeKind.ISSUE:  # its articles may not be in the tree yet: read them
            return {row.id for row in list_articles(self.db, index.data(Role.ISSUE_ID))}
        model, found = index.model(), set()
        for row in range(model.rowCount(index)):
            found |= self._articles_under(model.index(row, 0, index))
        return found

    def search_ids(self) -> list[int]:
        """Every article the last search found, best first (not only the ones listed)."""
        results = self.searching.last_results
        return list(results.article_ids) if results is not None else []

    def tag_ids(self, tag: str) -> list[int]:
        chosen = set(articles_with_tags(self.db, [tag]))
        return [i for i in self.reading.tree_model.article_ids_in_order() if i in chosen]

    def issue_ids(self, issue_id: int) -> list[int]:
        return [row.id for row in list_articles(self.db, issue_id)]

    # ---- references ----

    def export_references(self, ids: list[int], fmt: str, name: str, nothing: str) -> None:
        """Write the articles `ids` as references in `fmt`, to a file the user names
        (`name` starts its proposed name); with no articles, the status bar says `nothing`."""
        if not ids:
            self.notifier.status(nothing, 6000)
            return
        chosen = formats_for("references")[fmt]
        target = self._ask_target(self.tr("导出参考文献"), file_name(name, chosen.suffix), chosen)
        if target is None:
            return
        db = self.db

        def work(progress, cancelled) -> Path | None:
            views = _views(db, ids, progress, cancelled)
            if views is None:
                return None
            write_atomically(target, export("references", fmt, views))
            return target

        self.jobs.run(self.tr("正在导出参考文献…"), work, self._written)

    def export_selected_references(self, fmt: str) -> None:
        self.export_references(
            self.selected_ids(), fmt, self.tr("参考文献"),
            self.tr("没有可导出的文章：先在左侧选择文章或期刊。"),
        )  # fmt: skip

    def export_found(self, fmt: str) -> None:
        self.export_references(
            self.search_ids(), fmt, self.tr("搜索结果"),
            self.tr("还没有搜索结果：先搜索，再导出结果。"),
        )  # fmt: skip

    def export_tag_references(self, tag: str, fmt: str) -> None:
        self.export_references(
            self.tag_ids(tag), fmt, tag, self.tr("标签“{name}”下没有文章。").format(name=tag)
        )

    def export_issue_references(self, issue_id: int, fmt: str) -> None:
        ids = self.issue_ids(issue_id)
        view = get_article(self.db, ids[0]) if ids else None
        name = " ".join(p for p in (view.paper, view.date) if p) if view else ""
        self.export_references(ids, fmt, name, self.tr("这一期没有文章。"))

    # ---- briefing ----

    def open_briefing(self) -> None:
        self.brief(self.selected_ids())

    def brief_tag(self, tag: str) -> None:
        self.brief(self.tag_ids(tag))

    def brief_issue(self, issue_id: int) -> None:
        self.brief(self.issue_ids(issue_id))

    def brief(self, ids: list[int]) -> None:
        """The briefing dialog with these articles in it; more can be added from the tree's
        selection, the search results or a tag."""
        dialog = BriefingDialog(
            self._rows(ids), formats_for("briefing"), self.ctx.settings, self.window
        )
        dialog.add_source(self.tr("左侧所选文章"), lambda: self._rows(self.selected_ids()))
        dialog.add_source(self.tr("搜索结果"), lambda: self._rows(self.search_ids()))
        for tag in list_tags(self.db):
            dialog.add_source(
                self.tr("标签：{name}").format(name=tag.name),
                lambda name=tag.name: self._rows(self.tag_ids(name)),
            )
        dialog.exportRequested.connect(self._export_briefing)
        dialog.finished.connect(self._briefing_closed)
        self.briefing_dialog = dialog
        dialog.open()

    def _briefing_closed(self, _result: int) -> None:
        self.briefing_dialog = None

    def _rows(self, ids: list[int]) -> list[BriefingRow]:
        rows = []
        for article_id in ids:
            view = get_article(self.db, article_id)
            if view is not None:
                marks = len(annotations.article_highlights(self.db, article_id))
                entry = BriefingEntry(view)
                rows.append(BriefingRow(article_id, entry.title, entry.source_line, marks))
        return rows

    def _export_briefing(self, choice: BriefingChoice) -> None:
        chosen = formats_for("briefing")[choice.format]
        target = self._ask_target(
            self.tr("导出简报"), file_name(f"{choice.title}-{choice.day}", chosen.suffix), chosen
        )
        if target is None:
            return
        if self.briefing_dialog is not None:
            self.briefing_dialog.accept()
        db, label = self.db, format_label(chosen)

        def work(progress, cancelled) -> Path | None:
            views = _views(db, choice.article_ids, progress, cancelled)
            if views is None:
                return None
            briefing = make_briefing(
                db, views, title=choice.title, unit=choice.unit, day=choice.day,
                highlights_only=choice.highlights_only,
            )  # fmt: skip
            progress(len(views), len(views), label)
            content = export("briefing", choice.format, briefing)
            if cancelled():
                return None
            write_atomically(target, content)
            return target

        self.jobs.run(self.tr("正在制作简报…"), work, self._written)

    # ---- the open article: print, PDF, citation ----

    def _article_pdf(self, view: ArticleView) -> bytes:
        # fpdf2 and its fonts load only when a PDF is made (as the export registry does).
        from desktop.services.exports.briefing_pdf import article_pdf

        highlights = tuple(annotations.article_highlights(self.db, view.article.id))
        return article_pdf(BriefingEntry(view, highlights))

    def save_article_pdf(self) -> None:
        current = self.reading.current
        if current is None:
            self.notifier.status(self.tr("先打开一篇文章。"), 4000)
            return
        pdf = formats_for("briefing")["pdf"]
        target = self._ask_target(
            self.tr("将文章存为 PDF"), file_name(BriefingEntry(current).title, pdf.suffix), pdf
        )
        if target is None:
            return

        def work(_progress, cancelled) -> Path | None:
            content = self._article_pdf(current)
            if cancelled():
                return None
            write_atomically(target, content)
            return target

        self.jobs.run(self.tr("正在生成 PDF…"), work, self._written)

    def print_article(self) -> None:
        """Print the open article as "Save as PDF" lays it out (the bundled CJK fonts, the
        highlights marked): the print dialog, then the pages made in the background."""
        current = self.reading.current
        if current is None:
            self.notifier.status(self.tr("先打开一篇文章。"), 4000)
            return
        try:
            # Loaded when first used: Qt's print support is a module of its own, which a build
            # of the app may leave out.
            from desktop.ui.views.printing import ask_printer, page_images, paint_pages
        except ImportError:
            self.notifier.warn(
                self.tr("打印"),
                self.tr("这个安装包没有打印组件：请用“将当前文章存为 PDF…”，再从 PDF 阅读器打印。"),
            )
            return
        printer = ask_printer(BriefingEntry(current).title, self.window)
        if printer is None:
            return
        dpi = printer.resolution()

        def work(_progress, cancelled) -> list | None:
            images = page_images(self._article_pdf(current), dpi)
            return None if cancelled() else images

        def done(images: list | None) -> None:
            if images is None:
                self.notifier.status(self.tr("已取消打印。"), 4000)
                return
            paint_pages(images, printer)
            self.notifier.status(self.tr("已送去打印：%n 页", "", len(images)), 6000)

        self.jobs.run(self.tr("正在准备打印…"), work, done)

    def copy_with_citation(self, style: str) -> None:
        current = self.reading.current
        if current is None:
            return
        selected = self.reading.reader.textCursor().selectedText().replace("\u2029", "\n")
        text = selected or current.article.text
        QGuiApplication.clipboard().setText(f"{text}\n——{cite_in(style, current)}")
        self.notifier.status(
            self.tr("已复制，附 {style} 引用。").format(style=CITATION_STYLES[style].label), 3000
        )

    # ---- files ----

    def _last_folder(self) -> Path:
        stored = self.ctx.settings.state(FOLDER_STATE)
        folder = Path(bytes(stored.data()).decode("utf-8", "replace")) if stored else None
        return folder if folder is not None and folder.is_dir() else Path.home()

    def _ask_target(self, title: str, name: str, fmt: ExportFormat) -> Path | None:
        """The file the user names for the export; None when they cancel, or when another
        job is running (asked first: the file named would not be written)."""
        if self.jobs.busy:
            self.notifier.status(self.tr("另一项任务还在进行，请稍候。"), 5000)
            return None
        folder = self._last_folder()
        chosen, _ = QFileDialog.getSaveFileName(
            self.window, title, str(folder / name), f"{format_label(fmt)} (*{fmt.suffix})"
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == fmt.suffix else path.with_name(path.name + fmt.suffix)

    def _written(self, path: Path | None) -> None:
        if path is None:
            self.notifier.status(self.tr("已取消，没有写入文件。"), 6000)
            return
        self.last_file = path
        self.ctx.settings.set_state(FOLDER_STATE, QByteArray(str(path.parent).encode("utf-8")))
        self.notifier.status(self.tr("已导出到 {p}").format(p=path), SHOWN_MS)
        self._offer_folder(path)

    def _offer_folder(self, path: Path) -> None:
        """A "Show in folder" button beside the status message, for as long as it shows."""
        bar = self.window.statusBar()
        if self._folder_button is None:
            self._folder_button = QPushButton(self.tr("在文件夹中显示"), objectName="showInFolder")
            self._folder_button.setFlat(True)
            self._folder_button.clicked.connect(self.show_in_folder)
            self._folder_timer.timeout.connect(self._folder_button.hide)
            bar.addPermanentWidget(self._folder_button)
        self._folder_button.show()
        self._folder_timer.start()  # a later export's message keeps it longer

    def show_in_folder(self) -> None:
        if self.last_file is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_file.parent)))


def _views(
    db, ids: list[int], progress: Callable[[int, int, str], None], cancelled: Callable[[], bool]
) -> list[ArticleView] | None:
    """The articles `ids` as views, with progress; None once the user cancelled."""
    views = []
    for number, article_id in enumerate(ids, 1):
        if cancelled():
            return None
        view = get_article(db, article_id)
        if view is not None:
            views.append(view)
            progress(number, len(ids), view.label)
    return None if cancelled() else views
