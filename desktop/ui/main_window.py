"""The main window: issue tree | reader | tag panel, a search field in the toolbar, search
results and annotations in docks. Composed in code; every signal is wired in _connect()."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QColor,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QApplication,
    QColorDialog,
    QDockWidget,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QSplitter,
    QTreeView,
    QWidget,
)

from desktop.nlp import Segmenter, TopicLexicon
from desktop.services import annotations, backup, export, library, tags, user_data
from desktop.services.articles import ArticleView, article_by_key, get_article
from desktop.services.errors import InvalidInput
from desktop.services.search import SearchResults, find_hits
from desktop.store.backups import backup_dir, list_backups
from desktop.store.database import Database
from desktop.store.errors import LibraryError
from desktop.store.models import Highlight
from desktop.ui import icons
from desktop.ui.commands import (
    AddHighlight,
    DeleteHighlight,
    EditHighlight,
    LibraryCommand,
    MoveHighlight,
    RenameTag,
    TagArticles,
)
from desktop.ui.errors import show_refusal
from desktop.ui.labels import label_words
from desktop.ui.language_tools import LanguageTools
from desktop.ui.models.annotations import AnnotationsModel, NoteRole
from desktop.ui.models.issue_tree import ArticleFilterProxy, IssueTreeModel, NodeKind, Role
from desktop.ui.models.search_results import SearchResultsModel
from desktop.ui.models.tags import SuggestionModel, TagListModel
from desktop.ui.search_runner import SearchRunner
from desktop.ui.settings import Settings
from desktop.ui.theme import Theme, palette_for, resolve
from desktop.ui.views.annotations_panel import AnnotationsPanel
from desktop.ui.views.issue_dialog import IssueDialog
from desktop.ui.views.reader import ReaderView
from desktop.ui.views.restore_dialog import RestoreDialog
from desktop.ui.views.search_panel import SearchPanel
from desktop.ui.views.shortcuts import ShortcutsDialog, shortcut_rows
from desktop.ui.views.tag_panel import TagPanel
from desktop.ui.workers import Job

log = logging.getLogger(__name__)
SEARCH_LIMIT = 200  # results listed in the window; the tree narrows to every match
EXPAND_ALL_UP_TO = 400  # a narrowed tree opens every issue when it shows at most this many


THEME_LABELS = (
    ("system", QT_TRANSLATE_NOOP("MainWindow", "跟随系统")),
    ("light", QT_TRANSLATE_NOOP("MainWindow", "浅色")),
    ("sepia", QT_TRANSLATE_NOOP("MainWindow", "护眼（米黄）")),
    ("dark", QT_TRANSLATE_NOOP("MainWindow", "深色")),
)
LANGUAGE_LABELS = (
    ("system", QT_TRANSLATE_NOOP("MainWindow", "跟随系统")),
    ("zh_CN", QT_TRANSLATE_NOOP("MainWindow", "简体中文")),
    ("en", QT_TRANSLATE_NOOP("MainWindow", "English")),
)


@dataclass
class AppContext:
    """What the window works with, passed in (no globals)."""

    db: Database
    segmenter: Segmenter
    lexicon: TopicLexicon
    settings: Settings
    data_dir: Path


class MainWindow(QMainWindow):
    # A backup was chosen to replace the open library: the application closes this window,
    # restores the file and opens a new window on it.
    restoreRequested = Signal(Path)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("区报阅读 District Reader"))
        self.setAcceptDrops(True)
        self.ctx = ctx
        self.db = ctx.db
        self.undo_stack = QUndoStack(self)
        self.theme: Theme = resolve(ctx.settings.theme)
        self.current: ArticleView | None = None
        self.search_terms: tuple[str, ...] = ()
        self.search_ids: set[int] | None = None  # the last search's matches, narrowing the tree
        self.tag_ids: set[int] | None = None  # articles with the selected tags
        self.job: Job | None = None
        self.backup_job: Job | None = None  # the automatic daily backup: quiet, no dialog

        self.tree_model = IssueTreeModel(self.db, self)
        self.tree_proxy = ArticleFilterProxy(self)
        self.tree_proxy.setSourceModel(self.tree_model)
        self.all_tags = TagListModel(show_counts=True, parent=self)
        self.article_tags = TagListModel(show_counts=False, parent=self)
        self.suggestions = SuggestionModel(self)
        self.results = SearchResultsModel(self)
        self.notes = AnnotationsModel(dict(self.theme.highlight), self)
        self.language = LanguageTools(ctx.segmenter, self)
        self.searcher = SearchRunner(self.db, self.language, self)
        self.last_results: SearchResults | None = None

        self._build_widgets()
        self._build_actions()
        self._build_menus_and_toolbar()
        self._connect()
        self.apply_theme()
        self.refresh_tags()
        self.refresh_annotations()
        self.tree.expandToDepth(1)
        self._restore_state()
        if self.db.read_only:
            self._present_read_only()
        self.update_status()

    # ---- composition ----

    def _build_widgets(self) -> None:
        self.tree = QTreeView(objectName="issueTree")
        self.tree.setModel(self.tree_proxy)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.reader = ReaderView()
        self.tag_panel = TagPanel(self.article_tags, self.all_tags, self.suggestions)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="mainSplitter")
        for widget in (self.tree, self.reader, self.tag_panel):
            self.splitter.addWidget(widget)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([300, 760, 260])
        self.setCentralWidget(self.splitter)

        self.search_panel = SearchPanel(self.results)
        self.search_dock = self._dock(self.tr("搜索结果"), "searchDock", self.search_panel)
        self.notes_panel = AnnotationsPanel(self.notes)
        self.notes_dock = self._dock(self.tr("批注"), "annotationsDock", self.notes_panel)
        self.tabifyDockWidget(self.search_dock, self.notes_dock)
        self.search_dock.raise_()
        self.resizeDocks([self.search_dock], [230], Qt.Orientation.Vertical)
        self.search_dock.hide()
        self.notes_dock.hide()

        self.search_field = QLineEdit(objectName="searchField")
        self.search_field.setPlaceholderText(self.tr("搜索全部报纸（Ctrl+F 或 /）"))
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setMinimumWidth(260)
        self.counts_label = QLabel(objectName="libraryCounts")
        self.position_label = QLabel(objectName="articlePosition")
        self.statusBar().addWidget(self.counts_label, 1)
        self.statusBar().addPermanentWidget(self.position_label)

    def _dock(self, title: str, name: str, widget: QWidget) -> QDockWidget:
        dock = QDockWidget(title, self, objectName=name)
        dock.setWidget(widget)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        return dock

    def _action(
        self, text: str, icon_name: str | None, shortcut=None, slot=None, *, name: str
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setData(icon_name)
        if shortcut is not None:
            shortcuts = shortcut if isinstance(shortcut, list) else [shortcut]
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        if slot is not None:
            action.triggered.connect(slot)
        self.addAction(action)  # its shortcut works wherever the focus is
        return action

    def _build_actions(self) -> None:
        a = self._action
        self.act_import = a(
            self.tr("导入文件…"),
            "fa5s.file-import",
            QKeySequence.StandardKey.Open,
            self.choose_files,
            name="importFiles",
        )
        self.act_import_folder = a(
            self.tr("导入文件夹…"),
            "fa5s.folder-open",
            "Ctrl+Shift+O",
            self.choose_folder,
            name="importFolder",
        )
        self.act_reparse = a(
            self.tr("重新解析全部期刊"), "fa5s.sync-alt", None, self.reparse_all, name="reparse"
        )
        self.act_backup_now = a(
            self.tr("立即备份文库"), "fa5s.save", None, self.backup_now, name="backupNow"
        )
        self.act_export_backup = a(
            self.tr("导出全部批注与标签…"),
            "fa5s.file-export",
            None,
            self.export_user_data,
            name="exportUserData",
        )
        self.act_import_backup = a(
            self.tr("导入批注与标签…"),
            "fa5s.file-upload",
            None,
            self.import_user_data,
            name="importUserData",
        )
        self.act_restore_backup = a(
            self.tr("从备份恢复文库…"),
            "fa5s.history",
            None,
            self.choose_backup_to_restore,
            name="restoreBackup",
        )
        self.act_open_backups = a(
            self.tr("打开备份文件夹"), None, None, self.open_backup_folder, name="openBackups"
        )
        self.act_quit = a(
            self.tr("退出"), None, QKeySequence.StandardKey.Quit, self.close, name="quit"
        )
        self.act_undo = self.undo_stack.createUndoAction(self, self.tr("撤销"))
        self.act_undo.setShortcuts(QKeySequence.StandardKey.Undo)
        self.act_undo.setData("fa5s.undo")
        self.act_redo = self.undo_stack.createRedoAction(self, self.tr("重做"))
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.act_redo.setData("fa5s.redo")
        self.addActions([self.act_undo, self.act_redo])
        self.act_copy_cite = a(
            self.tr("复制（附引用）"),
            "fa5s.quote-right",
            "Ctrl+Shift+C",
            self.copy_with_citation,
            name="copyCitation",
        )
        self.act_next = a(
            self.tr("下一篇"),
            "fa5s.chevron-down",
            ["J"],
            lambda: self.step_article(1),
            name="nextArticle",
        )
        self.act_prev = a(
            self.tr("上一篇"),
            "fa5s.chevron-up",
            ["K"],
            lambda: self.step_article(-1),
            name="previousArticle",
        )
        self.act_next_issue = a(
            self.tr("下一期"),
            "fa5s.angle-double-down",
            ["N"],
            lambda: self.step_issue(1),
            name="nextIssue",
        )
        self.act_prev_issue = a(
            self.tr("上一期"),
            "fa5s.angle-double-up",
            ["P"],
            lambda: self.step_issue(-1),
            name="previousIssue",
        )
        self.act_star = a(self.tr("加星 / 取消"), "fa5s.star", ["S"], self.toggle_star, name="star")
        self.act_unread = a(
            self.tr("标为未读"), "fa5s.envelope", ["U"], self.mark_unread, name="markUnread"
        )
        self.act_tag = a(
            self.tr("添加标签"), "fa5s.tag", ["T"], self.focus_tag_input, name="tagArticle"
        )
        self.act_find = a(
            self.tr("搜索"),
            "fa5s.search",
            [QKeySequence.StandardKey.Find, "/"],
            self.focus_search,
            name="find",
        )
        self.act_bigger = a(
            self.tr("放大字号"),
            "fa5s.search-plus",
            [QKeySequence.StandardKey.ZoomIn, "Ctrl+="],
            lambda: self.change_font(1),
            name="fontBigger",
        )
        self.act_smaller = a(
            self.tr("缩小字号"),
            "fa5s.search-minus",
            QKeySequence.StandardKey.ZoomOut,
            lambda: self.change_font(-1),
            name="fontSmaller",
        )
        self.act_show_search = self.search_dock.toggleViewAction()
        self.act_show_notes = self.notes_dock.toggleViewAction()
        self.act_show_notes.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.act_show_notes.setData("fa5s.sticky-note")
        self.act_show_search.setData("fa5s.list")
        self.act_shortcuts = a(
            self.tr("键盘快捷键"),
            "fa5s.keyboard",
            ["?", "F1"],
            self.show_shortcuts,
            name="shortcuts",
        )
        self.act_about = a(
            self.tr("关于区报阅读"), "fa5s.info-circle", None, self.show_about, name="about"
        )
        self.highlight_actions = []
        for number, color in enumerate(annotations.COLORS, 1):
            act = a(
                self.tr("高亮：{n}").format(n=number),
                None,
                [str(number)],
                lambda _=False, c=color: self.highlight_selection(c),
                name=f"highlight{number}",
            )
            self.highlight_actions.append(act)
        self.theme_group = QActionGroup(self)
        self.theme_actions = {}
        for key, label in (
            ("system", "跟随系统"),
            ("light", "浅色"),
            ("sepia", "护眼（米黄）"),
            ("dark", "深色"),
        ):
            act = QAction(self.tr(label), self, checkable=True, objectName=f"theme-{key}")
            act.setChecked(self.ctx.settings.theme == key)
            act.triggered.connect(lambda _=False, k=key: self.set_theme(k))
            self.theme_group.addAction(act)
            self.theme_actions[key] = act
        self.language_group = QActionGroup(self)
        self.language_actions = {}
        for key, label in LANGUAGE_LABELS:
            act = QAction(self.tr(label), self, checkable=True, objectName=f"language-{key}")
            act.setChecked(self.ctx.settings.language == key)
            act.triggered.connect(lambda _=False, k=key: self.set_language(k))
            self.language_group.addAction(act)
            self.language_actions[key] = act

    def _build_menus_and_toolbar(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("文件(&F)"))
        file_menu.addActions([self.act_import, self.act_import_folder])
        export_menu = file_menu.addMenu(self.tr("导出批注"))
        for fmt, label in (("markdown", "Markdown…"), ("csv", "CSV…"), ("json", "JSON…")):
            export_menu.addAction(label, lambda f=fmt: self.export_annotations(f))
        file_menu.addAction(self.tr("导出当前文章（Markdown）…"), self.export_article)
        file_menu.addSeparator()
        file_menu.addAction(self.act_reparse)
        file_menu.addSeparator()
        backup_menu = file_menu.addMenu(self.tr("备份"))
        backup_menu.addActions(
            [self.act_backup_now, self.act_restore_backup, self.act_open_backups]
        )
        backup_menu.addSeparator()
        backup_menu.addActions([self.act_export_backup, self.act_import_backup])
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)
        edit_menu = bar.addMenu(self.tr("编辑(&E)"))
        edit_menu.addActions([self.act_undo, self.act_redo])
        edit_menu.addSeparator()
        edit_menu.addAction(self.act_copy_cite)
        highlight_menu = edit_menu.addMenu(self.tr("高亮所选文字"))
        highlight_menu.addActions(self.highlight_actions)
        edit_menu.addAction(self.act_find)
        article_menu = bar.addMenu(self.tr("文章(&A)"))
        article_menu.addActions(
            [self.act_next, self.act_prev, self.act_next_issue, self.act_prev_issue]
        )
        article_menu.addSeparator()
        article_menu.addActions([self.act_star, self.act_unread, self.act_tag])
        view_menu = bar.addMenu(self.tr("视图(&V)"))
        view_menu.addActions([self.act_show_search, self.act_show_notes])
        view_menu.addSeparator()
        theme_menu = view_menu.addMenu(self.tr("主题"))
        theme_menu.addActions(list(self.theme_actions.values()))
        view_menu.addActions([self.act_bigger, self.act_smaller])
        language_menu = view_menu.addMenu(self.tr("界面语言"))
        language_menu.addActions(list(self.language_actions.values()))
        help_menu = bar.addMenu(self.tr("帮助(&H)"))
        help_menu.addActions([self.act_shortcuts, self.act_about])

        toolbar = self.addToolBar(self.tr("工具栏"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        toolbar.addActions([self.act_import, self.act_prev, self.act_next, self.act_star])
        toolbar.addSeparator()
        toolbar.addActions([self.act_undo, self.act_redo])
        toolbar.addSeparator()
        toolbar.addActions([self.act_smaller, self.act_bigger, self.act_show_notes])
        spacer = QWidget()
        spacer.setSizePolicy(
            spacer.sizePolicy().horizontalPolicy().Expanding, spacer.sizePolicy().verticalPolicy()
        )
        toolbar.addWidget(spacer)
        toolbar.addWidget(self.search_field)
        self.toolbar = toolbar

    def _connect(self) -> None:
        self.tree.selectionModel().currentChanged.connect(self._on_tree_current)
        self.tree.customContextMenuRequested.connect(self._tree_menu)
        self.tree.doubleClicked.connect(self._on_tree_double_click)
        self.reader.highlightRequested.connect(self.add_highlight)
        self.reader.highlightWithNoteRequested.connect(self.add_highlight_with_note)
        self.reader.editNoteRequested.connect(self.edit_note)
        self.reader.recolorRequested.connect(self.recolor_highlight)
        self.reader.deleteRequested.connect(self.delete_highlight)
        self.reader.copyWithCitationRequested.connect(self.copy_with_citation)
        self.tag_panel.addRequested.connect(self.tag_current)
        self.tag_panel.removeRequested.connect(self.untag_current)
        self.tag_panel.renameRequested.connect(self.rename_tag)
        self.tag_panel.mergeRequested.connect(self.merge_tags)
        self.tag_panel.recolorRequested.connect(self.recolor_tag)
        self.tag_panel.deleteRequested.connect(self.delete_tag)
        self.tag_panel.filterChanged.connect(self.filter_tree)
        self.search_field.returnPressed.connect(self.run_search)
        self.search_field.textChanged.connect(self._on_search_text)
        self.search_panel.filtersChanged.connect(self.run_search)
        self.search_panel.resultActivated.connect(self.open_result)
        self.search_panel.tagAllRequested.connect(self.tag_all_results)
        self.notes_panel.filtersChanged.connect(self.refresh_annotations)
        self.notes_panel.jumpRequested.connect(self.jump_to_highlight)
        self.notes_panel.deleteRequested.connect(self.delete_highlight)
        self.notes_panel.replaceRequested.connect(self.replace_highlight)
        self.notes_panel.exportRequested.connect(self.export_annotations)
        self.undo_stack.indexChanged.connect(lambda _i: self.update_status())
        self.language.ready.connect(self.refresh_article_tags)
        self.searcher.finished.connect(self._show_results)
        self.searcher.failed.connect(self._search_failed)
        self.searcher.waiting.connect(self._search_waits)
        hints = QGuiApplication.styleHints()
        if hints is not None:
            hints.colorSchemeChanged.connect(
                lambda _s: self.ctx.settings.theme == "system" and self.apply_theme()
            )

    # ---- state ----

    def _restore_state(self) -> None:
        s = self.ctx.settings
        geometry = s.state("mainWindow/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1320, 840)
        state = s.state("mainWindow/state")
        if state is not None:
            self.restoreState(state)
        splitter = s.state(f"splitter/{self.splitter.objectName()}")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        last = s.last_article
        if last is not None and self.tree_model.index_for_article(last).isValid():
            self.select_article(last)
        else:
            self._select_first_article()

    def save_state(self) -> None:
        s = self.ctx.settings
        s.set_state("mainWindow/geometry", self.saveGeometry())
        s.set_state("mainWindow/state", self.saveState())
        s.set_state(f"splitter/{self.splitter.objectName()}", self.splitter.saveState())
        s.last_article = self.current.article.id if self.current else None
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        for job in (self.job, self.backup_job):
            if job is not None:
                job.cancel()
                job.wait()
        self.searcher.cancel()
        self.searcher.wait()
        self.language.stop()
        self.save_state()
        super().closeEvent(event)

    # ---- theme and fonts ----

    def apply_theme(self) -> None:
        self.theme = resolve(self.ctx.settings.theme)
        QApplication.setPalette(palette_for(self.theme))  # reaches existing widgets too
        icons.set_color(self.theme.text)
        for action in self.findChildren(QAction):
            name = action.data()
            if isinstance(name, str) and name.startswith("fa"):
                action.setIcon(icons.icon(name))
        self.reader.apply_style(self.theme, self.ctx.settings.font_size)
        self.results.mark_color = self.theme.hit
        self.notes.colors = dict(self.theme.highlight)
        self.tree.viewport().update()  # the tree's icons are asked for again as it repaints

    def set_theme(self, key: str) -> None:
        self.ctx.settings.theme = key
        self.apply_theme()

    def set_language(self, key: str) -> None:
        self.ctx.settings.language = key
        QMessageBox.information(self, self.tr("界面语言"), self.tr("界面语言将在下次启动时生效。"))

    def change_font(self, step: int) -> None:
        size = self.ctx.settings.font_size + step
        self.ctx.settings.font_size = size
        self.reader.apply_style(self.theme, self.ctx.settings.font_size)

    # ---- the tree and the reader ----

    def _current_index(self) -> QModelIndex:
        return self.tree.selectionModel().currentIndex()

    def _on_tree_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        article_id = current.data(Role.ARTICLE_ID) if current.isValid() else None
        if article_id is not None:
            self.show_article(article_id)
        self.update_status()

    def select_article(self, article_id: int) -> None:
        source = self.tree_model.index_for_article(article_id)
        index = self.tree_proxy.mapFromSource(source)
        if not index.isValid():  # hidden by a filter: show everything again
            self.tag_panel.clear_filter()
            self.tag_ids = self.search_ids = None
            self._apply_tree_filter()
            index = self.tree_proxy.mapFromSource(source)
        self.tree.expand(index.parent())
        self.tree.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.tree.scrollTo(index)

    def _select_first_article(self) -> None:
        allows = self.tree_proxy.allows
        first = next((i for i in self.tree_model.article_ids_in_order() if allows(i)), None)
        if first is not None:
            self.select_article(first)

    def show_article(self, article_id: int) -> None:
        view = get_article(self.db, article_id)
        if view is None:
            self.reader.show_message(self.tr("这篇文章已不在文库中。"))
            return
        self.current = view
        hits = find_hits(view.article.text, self.search_terms) if self.search_terms else []
        self.reader.show_article(view, annotations.article_highlights(self.db, article_id), hits)
        if hits:
            self.reader.scroll_to_offset(hits[0][0])
        if not self.db.read_only and not annotations.article_state(self.db, article_id).read:
            annotations.set_read(self.db, article_id)
            self.tree_model.update_article(article_id, read=True)
        self.refresh_article_tags()
        self.update_status()

    def _visible_article_ids(self) -> list[int]:
        """The articles the tree shows, in its order (a list of ints: quick at any size)."""
        return [i for i in self.tree_model.article_ids_in_order() if self.tree_proxy.allows(i)]

    def step_article(self, step: int) -> None:
        ids = self._visible_article_ids()
        if not ids:
            return
        if self.current is None or self.current.article.id not in ids:
            self.select_article(ids[0])
            return
        position = ids.index(self.current.article.id) + step
        if 0 <= position < len(ids):
            self.select_article(ids[position])

    def step_issue(self, step: int) -> None:
        ids = self._visible_article_ids()
        if not ids:
            return
        issue_of = {i: self.tree_model.issue_of(i).id for i in ids}
        order: list[int] = []
        for i in ids:
            if issue_of[i] not in order:
                order.append(issue_of[i])
        now = issue_of.get(self.current.article.id) if self.current else None
        position = order.index(now) + step if now in order else 0
        if 0 <= position < len(order):
            self.select_article(next(i for i in ids if issue_of[i] == order[position]))

    def toggle_star(self) -> None:
        if not self.writable():
            return
        if self.current is None:
            return
        article_id = self.current.article.id
        starred = not annotations.article_state(self.db, article_id).starred
        annotations.set_starred(self.db, article_id, starred)
        self.tree_model.update_article(article_id, starred=starred)
        self.update_status()

    def mark_unread(self) -> None:
        if not self.writable():
            return
        if self.current is None:
            return
        annotations.set_read(self.db, self.current.article.id, False)
        self.tree_model.update_article(self.current.article.id, read=False)

    def update_status(self) -> None:
        c = library.stats(self.db)
        self.counts_label.setText(
            " · ".join((
                self.tr("%n 种报纸", "", c.papers),
                self.tr("%n 期", "", c.issues),
                self.tr("%n 篇文章", "", c.articles),
                self.tr("%n 个标签", "", c.tags),
                self.tr("%n 处高亮", "", c.highlights),
                self.tr("%n 条批注", "", c.notes),
            ))
        )  # fmt: skip
        if self.current is None:
            self.position_label.setText("")
            return
        number, total = self.tree_model.position_in_issue(self.current.article.id)
        star = " ★" if annotations.article_state(self.db, self.current.article.id).starred else ""
        self.position_label.setText(
            self.tr("{paper} {date} · 第 {n}/{total} 篇{star}").format(
                paper=self.current.paper or "",
                date=self.current.date or "",
                n=number,
                total=total,
                star=star,
            )
        )

    def _on_tree_double_click(self, index: QModelIndex) -> None:
        if index.data(Role.KIND) == NodeKind.ISSUE:
            self.edit_issue(index.data(Role.ISSUE_ID))

    def _tree_menu(self, point) -> None:
        index = self.tree.indexAt(point)
        if not index.isValid():
            return
        menu = QMenu(self)
        kind = index.data(Role.KIND)
        if kind == NodeKind.ISSUE:
            issue_id = index.data(Role.ISSUE_ID)
            menu.addAction(self.tr("编辑期刊信息…"), lambda: self.edit_issue(issue_id))
            menu.addAction(self.tr("删除本期…"), lambda: self.delete_issue(issue_id))
        elif kind == NodeKind.ARTICLE:
            menu.addActions([self.act_star, self.act_unread])
        else:
            return
        menu.exec(self.tree.viewport().mapToGlobal(point))

    def edit_issue(self, issue_id: int) -> None:
        if not self.writable():
            return
        issue = next((r for r in library.list_issues(self.db) if r.id == issue_id), None)
        if issue is None:
            return
        dialog = IssueDialog(issue, self)
        if dialog.exec() != IssueDialog.DialogCode.Accepted:
            return
        library.edit_issue(self.db, issue_id, paper=dialog.paper.text(), date=dialog.date.text())
        self.reload_library()

    def delete_issue(self, issue_id: int) -> None:
        if not self.writable():
            return
        answer = QMessageBox.question(
            self, self.tr("删除本期"),
            self.tr("从文库中删除这一期？它的高亮、批注和标签会先另存到一个文件中。"),
        )  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return
        saved = library.delete_issue(self.db, issue_id, self.ctx.data_dir / "deleted")
        self.current = None
        self.reader.show_message(
            self.tr("这一期已删除。它的批注已保存到：\n{path}").format(path=saved)
        )
        self.undo_stack.clear()  # the commands may refer to what was deleted
        self.reload_library()

    def reload_library(self) -> None:
        # A re-parse rebuilds article rows: find the open article again by its stable key.
        key = self.current.article.key if self.current else None
        self.tree_model.reload()
        self.tree.expandToDepth(1)
        self.refresh_tags()
        self.refresh_annotations()
        found = article_by_key(self.db, key) if key else None
        if found is not None:
            self.select_article(found.article.id)
        elif key is not None:
            self.current = None
            self.reader.show_message(self.tr("这篇文章已不在文库中。"))
            self.refresh_article_tags()
        self.update_status()

    # ---- highlights and notes ----

    def _changed(self, article_id: int | None) -> None:
        """After an undoable change: refresh what shows it."""
        if (
            article_id is not None
            and self.current is not None
            and self.current.article.id == article_id
        ):
            hits = (
                find_hits(self.current.article.text, self.search_terms) if self.search_terms else []
            )
            self.reader.set_marks(annotations.article_highlights(self.db, article_id), hits)
        self.refresh_tags()
        self.refresh_article_tags()
        self.refresh_annotations()
        self.update_status()

    def highlight_selection(self, color: str) -> None:
        selection = self.reader.selection_range()
        if self.current is None or selection is None:
            self.statusBar().showMessage(self.tr("先在正文中选中要高亮的文字。"), 4000)
            return
        self.add_highlight(*selection, color)

    def _push(self, command: LibraryCommand) -> None:
        """Do a change through the undo stack; a change the library refuses is reported."""
        if not self.writable():
            return
        command.refused = self.library_refused
        self.undo_stack.push(command)

    def writable(self) -> bool:
        """False, with a word in the status bar, when the library was opened read-only."""
        if self.db.read_only:
            self.statusBar().showMessage(
                self.tr("文库以只读方式打开：可以阅读、搜索和导出，不能修改。"), 6000
            )
        return not self.db.read_only

    def library_refused(self, error: LibraryError) -> None:
        show_refusal(self, error.problem, error.advice)
        self.reload_library()

    def add_highlight(self, start: int, end: int, color: str, note: str | None = None) -> None:
        if self.current is None:
            return
        self._push(
            AddHighlight(self.db, self.current.article.id, start, end, color, note, self._changed)
        )
        cursor = self.reader.textCursor()
        cursor.clearSelection()
        self.reader.setTextCursor(cursor)

    def add_highlight_with_note(self, start: int, end: int) -> None:
        note, ok = QInputDialog.getMultiLineText(
            self, self.tr("批注"), self.tr("为所选文字写批注：")
        )
        if ok:
            self.add_highlight(start, end, "yellow", note)

    def _highlight(self, highlight_id: int) -> Highlight | None:
        return annotations.get_highlight(self.db, highlight_id)

    def edit_note(self, highlight_id: int) -> None:
        h = self._highlight(highlight_id)
        if h is None:
            return
        note, ok = QInputDialog.getMultiLineText(
            self, self.tr("批注"), self.tr("批注（留空则删除批注）："), h.note or ""
        )
        if ok and (note or None) != h.note:
            self._push(
                EditHighlight(self.db, h, self._article_of(h), {"note": note}, self._changed)
            )

    def recolor_highlight(self, highlight_id: int, color: str) -> None:
        h = self._highlight(highlight_id)
        if h is not None and h.color != color:
            self._push(
                EditHighlight(self.db, h, self._article_of(h), {"color": color}, self._changed)
            )

    def delete_highlight(self, highlight_id: int) -> None:
        h = self._highlight(highlight_id)
        if h is not None:
            self._push(DeleteHighlight(self.db, highlight_id, self._article_of(h), self._changed))

    def _article_of(self, highlight) -> int | None:
        if self.current is not None and self.current.article.key == highlight.article_key:
            return self.current.article.id
        return None

    def replace_highlight(self, highlight_id: int) -> None:
        h = self._highlight(highlight_id)
        selection = self.reader.selection_range()
        if h is None or self.current is None or selection is None:
            self.statusBar().showMessage(self.tr("先在正文中选中这段话的新位置。"), 5000)
            return
        command = MoveHighlight(self.db, h, self.current.article.id, *selection, self._changed)
        self._push(command)

    def copy_with_citation(self) -> None:
        if self.current is None:
            return
        text = (
            self.reader.textCursor().selectedText().replace("\u2029", "\n")
            or self.current.article.text
        )
        QGuiApplication.clipboard().setText(f"{text}\n——{export.article_citation(self.current)}")
        self.statusBar().showMessage(self.tr("已复制，附引用。"), 3000)

    def jump_to_highlight(self, highlight_id: int) -> None:
        index = next(
            (
                self.notes.index(r, 0)
                for r in range(self.notes.rowCount())
                if self.notes.index(r, 0).data(NoteRole.HIGHLIGHT_ID) == highlight_id
            ),
            None,
        )
        if index is None:
            return
        row = self.notes.row_at(index.row())
        if row.article_id is None:
            QMessageBox.information(
                self, self.tr("批注"), self.tr("这条高亮所在的文章已不在文库中。")
            )
            return
        self.select_article(row.article_id)
        if not row.highlight.orphaned:
            self.reader.scroll_to_offset(row.highlight.start)
            self.reader.select_range(row.highlight.start, row.highlight.end)
        else:
            self.statusBar().showMessage(
                self.tr("这条高亮未能定位：在正文中选中新位置后按 1–5 重新高亮，再删除旧的。"), 8000
            )

    def refresh_annotations(self) -> None:
        self.notes.set_rows(annotations.list_annotations(self.db, self.notes_panel.filters()))

    # ---- tags ----

    def refresh_tags(self) -> None:
        selected = self.tag_panel.selected_tags()
        all_tags = tags.list_tags(self.db)
        self.tag_panel.tag_list.selectionModel().blockSignals(True)
        self.all_tags.set_tags(all_tags)
        self.tag_panel.select_tags(selected)
        self.tag_panel.tag_list.selectionModel().blockSignals(False)
        self.search_panel.set_choices(self.tree_model.papers(), [t.name for t in all_tags])

    def refresh_article_tags(self) -> None:
        if self.current is None:
            self.article_tags.set_tags([])
            self.suggestions.set_suggestions([])
            return
        article_id = self.current.article.id
        self.article_tags.set_tags(tags.article_tags(self.db, article_id))
        if self.language.is_ready:
            self.suggestions.set_suggestions(
                tags.suggest_tags(self.db, self.ctx.segmenter, self.ctx.lexicon, article_id)
            )
        else:  # language.ready calls this again
            self.suggestions.set_suggestions([])

    def tag_current(self, name: str) -> None:
        if self.current is None:
            return
        try:
            command = TagArticles(
                self.db, name, [self.current.article.id], add=True, changed=self._changed
            )
        except InvalidInput as error:
            QMessageBox.warning(self, self.tr("标签"), str(error))
            return
        if command.ids:
            self._push(command)

    def untag_current(self, name: str) -> None:
        if self.current is not None:
            self._push(
                TagArticles(
                    self.db, name, [self.current.article.id], add=False, changed=self._changed
                )
            )

    def focus_tag_input(self) -> None:
        self.tag_panel.input.setFocus()

    def filter_tree(self, names: list[str], mode: str) -> None:
        self.tag_ids = set(tags.articles_with_tags(self.db, names, mode)) if names else None
        self._apply_tree_filter()

    def _apply_tree_filter(self) -> None:
        """The tree shows the articles that pass both the tag filter and the search."""
        allowed = self.tag_ids
        if self.search_ids is not None:
            allowed = self.search_ids if allowed is None else allowed & self.search_ids
        self.tree_proxy.set_allowed(allowed)
        if allowed is None or len(allowed) > EXPAND_ALL_UP_TO:
            self.tree.expandToDepth(1)  # papers and years; opening thousands of issues helps no one
        else:
            self.tree.expandAll()
        if self.current is not None:
            index = self.tree_model.index_for_article(self.current.article.id)
            shown = self.tree_proxy.mapFromSource(index)
            if shown.isValid():  # the filter reset the tree: show the open article again
                self.tree.selectionModel().setCurrentIndex(
                    shown, QItemSelectionModel.SelectionFlag.ClearAndSelect
                )

    def rename_tag(self, name: str) -> None:
        if not self.writable():
            return
        new, ok = QInputDialog.getText(self, self.tr("重命名标签"), self.tr("新名称："), text=name)
        if ok and new.strip() and new.strip() != name:
            try:
                self._push(RenameTag(self.db, name, new, self._changed))
            except InvalidInput as error:
                QMessageBox.warning(self, self.tr("标签"), str(error))

    def merge_tags(self, names: list[str]) -> None:
        if not self.writable():
            return
        target, ok = QInputDialog.getItem(
            self, self.tr("合并标签"), self.tr("合并到："), names, 0, False
        )
        if not ok:
            return
        answer = QMessageBox.question(
            self, self.tr("合并标签"),
            self.tr("把 {others} 合并到“{target}”？这一步不能撤销。").format(
                others="、".join(n for n in names if n != target), target=target
            ),
        )  # fmt: skip
        if answer == QMessageBox.StandardButton.Yes:
            tags.merge_tags(self.db, [n for n in names if n != target], target)
            self.undo_stack.clear()
            self._changed(None)

    def recolor_tag(self, name: str) -> None:
        if not self.writable():
            return
        current = next((t.color for t in tags.list_tags(self.db) if t.name == name), "#1971c2")
        color = QColorDialog.getColor(QColor(current), self, self.tr("标签颜色"))
        if color.isValid():
            tags.recolor_tag(self.db, name, color.name())
            self._changed(None)

    def delete_tag(self, name: str) -> None:
        if not self.writable():
            return
        count = next((t.count for t in tags.list_tags(self.db) if t.name == name), 0)
        answer = QMessageBox.question(
            self, self.tr("删除标签"),
            self.tr("删除标签“{name}”？它会从 %n 篇文章上移除，这一步不能撤销。", "", count).format(name=name),  # noqa: E501 (one translatable message)
        )  # fmt: skip
        if answer == QMessageBox.StandardButton.Yes:
            tags.delete_tag(self.db, name)
            self.undo_stack.clear()
            self._changed(None)

    # ---- search ----

    def focus_search(self) -> None:
        self.search_field.setFocus()
        self.search_field.selectAll()

    def _on_search_text(self, text: str) -> None:
        if not text.strip():
            # An empty box shows no results: "tag all results" must not tag an old search's.
            self.searcher.cancel()
            self.last_results = None
            self.results.set_hits([])
            self.search_panel.summary.setText("")
            self.search_terms = ()
            self.search_ids = None
            self._apply_tree_filter()
            if self.current is not None:
                self.reader.set_marks(
                    annotations.article_highlights(self.db, self.current.article.id), []
                )

    def run_search(self) -> None:
        text = self.search_field.text()
        filters = self.search_panel.filters()
        if not text.strip() and filters.empty:
            return
        self.searcher.run(text, filters, SEARCH_LIMIT)

    def _search_waits(self) -> None:
        self.statusBar().showMessage(self.tr("正在载入分词词典，稍后开始搜索…"), 3000)

    def _search_failed(self, error: object) -> None:
        if isinstance(error, InvalidInput):
            self.search_panel.summary.setText(str(error))
            self.search_dock.show()
            self.search_dock.raise_()
        elif isinstance(error, LibraryError):
            show_refusal(self, error.problem, error.advice)
        else:  # a bug: logged by the job already
            QMessageBox.warning(self, self.tr("搜索"), self.tr("搜索没有完成，详情已写入日志。"))

    def _show_results(self, results: SearchResults) -> None:
        self.search_terms = results.query.terms
        self.search_ids = set(results.article_ids)
        self._apply_tree_filter()
        self.last_results = results
        self.results.set_hits(results.hits)
        shown = len(results.hits)
        self.search_panel.summary.setText(
            self.tr("找到 %n 篇", "", results.total)
            + (self.tr("（显示前 %n 篇）", "", shown) if results.total > shown else "")
        )
        self.search_dock.show()
        self.search_dock.raise_()
        if results.hits:
            self.search_panel.list.setCurrentIndex(self.results.index(0, 0))
            self.open_result(results.hits[0].article_id)

    def open_result(self, article_id: int) -> None:
        self.select_article(article_id)

    def tag_all_results(self) -> None:
        results = self.last_results
        if results is None or not results.article_ids:
            return
        name, ok = QInputDialog.getText(
            self,
            self.tr("为全部结果加标签"),
            self.tr("为这 %n 篇文章加上标签：", "", len(results.article_ids)),
        )
        if ok and name.strip():
            try:
                self._push(
                    TagArticles(self.db, name, results.article_ids, add=True, changed=self._changed)
                )
            except InvalidInput as error:
                QMessageBox.warning(self, self.tr("标签"), str(error))

    # ---- import, re-parse, export (off the UI thread) ----

    def choose_files(self) -> None:
        if not self.writable():
            return
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("导入报纸文本"), "", self.tr("文本文件 (*.txt);;所有文件 (*)")
        )
        if files:
            self.import_paths([Path(f) for f in files])

    def choose_folder(self) -> None:
        if not self.writable():
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("导入文件夹中的全部 .txt 文件"))
        if folder:
            self.import_paths([Path(folder)])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and all(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    def _run_job(self, title: str, work, on_done) -> None:
        if self.job is not None:
            QMessageBox.information(self, title, self.tr("另一项任务还在进行，请稍候。"))
            return
        progress = QProgressDialog(title, self.tr("取消"), 0, 0, self)
        progress.setObjectName("jobProgress")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        job = Job(work, self)
        self.job = job

        def on_progress(done: int, total: int, what: str) -> None:
            progress.setMaximum(max(total, 1))
            progress.setValue(done)
            progress.setLabelText(f"{title}\n{what}")

        def finish() -> None:
            progress.reset()
            progress.deleteLater()
            job.deleteLater()  # its thread has stopped
            self.job = None

        def on_finished(result) -> None:
            finish()
            on_done(result)

        def on_failed(error) -> None:
            finish()
            if isinstance(error, LibraryError):
                QMessageBox.critical(self, title, f"{error.problem}\n{error.advice}")
            else:
                QMessageBox.critical(
                    self,
                    title,
                    self.tr("任务没有完成，详情已写入日志。\n{error}").format(error=error),
                )
            self.reload_library()

        job.progress.connect(on_progress)
        job.finished.connect(on_finished)
        job.failed.connect(on_failed)
        progress.canceled.connect(job.cancel)
        job.start()

    def import_paths(self, paths: list[Path]) -> None:
        if not self.writable():
            return
        db, segmenter = self.db, self.ctx.segmenter
        self._run_job(
            self.tr("正在导入…"),
            lambda progress, cancelled: library.import_paths(
                db, segmenter, paths, progress=progress, should_cancel=cancelled
            ),
            self._import_done,
        )

    def _import_done(self, report: library.ImportReport) -> None:
        self.last_import = report
        self.reload_library()
        added, unchanged, failed = report.count("added"), report.count("unchanged"), report.failed
        summary = (
            self.tr("新增 %n 期", "", added)
            + self.tr("，") + self.tr("%n 期已在文库中", "", unchanged)
            + self.tr("，") + self.tr("%n 个文件未能导入", "", len(failed)) + self.tr("。")
        )  # fmt: skip
        if report.cancelled:
            summary = self.tr("导入已取消。") + summary
        box = QMessageBox(
            QMessageBox.Icon.Warning if failed else QMessageBox.Icon.Information,
            self.tr("导入完成"),
            summary,
            parent=self,
        )
        box.setObjectName("importReport")
        if failed:
            box.setDetailedText("\n\n".join(item.message for item in failed))
            box.setInformativeText("\n".join(item.message for item in failed[:5]))
        box.open()
        self.import_report_box = box

    def reparse_all(self) -> None:
        if not self.writable():
            return
        db, segmenter = self.db, self.ctx.segmenter

        def done(report: library.ReparseReport) -> None:
            self.undo_stack.clear()
            self.reload_library()
            QMessageBox.information(
                self, self.tr("重新解析"),
                self.tr("已重新解析 %n 期。", "", report.issues)
                + self.tr("高亮：%n 处原位保留", "", report.highlights_kept) + self.tr("，")
                + self.tr("%n 处随文字移动", "", report.highlights_moved) + self.tr("，")
                + self.tr("%n 处未能定位（已保留，见“批注”）", "", report.highlights_orphaned)
                + self.tr("。"),
            )  # fmt: skip

        self._run_job(
            self.tr("正在重新解析…"),
            lambda progress, cancelled: library.reparse(
                db, segmenter, progress=progress, should_cancel=cancelled
            ),
            done,
        )

    def export_annotations(self, fmt: str) -> None:
        suffix = {"markdown": "md", "csv": "csv", "json": "json"}[fmt]
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("导出批注"), f"批注.{suffix}", f"*.{suffix}"
        )
        if not target:
            return
        db, filters = self.db, self.notes_panel.filters()

        def work(progress, cancelled):
            rows = annotations.list_annotations(db, filters)
            export.write_atomically(Path(target), export.export_annotations(rows, fmt))
            return target

        self._run_job(
            self.tr("正在导出…"),
            work,
            lambda path: self.statusBar().showMessage(self.tr("已导出到 {p}").format(p=path), 6000),
        )

    def export_article(self) -> None:
        if self.current is None:
            return
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("导出文章"), f"{self.current.label_in(label_words())[:30]}.md", "*.md"
        )
        if target:
            export.write_atomically(
                Path(target), export.export_articles([self.current], "markdown")
            )
            self.statusBar().showMessage(self.tr("已导出到 {p}").format(p=target), 6000)

    # ---- backups ----

    def start_daily_backup(self) -> None:
        """Today's copy of the library and of the annotations, taken quietly in the background
        once a day; the status bar says when it is done or why it could not be made."""
        if self.db.read_only or self.backup_job is not None:
            return
        db, today = self.db, date.today()
        job = Job(
            lambda progress, cancelled: backup.daily_backup(
                db, today, progress=progress, should_cancel=cancelled
            ),
            self,
        )
        self.backup_job = job

        def finished(result: backup.DailyBackup | None) -> None:
            self.backup_job = None
            job.deleteLater()
            if result is not None:
                self.statusBar().showMessage(self.tr("已完成今天的自动备份。"), 5000)

        def failed(error: object) -> None:
            self.backup_job = None
            job.deleteLater()
            detail = f"{error.problem}" if isinstance(error, LibraryError) else str(error)
            log.warning("the daily backup failed: %s", detail)
            self.statusBar().showMessage(
                self.tr("今天的自动备份没有完成：{e}").format(e=detail), 15000
            )

        job.finished.connect(finished)
        job.failed.connect(failed)
        job.start()

    def backup_now(self) -> None:
        db = self.db

        def done(result: backup.DailyBackup | None) -> None:
            if result is not None:  # None: cancelled
                self.statusBar().showMessage(self.tr("已备份到 {p}").format(p=result.library), 8000)

        self._run_job(
            self.tr("正在备份文库…"),
            lambda progress, cancelled: backup.daily_backup(
                db, date.today(), replace=True, progress=progress, should_cancel=cancelled
            ),
            done,
        )

    def choose_backup_to_restore(self) -> None:
        if not self.writable():
            return
        dialog = RestoreDialog(list_backups(self.db.path), self)
        if dialog.exec() != RestoreDialog.DialogCode.Accepted:
            return
        chosen = dialog.chosen()
        if chosen is not None:
            self.restoreRequested.emit(chosen)

    def open_backup_folder(self) -> None:
        folder = backup_dir(self.db.path)
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def export_user_data(self) -> None:
        target, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("导出全部批注与标签"),
            f"区报阅读-批注备份-{date.today().isoformat()}.json",
            "*.json",
        )
        if not target:
            return
        db = self.db

        def work(progress, cancelled):
            export.write_atomically(Path(target), user_data.export_user_data(db))
            return target

        self._run_job(
            self.tr("正在导出…"),
            work,
            lambda path: self.statusBar().showMessage(self.tr("已导出到 {p}").format(p=path), 6000),
        )

    def import_user_data(self, path: Path | None = None) -> None:
        if not self.writable():
            return
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self, self.tr("导入批注与标签"), "", self.tr("批注备份 (*.json)")
            )
            if not chosen:
                return
            path = Path(chosen)
        try:
            data = user_data.read_user_data(path)
        except InvalidInput as error:
            QMessageBox.warning(self, self.tr("导入批注与标签"), str(error))
            return
        db = self.db
        self._run_job(
            self.tr("正在导入批注与标签…"),
            lambda progress, cancelled: user_data.import_user_data(db, data),
            self._user_data_imported,
        )

    def _user_data_imported(self, report: user_data.UserDataReport) -> None:
        self.undo_stack.clear()
        self.reload_library()
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("导入批注与标签"),
            self.tr("新增 %n 处高亮", "", report.highlights_added)
            + self.tr("（%n 处已存在）", "", report.highlights_present)
            + self.tr("，")
            + self.tr("%n 个标签", "", report.tags_added)
            + self.tr("，")
            + self.tr("%n 个文章标签", "", report.tags_linked)
            + self.tr("。"),
            parent=self,
        )
        box.setObjectName("userDataReport")
        notes = []
        if report.highlights_orphaned:
            notes.append(
                self.tr(
                    "%n 处高亮找不到原文，已保留并标为“未定位”。", "", report.highlights_orphaned
                )
            )
        if report.waiting:
            notes.append(
                self.tr("%n 项属于尚未导入的期刊，导入这些期刊后就会显示。", "", report.waiting)
            )
        box.setInformativeText("\n".join(notes))
        box.open()
        self.user_data_report_box = box

    def _present_read_only(self) -> None:
        self.setWindowTitle(self.tr("区报阅读 District Reader（只读）"))
        for action in (
            self.act_import, self.act_import_folder, self.act_reparse, self.act_star,
            self.act_unread, self.act_tag, self.act_import_backup, self.act_backup_now,
            self.act_restore_backup,
            *self.highlight_actions,
        ):  # fmt: skip
            action.setEnabled(False)
        self.tag_panel.input.setEnabled(False)
        badge = QLabel(self.tr("只读"), objectName="readOnlyBadge")
        badge.setToolTip(self.tr("文库以只读方式打开：可以阅读、搜索和导出，不能修改。"))
        self.statusBar().addPermanentWidget(badge)

    # ---- help ----

    def show_shortcuts(self) -> None:
        ShortcutsDialog(shortcut_rows(self.findChildren(QAction)), self).exec()

    def show_about(self) -> None:
        QMessageBox.about(
            self, self.tr("关于区报阅读"),
            self.tr("区报阅读 District Reader\n离线阅读、检索、高亮、批注区级报纸。\n文库：{path}").format(path=self.db.path),  # noqa: E501 (one translatable message)
        )  # fmt: skip
