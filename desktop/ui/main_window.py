"""The main window: issue tree | reader | tag panel, a search field in the toolbar, search
results and annotations in docks.

The window composes: it builds the widgets and models, the controllers that act (reading,
annotating, tagging, searching, the library's jobs), the actions from their table, and wires
every signal in _connect(). It keeps only what is the window's own: its state, theme, text size,
language, drag and drop, and closing."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
    QShortcut,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSizePolicy,
    QTreeView,
    QWidget,
)

from desktop.ui.actions import LANGUAGE_GROUP, THEME_GROUP, ActionId, ActionSet
from desktop.ui.context import AppContext
from desktop.ui.controllers.annotating import AnnotatingController
from desktop.ui.controllers.appearance import AppearanceController
from desktop.ui.controllers.base import WindowServices
from desktop.ui.controllers.changes import Changes
from desktop.ui.controllers.correcting import CorrectingController
from desktop.ui.controllers.focus_mode import FocusMode
from desktop.ui.controllers.handing_on import HandingOn
from desktop.ui.controllers.help import HelpController
from desktop.ui.controllers.jobs import JobRunner
from desktop.ui.controllers.library_ops import LibraryOperations
from desktop.ui.controllers.page_view import PageViewController
from desktop.ui.controllers.people import PeopleController
from desktop.ui.controllers.reading import ReadingController
from desktop.ui.controllers.safekeeping import Safekeeping
from desktop.ui.controllers.searching import SearchingController
from desktop.ui.controllers.tagging import TaggingController
from desktop.ui.controllers.tree_actions import TreeActions
from desktop.ui.controllers.trends import TrendsController
from desktop.ui.events import LibraryEvents
from desktop.ui.language_tools import LanguageTools
from desktop.ui.messages import Notifier
from desktop.ui.models.annotations import AnnotationsModel
from desktop.ui.models.article_filter import ArticleFilterProxy
from desktop.ui.models.issue_tree import IssueTreeModel
from desktop.ui.models.search_results import SearchResultsModel
from desktop.ui.models.tags import SuggestionModel, TagListModel
from desktop.ui.search_runner import SearchRunner
from desktop.ui.theme import resolve
from desktop.ui.views.annotations_panel import AnnotationsPanel
from desktop.ui.views.panel_splitter import PanelSplitter
from desktop.ui.views.reader import ReaderView
from desktop.ui.views.search_panel import SearchPanel
from desktop.ui.views.tag_panel import TagPanel
from desktop.ui.window_state import FIRST_SIZE, restore_window, save_window

__all__ = ["AppContext", "MainWindow"]

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    # A backup was chosen to replace the open library: the application closes this window,
    # restores the file and opens a new window on it.
    restoreRequested = Signal(Path)
    # An interface language was chosen (a setting: "system", "zh_CN", "en"): the application
    # builds the window again in it.
    languageChosen = Signal(str)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("区报阅读 District Reader"))
        self.setAcceptDrops(True)
        self.ctx = ctx
        self.db = ctx.db
        self.events = LibraryEvents(self)
        self.notifier = Notifier(self)
        self.undo_stack = QUndoStack(self)
        self.language = LanguageTools(ctx.segmenter, self)
        self.searcher = SearchRunner(self.db, self.language, self)

        self.tree_model = IssueTreeModel(self.db, self)
        self.tree_proxy = ArticleFilterProxy(self)
        self.tree_proxy.setSourceModel(self.tree_model)
        self.all_tags = TagListModel(show_counts=True, parent=self)
        self.article_tags = TagListModel(show_counts=False, parent=self)
        self.suggestions = SuggestionModel(self)
        self.results = SearchResultsModel(self)
        self.notes = AnnotationsModel(dict(resolve(ctx.settings.theme).highlight), self)

        self._build_widgets()
        self._build_controllers()
        self._dock_panels()
        self._build_actions()
        self._connect()
        self.appearance.apply_theme()
        self.tagging.refresh_all()
        self.searching.refresh_choices()
        self.annotating.refresh_list()
        self.tree.expandToDepth(1)
        restore_window(ctx.settings, self, self.splitter, self.reading)
        if self.db.read_only:
            self._present_read_only()
        self.reading.update_status()

    # ---- composition ----

    def _build_widgets(self) -> None:
        self.tree = QTreeView(objectName="issueTree")
        self.tree.setModel(self.tree_proxy)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        # Several articles (or issues) may be chosen at once, for references or a briefing.
        self.tree.setSelectionMode(QTreeView.SelectionMode.ExtendedSelection)
        self.reader = ReaderView()
        self.tag_panel = TagPanel(self.article_tags, self.all_tags, self.suggestions)
        self.splitter = PanelSplitter(self.tree, self.reader, self.tag_panel, FIRST_SIZE[0])
        self.setCentralWidget(self.splitter)

        self.search_panel = SearchPanel(self.results)
        self.search_dock = self._dock(self.tr("搜索结果"), "searchDock", self.search_panel)
        self.notes_panel = AnnotationsPanel(self.notes)
        self.notes_dock = self._dock(self.tr("批注"), "annotationsDock", self.notes_panel)
        self.tabifyDockWidget(self.search_dock, self.notes_dock)
        self.search_dock.raise_()
        self.resizeDocks([self.search_dock], [230], Qt.Orientation.Vertical)
        for dock in (self.search_dock, self.notes_dock):
            dock.hide()

        self.search_field = QLineEdit(objectName="searchField")
        self.search_field.setPlaceholderText(self.tr("搜索全部报纸（Ctrl+F 或 /）"))
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setMinimumWidth(260)
        self.hit_label = QLabel(objectName="hitPosition")
        self.hit_label.setMinimumWidth(64)
        self.hit_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hit_label.setToolTip(self.tr("本文中的匹配：F3 下一处，Shift+F3 上一处"))
        self.counts_label = QLabel(objectName="libraryCounts")
        self.position_label = QLabel(objectName="articlePosition")
        self.statusBar().addWidget(self.counts_label, 1)
        self.statusBar().addPermanentWidget(self.position_label)

    def _dock_panels(self) -> None:
        """Each panel's dock, tabbed with the annotations, hidden until asked for."""
        self.docks = {"searchDock": self.search_dock, "annotationsDock": self.notes_dock}
        behind = self.notes_dock
        for panel in self.panels:
            dock = self.docks[panel.NAME] = self._dock(panel.title(), panel.NAME, panel.widget)
            dock.hide()
            area = panel.AREA
            if area != Qt.DockWidgetArea.BottomDockWidgetArea:
                self.addDockWidget(area, dock)
                continue
            self.tabifyDockWidget(behind, dock)
            behind = dock

    def _dock(self, title: str, name: str, widget: QWidget) -> QDockWidget:
        dock = QDockWidget(title, self, objectName=name)
        dock.setWidget(widget)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        return dock

    def _build_controllers(self) -> None:
        shared = self.services = WindowServices(self.ctx, self.events, self.notifier)
        self.reading = ReadingController(
            shared, self.tree, self.tree_model, self.tree_proxy, self.reader, self.counts_label,
            self.position_label, self,
        )  # fmt: skip
        self.changes = Changes(shared, self.undo_stack, self.reading, self)
        self.annotating = AnnotatingController(
            shared, self.changes, self.reading, self.reader, self.notes, self.notes_panel, self
        )
        self.tagging = TaggingController(
            shared, self.changes, self.reading, self.language, self.tag_panel, self.all_tags,
            self.article_tags, self.suggestions, self,
        )  # fmt: skip
        self.searching = SearchingController(
            shared, self.reading, self.tagging, self.searcher, self.search_field,
            self.search_panel, self.search_dock, self.results, self,
        )  # fmt: skip
        self.jobs = JobRunner(shared, self, self)
        self.library_ops = LibraryOperations(
            shared, self.changes, self.reading, self.jobs, self.notes_panel, self, self
        )
        self.safekeeping = Safekeeping(shared, self.changes, self.reading, self.jobs, self, self)
        self.handing_on = HandingOn(
            shared, self.reading, self.searching, self.jobs, self.tree, self, self
        )
        self.correcting = CorrectingController(shared, self.changes, self.reading, self)
        # The panels with a dock of their own.
        self.page_view = PageViewController(shared, self.reading, self)
        people = PeopleController(shared, self.reading, self.language, self)
        self.panels = [
            people,
            TrendsController(
                shared, self.reading, self.language,
                (self.tag_panel, people.panel, self.search_panel, self.search_field), self,
            ),
            self.page_view,
        ]  # fmt: skip
        self.appearance = AppearanceController(
            shared, self, self.reader, self.tree, self.results, self.notes, self
        )

    def _build_actions(self) -> None:
        undo = self.undo_stack.createUndoAction(self, self.tr("撤销"))
        redo = self.undo_stack.createRedoAction(self, self.tr("重做"))
        self.action_set = ActionSet(
            self,
            {
                ActionId.UNDO: undo,
                ActionId.REDO: redo,
            },
        )
        self.addActions(list(self.action_set))  # their keys work wherever the focus is
        self.action_set.build_menus(
            self.menuBar(),
            {
                THEME_GROUP: self.appearance.theme_actions.values(),
                LANGUAGE_GROUP: self.appearance.language_actions.values(),
            },
        )
        toolbar = self.addToolBar(self.tr("工具栏"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.action_set.build_toolbar(toolbar)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        toolbar.addWidget(self.search_field)
        toolbar.addWidget(self.hit_label)
        self.toolbar = toolbar
        self.focus_mode = FocusMode(
            self.services,
            self, [self.tree, self.tag_panel, toolbar], self.reader,
            self.action_set[ActionId.FOCUS_MODE],
        )  # fmt: skip
        article_actions = [
            self.action_set[i]
            for i in (ActionId.STAR, ActionId.MARK_UNREAD, ActionId.MAKE_BRIEFING)
        ]
        self.tree_actions = TreeActions(
            self.services, self.reading, self.tree, article_actions, self
        )

    def _connect(self) -> None:
        a, reading, annotating, tagging = (
            self.action_set,
            self.reading,
            self.annotating,
            self.tagging,
        )
        searching, ops, safe = self.searching, self.library_ops, self.safekeeping
        window_slots = {
            ActionId.QUIT: self.close,
            ActionId.NEXT_HIT: lambda: self.reader.step_hit(1),
            ActionId.PREVIOUS_HIT: lambda: self.reader.step_hit(-1),
        }
        docks = {
            ActionId.SHOW_SEARCH: self.search_dock,
            ActionId.SHOW_ANNOTATIONS: self.notes_dock,
            **{panel.SHOW_ACTION: self.docks[panel.NAME] for panel in self.panels},
        }
        for action_id, dock in docks.items():
            window_slots[action_id] = lambda _checked=False, d=dock: self.toggle_dock(d)
            dock.visibilityChanged.connect(a[action_id].setChecked)  # checked: in front
        self.page_view.set_action(a[ActionId.SHOW_PAGE])
        help_ = HelpController(self.services, a, self)
        for controller in (
            reading,
            annotating,
            tagging,
            searching,
            ops,
            safe,
            self.appearance,
            help_,
            self.handing_on,
        ):
            window_slots.update(controller.action_slots())
        for action_id, slot in window_slots.items():
            a[action_id].triggered.connect(slot)

        for keys, step in (("Space", 1), ("Shift+Space", -1)):  # the tree has no use for them
            page = QShortcut(
                QKeySequence(keys), self.tree, context=Qt.ShortcutContext.WidgetShortcut
            )
            page.activated.connect(lambda s=step: reading.page_text(s))
        self.tree.selectionModel().currentChanged.connect(reading.on_tree_current)
        self.tree.customContextMenuRequested.connect(self.tree_actions.tree_menu)
        self.tree.doubleClicked.connect(self.tree_actions.on_tree_double_click)
        reading.articleOpened.connect(lambda _view: tagging.refresh_article())
        reading.narrowingCleared.connect(self.tag_panel.clear_filter)
        reading.narrowingCleared.connect(searching.let_go)
        self.tree_actions.deleted.connect(self.changes.forget)
        self.tree_actions.referencesRequested.connect(self.handing_on.export_issue_references)
        self.tree_actions.briefingRequested.connect(self.handing_on.brief_issue)
        self.tree_actions.selectionReferencesRequested.connect(
            self.handing_on.export_selected_references
        )
        self.tag_panel.referencesRequested.connect(self.handing_on.export_tag_references)
        self.tag_panel.briefingRequested.connect(self.handing_on.brief_tag)
        self.tree_actions.articleMenuAboutToShow.connect(self.correcting.article_menu)
        self.tree_actions.issueMenuAboutToShow.connect(self.correcting.issue_menu)
        self.reader.contextMenuAboutToShow.connect(self.correcting.reader_menu)

        self.reader.highlightRequested.connect(annotating.add_highlight)
        self.reader.highlightWithNoteRequested.connect(annotating.add_highlight_with_note)
        self.reader.editNoteRequested.connect(annotating.edit_note)
        self.reader.recolorRequested.connect(annotating.recolor_highlight)
        self.reader.deleteRequested.connect(annotating.delete_highlight)
        self.reader.copyWithCitationRequested.connect(annotating.copy_with_citation)
        self.reader.nextArticleRequested.connect(lambda: reading.step_article(1))
        reading.starChanged.connect(a[ActionId.STAR].setChecked)
        a[ActionId.FOCUS_MODE].toggled.connect(self.focus_mode.set)
        self.notes_panel.filtersChanged.connect(annotating.refresh_list)
        self.notes_panel.jumpRequested.connect(annotating.jump_to_highlight)
        self.notes_panel.deleteRequested.connect(annotating.delete_highlight)
        self.notes_panel.replaceRequested.connect(annotating.replace_highlight)
        self.notes_panel.exportRequested.connect(ops.export_annotations)

        self.tag_panel.addRequested.connect(tagging.tag_current)
        self.tag_panel.removeRequested.connect(tagging.untag_current)
        self.tag_panel.renameRequested.connect(tagging.rename)
        self.tag_panel.mergeRequested.connect(tagging.merge)
        self.tag_panel.recolorRequested.connect(tagging.recolor)
        self.tag_panel.deleteRequested.connect(tagging.delete)
        self.tag_panel.filterChanged.connect(tagging.filter_tree)
        self.language.ready.connect(tagging.refresh_article)
        self.language.ready.connect(tagging.learn)

        self.search_field.returnPressed.connect(searching.on_return)
        self.reader.hitChanged.connect(self._show_hit_position)
        self.search_field.textChanged.connect(searching.on_text_edited)
        self.search_panel.filtersChanged.connect(searching.run)
        self.search_panel.resultActivated.connect(reading.select_article)
        self.search_panel.tagAllRequested.connect(searching.tag_all)
        self.searcher.finished.connect(searching.show)
        self.searcher.failed.connect(searching.failed)
        self.searcher.waiting.connect(searching.waiting)

        # What changed, to what shows it.
        self.events.highlightsChanged.connect(reading.refresh_marks)
        self.events.highlightsChanged.connect(annotating.refresh_list)
        self.events.tagsChanged.connect(tagging.on_tags_changed)
        self.events.tagsChanged.connect(searching.refresh_choices)
        self.events.articleStateChanged.connect(reading.on_state_changed)
        self.events.libraryReloaded.connect(self.reload)
        self.jobs.failed.connect(self.reload)
        self.undo_stack.indexChanged.connect(lambda _i: reading.update_status())
        safe.restoreRequested.connect(self.restoreRequested)
        self.appearance.languageChosen.connect(self.languageChosen)
        safe.damageFound.connect(self.become_read_only)

    def reload(self) -> None:
        """The library changed under the window (import, re-parse, restore, edits)."""
        self.reading.reload()
        self.tagging.on_tags_changed()
        self.searching.refresh_choices()
        self.annotating.refresh_list()
        for panel in self.panels:
            panel.reload()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.stop_work()
        save_window(self.ctx.settings, self, self.splitter, self.reading)
        super().closeEvent(event)

    def stop_work(self) -> None:
        """Cancel and wait for every thread the window started: a QThread destroyed while
        running aborts the process. Safe to call more than once."""
        self.jobs.stop()
        self.safekeeping.stop()
        self.searcher.cancel()
        self.searcher.wait()
        self.language.stop()
        self.tagging.stop()
        for panel in self.panels:
            panel.stop()

    def become_read_only(self) -> None:
        """The library turned out damaged while open: nothing more is written to it."""
        self.db.read_only = True
        self._present_read_only()

    def _present_read_only(self) -> None:
        self.setWindowTitle(self.tr("区报阅读 District Reader（只读）"))
        self.action_set.set_read_only()
        self.tag_panel.input.setEnabled(False)
        badge = QLabel(self.tr("只读"), objectName="readOnlyBadge")
        badge.setToolTip(self.tr("文库以只读方式打开：可以阅读、搜索和导出，不能修改。"))
        self.statusBar().addPermanentWidget(badge)

    def _show_hit_position(self, number: int, total: int) -> None:
        self.hit_label.setText(f"{number} / {total}" if total else "")

    def toggle_dock(self, dock: QDockWidget) -> None:
        """Show a panel's dock in front, its panel focused (a dock tabbed behind another counts
        as hidden: raising it is what the user asked for); hide it when already in front."""
        if dock.isVisible() and not dock.visibleRegion().isEmpty():
            dock.hide()
            return
        dock.show()
        dock.raise_()
        dock.widget().setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.focus_mode.on:
            self.focus_mode.set(False)
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Once the splitter has its new width.
        QTimer.singleShot(0, lambda: self.splitter.fit(self.width()))

    # ---- drag and drop: import ----

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and all(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.library_ops.import_paths(paths)
