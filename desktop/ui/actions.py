"""Every command of the window in one table: its id, text, icon, keys, whether it changes the
library, and where the menus and the toolbar put it. The menus, the toolbar, the read-only
state and the shortcuts dialog are all built from it, so a new command is one row here and
one handler in MainWindow._connect.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QToolBar

from desktop.services.annotations import COLORS
from desktop.services.citation import CITATION_STYLES
from desktop.services.exports import formats_for

Keys = tuple[str | QKeySequence.StandardKey, ...]


class ActionId(StrEnum):
    IMPORT_FILES = "importFiles"
    IMPORT_FOLDER = "importFolder"
    EXPORT_ARTICLE = "exportArticle"
    REPARSE = "reparse"
    BACKUP_NOW = "backupNow"
    RESTORE_BACKUP = "restoreBackup"
    OPEN_BACKUPS = "openBackups"
    EXPORT_USER_DATA = "exportUserData"
    IMPORT_USER_DATA = "importUserData"
    QUIT = "quit"
    UNDO = "undo"
    REDO = "redo"
    COPY_CITATION = "copyCitation"
    FIND = "find"
    NEXT_HIT = "nextHit"
    PREVIOUS_HIT = "previousHit"
    NEXT_ARTICLE = "nextArticle"
    PREVIOUS_ARTICLE = "previousArticle"
    NEXT_ISSUE = "nextIssue"
    PREVIOUS_ISSUE = "previousIssue"
    STAR = "star"
    MARK_UNREAD = "markUnread"
    TAG_ARTICLE = "tagArticle"
    SHOW_SEARCH = "showSearch"
    SHOW_ANNOTATIONS = "showAnnotations"
    SHOW_PEOPLE = "showPeople"
    SHOW_TRENDS = "showTrends"
    SHOW_PAGE = "showPage"
    FONT_BIGGER = "fontBigger"
    FONT_SMALLER = "fontSmaller"
    FONT_RESET = "fontReset"
    READING_SETTINGS = "readingSettings"
    FOCUS_MODE = "focusMode"
    SHORTCUTS = "shortcuts"
    ABOUT = "about"
    MAKE_BRIEFING = "makeBriefing"
    PRINT_ARTICLE = "printArticle"
    SAVE_ARTICLE_PDF = "saveArticlePdf"


def annotation_export_action(fmt: str) -> str:
    """The id of the action that exports the annotations in `fmt` (one per format of the
    export registry's annotations)."""
    return f"exportAnnotations-{fmt}"


# Whose articles a references export takes from the File menu: the tree's selection or the
# search's results (a tag's and an issue's come from their context menus).
REFERENCE_SCOPES = ("selection", "search")


def reference_export_action(scope: str, fmt: str) -> str:
    """The id of the action that exports the `scope`'s articles as references in `fmt` (one
    per scope and format of the export registry's references)."""
    return f"exportReferences-{scope}-{fmt}"


def citation_copy_action(style: str) -> str:
    """The id of the action that copies the text with its citation in `style`."""
    return f"copyCitation-{style}"


def highlight_action(color: str) -> str:
    """The id of the action that highlights the selection in `color` (one per colour)."""
    return f"highlight-{color}"


@dataclass(frozen=True)
class ActionSpec:
    id: str
    text: str  # the Chinese source text; translated when the action is built
    icon: str | None = None  # a qtawesome name
    keys: Keys = ()
    needs_write: bool = False  # disabled when the library is open read-only
    made_elsewhere: bool = False  # undo/redo come from the undo stack
    checkable: bool = False  # shows an on/off state (the star)


T = "Actions"  # the translation context of every action text

ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        ActionId.IMPORT_FILES,
        QT_TRANSLATE_NOOP("Actions", "导入文件…"),
        "fa5s.file-import",
        (QKeySequence.StandardKey.Open,),
        needs_write=True,
    ),
    ActionSpec(
        ActionId.IMPORT_FOLDER,
        QT_TRANSLATE_NOOP("Actions", "导入文件夹…"),
        "fa5s.folder-open",
        ("Ctrl+Shift+O",),
        needs_write=True,
    ),
    *(
        ActionSpec(annotation_export_action(name), f"{fmt.label}…")  # a format's own name
        for name, fmt in formats_for("annotations").items()
    ),
    ActionSpec(ActionId.EXPORT_ARTICLE, QT_TRANSLATE_NOOP("Actions", "导出当前文章（Markdown）…")),
    ActionSpec(
        ActionId.REPARSE,
        QT_TRANSLATE_NOOP("Actions", "重新解析全部期刊"),
        "fa5s.sync-alt",
        needs_write=True,
    ),
    ActionSpec(
        ActionId.BACKUP_NOW,
        QT_TRANSLATE_NOOP("Actions", "立即备份文库"),
        "fa5s.save",
        needs_write=True,
    ),
    ActionSpec(
        ActionId.RESTORE_BACKUP,
        QT_TRANSLATE_NOOP("Actions", "从备份恢复文库…"),
        "fa5s.history",  # also read-only: a library found damaged is open read-only
    ),
    ActionSpec(ActionId.OPEN_BACKUPS, QT_TRANSLATE_NOOP("Actions", "打开备份文件夹")),
    ActionSpec(
        ActionId.EXPORT_USER_DATA,
        QT_TRANSLATE_NOOP("Actions", "导出全部批注与标签…"),
        "fa5s.file-export",
    ),
    ActionSpec(
        ActionId.IMPORT_USER_DATA,
        QT_TRANSLATE_NOOP("Actions", "导入批注与标签…"),
        "fa5s.file-upload",
        needs_write=True,
    ),
    ActionSpec(
        ActionId.QUIT, QT_TRANSLATE_NOOP("Actions", "退出"), None, (QKeySequence.StandardKey.Quit,)
    ),
    ActionSpec(
        ActionId.UNDO,
        QT_TRANSLATE_NOOP("Actions", "撤销"),
        "fa5s.undo",
        (QKeySequence.StandardKey.Undo,),
        made_elsewhere=True,
    ),
    ActionSpec(
        ActionId.REDO,
        QT_TRANSLATE_NOOP("Actions", "重做"),
        "fa5s.redo",
        ("Ctrl+Shift+Z", "Ctrl+Y"),
        made_elsewhere=True,
    ),
    ActionSpec(
        ActionId.COPY_CITATION,
        QT_TRANSLATE_NOOP("Actions", "复制（附引用）"),
        "fa5s.quote-right",
        ("Ctrl+Shift+C",),
    ),
    *(
        ActionSpec(highlight_action(color), name, None, (str(number),), needs_write=True)
        for number, (color, name) in enumerate(
            zip(
                COLORS,
                (
                    QT_TRANSLATE_NOOP("Actions", "高亮为黄色"),
                    QT_TRANSLATE_NOOP("Actions", "高亮为绿色"),
                    QT_TRANSLATE_NOOP("Actions", "高亮为蓝色"),
                    QT_TRANSLATE_NOOP("Actions", "高亮为粉色"),
                    QT_TRANSLATE_NOOP("Actions", "高亮为紫色"),
                ),
                strict=True,
            ),
            1,
        )
    ),
    ActionSpec(
        ActionId.FIND,
        QT_TRANSLATE_NOOP("Actions", "搜索"),
        "fa5s.search",
        (QKeySequence.StandardKey.Find, "/"),
    ),
    ActionSpec(ActionId.NEXT_HIT, QT_TRANSLATE_NOOP("Actions", "下一处匹配"), None, ("F3",)),
    ActionSpec(
        ActionId.PREVIOUS_HIT, QT_TRANSLATE_NOOP("Actions", "上一处匹配"), None, ("Shift+F3",)
    ),
    ActionSpec(
        ActionId.NEXT_ARTICLE, QT_TRANSLATE_NOOP("Actions", "下一篇"), "fa5s.chevron-down", ("J",)
    ),
    ActionSpec(
        ActionId.PREVIOUS_ARTICLE, QT_TRANSLATE_NOOP("Actions", "上一篇"), "fa5s.chevron-up", ("K",)
    ),
    ActionSpec(
        ActionId.NEXT_ISSUE,
        QT_TRANSLATE_NOOP("Actions", "下一期"),
        "fa5s.angle-double-down",
        ("N",),
    ),
    ActionSpec(
        ActionId.PREVIOUS_ISSUE,
        QT_TRANSLATE_NOOP("Actions", "上一期"),
        "fa5s.angle-double-up",
        ("P",),
    ),
    ActionSpec(
        ActionId.STAR,
        QT_TRANSLATE_NOOP("Actions", "加星 / 取消"),
        "fa5s.star",
        ("S",),
        needs_write=True,
        checkable=True,
    ),
    ActionSpec(
        ActionId.MARK_UNREAD,
        QT_TRANSLATE_NOOP("Actions", "标为未读"),
        "fa5s.envelope",
        ("U",),
        needs_write=True,
    ),
    ActionSpec(
        ActionId.TAG_ARTICLE,
        QT_TRANSLATE_NOOP("Actions", "添加标签"),
        "fa5s.tag",
        ("T",),
        needs_write=True,
    ),
    ActionSpec(
        ActionId.SHOW_SEARCH,
        QT_TRANSLATE_NOOP("Actions", "搜索结果"),
        "fa5s.list",
        checkable=True,  # checked while the dock is in front
    ),
    ActionSpec(
        ActionId.SHOW_ANNOTATIONS,
        QT_TRANSLATE_NOOP("Actions", "批注"),
        "fa5s.sticky-note",
        ("Ctrl+Shift+A",),
        checkable=True,
    ),
    ActionSpec(
        ActionId.SHOW_PEOPLE,
        QT_TRANSLATE_NOOP("Actions", "人物"),
        "fa5s.user-friends",
        ("Ctrl+Shift+P",),
        checkable=True,
    ),
    ActionSpec(
        ActionId.SHOW_TRENDS,
        QT_TRANSLATE_NOOP("Actions", "趋势"),
        "fa5s.chart-bar",
        ("Ctrl+Shift+T",),
        checkable=True,
    ),
    ActionSpec(
        ActionId.SHOW_PAGE,
        QT_TRANSLATE_NOOP("Actions", "版面"),
        "fa5s.newspaper",
        ("Ctrl+Shift+L",),
        checkable=True,
    ),
    ActionSpec(
        ActionId.FONT_BIGGER,
        QT_TRANSLATE_NOOP("Actions", "放大字号"),
        "fa5s.search-plus",
        (QKeySequence.StandardKey.ZoomIn, "Ctrl+="),
    ),
    ActionSpec(
        ActionId.FONT_SMALLER,
        QT_TRANSLATE_NOOP("Actions", "缩小字号"),
        "fa5s.search-minus",
        (QKeySequence.StandardKey.ZoomOut,),
    ),
    ActionSpec(ActionId.FONT_RESET, QT_TRANSLATE_NOOP("Actions", "默认字号"), None, ("Ctrl+0",)),
    ActionSpec(
        ActionId.READING_SETTINGS,
        QT_TRANSLATE_NOOP("Actions", "阅读设置…"),
        "fa5s.font",
        ("Ctrl+,",),
    ),
    ActionSpec(
        ActionId.FOCUS_MODE,
        QT_TRANSLATE_NOOP("Actions", "专注阅读（只显示正文）"),
        "fa5s.expand",
        ("F11",),
        checkable=True,
    ),
    ActionSpec(
        ActionId.SHORTCUTS, QT_TRANSLATE_NOOP("Actions", "键盘快捷键"), "fa5s.keyboard", ("?", "F1")
    ),
    ActionSpec(ActionId.ABOUT, QT_TRANSLATE_NOOP("Actions", "关于区报阅读"), "fa5s.info-circle"),
    # Handing work on: references, briefings, print (controllers/handing_on.py).
    *(
        ActionSpec(reference_export_action(scope, name), f"{fmt.label}…")  # a format's own name
        for scope in REFERENCE_SCOPES
        for name, fmt in formats_for("references").items()
    ),
    ActionSpec(
        ActionId.MAKE_BRIEFING,
        QT_TRANSLATE_NOOP("Actions", "制作简报（Word / PDF）…"),
        "fa5s.newspaper",
        ("Ctrl+Shift+B",),
    ),
    ActionSpec(
        ActionId.PRINT_ARTICLE,
        QT_TRANSLATE_NOOP("Actions", "打印当前文章…"),
        "fa5s.print",
        (QKeySequence.StandardKey.Print,),
    ),
    ActionSpec(
        ActionId.SAVE_ARTICLE_PDF,
        QT_TRANSLATE_NOOP("Actions", "将当前文章存为 PDF…"),
        "fa5s.file-pdf",
    ),
    *(
        ActionSpec(citation_copy_action(name), style.label)  # a style's own name
        for name, style in CITATION_STYLES.items()
    ),
)

SPECS = {spec.id: spec for spec in ACTIONS}

# The menus: an action id, SEPARATOR, a (title, items) submenu, or a named choice group that
# the window fills (themes and languages are settings, not commands).
SEPARATOR = "-"
THEME_GROUP = "@themes"
LANGUAGE_GROUP = "@languages"
M = "Menus"
MENUS = (
    (QT_TRANSLATE_NOOP("Menus", "文件(&F)"), (
        ActionId.IMPORT_FILES, ActionId.IMPORT_FOLDER,
        (QT_TRANSLATE_NOOP("Menus", "导出批注"), tuple(
            annotation_export_action(name) for name in formats_for("annotations")
        )),
        ActionId.EXPORT_ARTICLE,
        (QT_TRANSLATE_NOOP("Menus", "导出所选文章的参考文献"), tuple(
            reference_export_action("selection", name) for name in formats_for("references")
        )),
        (QT_TRANSLATE_NOOP("Menus", "导出搜索结果的参考文献"), tuple(
            reference_export_action("search", name) for name in formats_for("references")
        )),
        ActionId.MAKE_BRIEFING, SEPARATOR, ActionId.PRINT_ARTICLE, ActionId.SAVE_ARTICLE_PDF,
        SEPARATOR, ActionId.REPARSE, SEPARATOR,
        (QT_TRANSLATE_NOOP("Menus", "备份"), (
            ActionId.BACKUP_NOW, ActionId.RESTORE_BACKUP, ActionId.OPEN_BACKUPS, SEPARATOR,
            ActionId.EXPORT_USER_DATA, ActionId.IMPORT_USER_DATA,
        )),
        SEPARATOR, ActionId.QUIT,
    )),
    (QT_TRANSLATE_NOOP("Menus", "编辑(&E)"), (
        ActionId.UNDO, ActionId.REDO, SEPARATOR, ActionId.COPY_CITATION,
        (QT_TRANSLATE_NOOP("Menus", "按引用格式复制"), tuple(
            citation_copy_action(name) for name in CITATION_STYLES
        )),
        (QT_TRANSLATE_NOOP("Menus", "高亮所选文字"), tuple(highlight_action(c) for c in COLORS)),
        ActionId.FIND, ActionId.NEXT_HIT, ActionId.PREVIOUS_HIT,
    )),
    (QT_TRANSLATE_NOOP("Menus", "文章(&A)"), (
        ActionId.NEXT_ARTICLE, ActionId.PREVIOUS_ARTICLE, ActionId.NEXT_ISSUE,
        ActionId.PREVIOUS_ISSUE, SEPARATOR, ActionId.STAR, ActionId.MARK_UNREAD,
        ActionId.TAG_ARTICLE,
    )),
    (QT_TRANSLATE_NOOP("Menus", "视图(&V)"), (
        ActionId.SHOW_SEARCH, ActionId.SHOW_ANNOTATIONS, ActionId.SHOW_PEOPLE,
        ActionId.SHOW_TRENDS, ActionId.SHOW_PAGE, SEPARATOR,
        (QT_TRANSLATE_NOOP("Menus", "主题"), (THEME_GROUP,)),
        ActionId.FOCUS_MODE, SEPARATOR,
        ActionId.FONT_BIGGER, ActionId.FONT_SMALLER, ActionId.FONT_RESET,
        ActionId.READING_SETTINGS,
        (QT_TRANSLATE_NOOP("Menus", "界面语言"), (LANGUAGE_GROUP,)),
    )),
    (QT_TRANSLATE_NOOP("Menus", "帮助(&H)"), (ActionId.SHORTCUTS, ActionId.ABOUT)),
)  # fmt: skip

TOOLBAR = (
    ActionId.IMPORT_FILES, ActionId.PREVIOUS_ARTICLE, ActionId.NEXT_ARTICLE, ActionId.STAR,
    SEPARATOR, ActionId.UNDO, ActionId.REDO,
    SEPARATOR, ActionId.FONT_SMALLER, ActionId.FONT_BIGGER, ActionId.READING_SETTINGS,
    ActionId.FOCUS_MODE, ActionId.SHOW_ANNOTATIONS,
)  # fmt: skip


def key_text(action: QAction) -> str:
    """The action's keys as the platform writes them: "Ctrl+F / /"."""
    native = QKeySequence.SequenceFormat.NativeText
    return " / ".join(k.toString(native) for k in action.shortcuts())


class ActionSet:
    """The window's QActions, one per row of ACTIONS."""

    def __init__(self, parent: QObject, made_elsewhere: dict[str, QAction]) -> None:
        self._actions: dict[str, QAction] = {}
        for spec in ACTIONS:
            if spec.made_elsewhere:
                action = made_elsewhere[spec.id]
            else:
                action = QAction(QCoreApplication.translate(T, spec.text), parent)
            action.setObjectName(spec.id)
            if spec.checkable:
                action.setCheckable(True)
            action.setData(spec.icon)  # the icon is set (in the theme's colour) by the window
            if spec.keys:
                action.setShortcuts([QKeySequence(k) for k in spec.keys])
            self._actions[spec.id] = action
        self.refresh_tooltips()

    def __getitem__(self, action_id: str) -> QAction:
        return self._actions[action_id]

    def __iter__(self):
        return iter(self._actions.values())

    def refresh_tooltips(self) -> None:
        """Tooltips name the keys too (the toolbar shows icons only)."""
        for action in self._actions.values():
            keys = key_text(action)
            text = action.text().replace("&", "")
            action.setToolTip(f"{text} ({keys})" if keys else text)

    def set_read_only(self) -> None:
        for spec in ACTIONS:
            if spec.needs_write:
                self._actions[spec.id].setEnabled(False)

    def build_menus(self, bar: QMenuBar, groups: dict[str, Iterable[QAction]]) -> None:
        for title, items in MENUS:
            self._fill(bar.addMenu(QCoreApplication.translate(M, title)), items, groups)

    def _fill(self, menu: QMenu, items, groups: dict[str, Iterable[QAction]]) -> None:
        for item in items:
            if item == SEPARATOR:
                menu.addSeparator()
            elif isinstance(item, tuple):
                title, children = item
                self._fill(menu.addMenu(QCoreApplication.translate(M, title)), children, groups)
            elif item in groups:
                menu.addActions(list(groups[item]))
            else:
                menu.addAction(self._actions[item])

    def build_toolbar(self, toolbar: QToolBar) -> None:
        for item in TOOLBAR:
            if item == SEPARATOR:
                toolbar.addSeparator()
            else:
                toolbar.addAction(self._actions[item])
