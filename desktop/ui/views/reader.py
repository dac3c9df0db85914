"""The reader: one article, laid out for reading Chinese (article_document.py), with
highlights and search hits.

Highlights and hits are extra selections over it. Offsets from the
library count code points in the article's text (blocks joined by newlines); Qt counts UTF-16
units — text_offsets converts between them here, at the edge.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QRect, Qt, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QKeyEvent,
    QKeySequence,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QMenu, QTextBrowser, QTextEdit, QToolTip

from desktop.services.annotations import COLORS
from desktop.services.articles import ArticleView
from desktop.store.models import Highlight
from desktop.ui.settings import ReadingStyle
from desktop.ui.text_offsets import from_utf16, to_utf16, utf16_len
from desktop.ui.theme import THEMES, Theme
from desktop.ui.views.article_document import (
    NEXT_ARTICLE_LINK,
    BodyBlock,
    Typesetter,
    article_document,
    message_document,
)

COLOR_NAMES = {
    "yellow": QT_TRANSLATE_NOOP("ReaderView", "黄色"),
    "green": QT_TRANSLATE_NOOP("ReaderView", "绿色"),
    "blue": QT_TRANSLATE_NOOP("ReaderView", "蓝色"),
    "pink": QT_TRANSLATE_NOOP("ReaderView", "粉色"),
    "purple": QT_TRANSLATE_NOOP("ReaderView", "紫色"),
}


class ReaderView(QTextBrowser):
    highlightRequested = Signal(int, int, str)  # start, end (code points), colour
    highlightWithNoteRequested = Signal(int, int)
    editNoteRequested = Signal(int)  # highlight id
    recolorRequested = Signal(int, str)
    deleteRequested = Signal(int)
    copyWithCitationRequested = Signal()
    nextArticleRequested = Signal()  # the "next article" link at the end of an article
    hitChanged = Signal(int, int)  # the current search hit (1-based) and how many; 0, 0: none

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("reader")
        self.setOpenLinks(False)
        self.setUndoRedoEnabled(False)
        # Selectable (for highlighting) by mouse and keys, links followable; never editable.
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
        )
        self.anchorClicked.connect(self._on_link)
        self.view: ArticleView | None = None
        self._blocks: list[BodyBlock] = []
        self._highlights: list[Highlight] = []
        self._hits: list[tuple[int, int]] = []
        self._head_hits: list[tuple[int, int, int]] = []  # (head line, start, end)
        self._headline: tuple[int, str] = (0, "")  # its document position and text
        self._head_lines: tuple[tuple[int, str], ...] = ()  # kicker, headline, subtitle
        self._current_hit = -1
        self._theme: Theme = THEMES["light"]
        self.style_: ReadingStyle = ReadingStyle()
        self._typesetter = Typesetter(self._theme, self.style_)
        self._next_title: str | None = None
        self.show_message(self.tr("从左侧选择一篇文章开始阅读。"))

    # ---- appearance ----

    def apply_style(self, theme: Theme, style: ReadingStyle) -> None:
        self._theme, self.style_ = theme, style.clamped()
        self._typesetter = Typesetter(self._theme, self.style_)
        self.setStyleSheet(
            f"QTextBrowser#reader {{ background: {theme.background}; color: {theme.text}; "
            f"border: none; selection-background-color: {theme.selection}; "
            f"selection-color: {theme.selected_text}; }}"
        )
        if self.view is not None:
            hits, head_hits, current = self._hits, self._head_hits, self._current_hit
            self.show_article(self.view, self._highlights, hits, self._next_title)
            self.set_marks(self._highlights, hits, head_hits, current)
        self._update_margins()

    def em(self) -> float:
        """The width of one Chinese character of body text, in pixels."""
        return self._typesetter.em()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._update_margins()

    def text_width(self) -> float:
        """The widest the text column gets: style.line_length characters."""
        return self.style_.line_length * self.em() + 2  # a hair for rounding

    def _update_margins(self) -> None:
        doc = self.document()
        frame = doc.rootFrame().frameFormat()
        side = max(float(self.style_.margin), (self.viewport().width() - self.text_width()) / 2)
        frame.setLeftMargin(side)
        frame.setRightMargin(side)
        frame.setTopMargin(28)
        frame.setBottomMargin(48)
        doc.rootFrame().setFrameFormat(frame)

    # ---- content ----

    def show_message(self, message: str) -> None:
        self.view = None
        self._next_title = None
        self._blocks, self._highlights, self._hits, self._head_hits = [], [], [], []
        self._headline, self._head_lines = (0, ""), ()
        self._show(message_document(message, self._typesetter, self))
        self.setExtraSelections([])

    def show_article(
        self,
        view: ArticleView,
        highlights: list[Highlight],
        hits: list[tuple[int, int]] = (),
        next_title: str | None = None,
    ) -> None:
        """Show `view`; `next_title` names the article a link at its end opens (None: none)."""
        self.view, self._next_title = view, next_title
        laid_out = article_document(view, self._typesetter, next_title, self)
        self._blocks, self._headline = laid_out.blocks, laid_out.headline
        self._head_lines = laid_out.head_lines
        self._show(laid_out.document)
        self.set_marks(highlights, hits)

    def _show(self, doc: QTextDocument) -> None:
        self.setDocument(doc)
        self.setCursorWidth(0)  # a reader, not an editor: no blinking caret after a click
        self._update_margins()

    def _on_link(self, url: QUrl) -> None:
        if url.toString() == NEXT_ARTICLE_LINK:
            self.nextArticleRequested.emit()

    # ---- marks ----

    @property
    def headline(self) -> str:
        return self._headline[1]

    @property
    def head_texts(self) -> list[str]:
        """The lines above the body a search can match: kicker, headline, subtitle."""
        return [text for _, text in self._head_lines]

    def set_marks(
        self,
        highlights: list[Highlight],
        hits: list[tuple[int, int]] = (),
        head_hits: list[tuple[int, int, int]] = (),
        current_hit: int = -1,
    ) -> None:
        """Draw highlights and search hits (body offsets; `head_hits` as (line, start, end) in
        the lines of `head_texts`). `current_hit` is the hit the user stepped to, drawn
        stronger and underlined (-1: none). Hits are drawn over highlights: a passage found
        inside a highlight still shows as found."""
        self._highlights, self._hits = list(highlights), list(hits)
        self._head_hits = list(head_hits)
        self._current_hit = current_hit if 0 <= current_hit < len(self._hits) else -1
        selections = []
        for h in self._highlights:
            color = self._theme.highlight.get(h.color, self._theme.highlight["yellow"])
            selections.append(self._selection(h.start, h.end, color, note=bool(h.note)))
        for line, start, end in self._head_hits:
            at, text = self._head_lines[line]
            begin, stop = at + to_utf16(text, start), at + to_utf16(text, end)
            selections.append(self._marked(begin, stop, self._theme.hit))
        for number, (start, end) in enumerate(self._hits):
            color, current = self._theme.hit, number == self._current_hit
            if current:
                color = QColor(color).darker(135 if not self._theme.dark else 70).name()
            # The current hit is told apart by more than a shade: it is underlined too.
            selections.append(self._selection(start, end, color, note=False, underline=current))
        self.setExtraSelections(selections)
        number = self._current_hit + 1 if self._hits else 0
        self.hitChanged.emit(max(number, 1) if self._hits else 0, len(self._hits))

    def step_hit(self, step: int) -> None:
        """Move to the next (1) or previous (-1) search hit, round the end of the article."""
        if not self._hits:
            return
        current = self._current_hit if self._current_hit >= 0 else (-1 if step > 0 else 0)
        current = (current + step) % len(self._hits)
        self.set_marks(self._highlights, self._hits, self._head_hits, current)
        self.scroll_to_offset(self._hits[current][0])

    def _selection(
        self, start: int, end: int, color: str, *, note: bool, underline: bool = False
    ) -> QTextEdit.ExtraSelection:
        begin, stop = self.document_position(start), self.document_position(end)
        return self._marked(begin, stop, color, note=note, underline=underline)

    def _marked(
        self, begin: int, stop: int, color: str, *, note: bool = False, underline: bool = False
    ) -> QTextEdit.ExtraSelection:
        """A background over document positions [begin, stop)."""
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document())
        cursor.setPosition(begin)
        cursor.setPosition(stop, QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(color))
        if note:
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
            fmt.setUnderlineColor(QColor(self._theme.accent))
        if underline:
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            fmt.setUnderlineColor(QColor(self._theme.text))
        fmt.setProperty(QTextFormat.Property.FullWidthSelection, False)
        selection.format = fmt
        return selection

    # ---- positions ----

    def document_position(self, offset: int) -> int:
        """Where a code-point offset of the article's text is in the document."""
        for block in reversed(self._blocks):
            if offset >= block.offset:
                return block.position + to_utf16(
                    block.text, min(offset - block.offset, len(block.text))
                )
        return self._blocks[0].position if self._blocks else 0

    def text_offset(self, position: int) -> int:
        """The code-point offset in the article's text of a document position (clamped to the
        body: the headline is not part of the highlightable text)."""
        if not self._blocks:
            return 0
        if position <= self._blocks[0].position:
            return 0
        for block in reversed(self._blocks):
            if position >= block.position:
                units = min(position - block.position, utf16_len(block.text))
                return block.offset + from_utf16(block.text, units)
        return 0

    def selection_range(self) -> tuple[int, int] | None:
        cursor = self.textCursor()
        if not cursor.hasSelection() or not self._blocks:
            return None
        start = self.text_offset(cursor.selectionStart())
        end = self.text_offset(cursor.selectionEnd())
        return (start, end) if end > start else None

    def select_range(self, start: int, end: int) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.document_position(start))
        cursor.setPosition(self.document_position(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def passage_rect(self, start: int, end: int) -> QRect:
        """Where the text [start, end) shows on the screen (global coordinates)."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.document_position(start))
        rect = self.cursorRect(cursor)
        cursor.setPosition(self.document_position(end))
        rect = rect.united(self.cursorRect(cursor))
        rect.setLeft(0)
        rect.setRight(self.viewport().width())  # a passage may wrap across the column
        return QRect(self.viewport().mapToGlobal(rect.topLeft()), rect.size())

    def highlight_at(self, offset: int) -> Highlight | None:
        for h in self._highlights:
            if h.start <= offset < h.end:
                return h
        return None

    def scroll_to_offset(self, offset: int) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.document_position(offset))
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        rect = self.cursorRect(cursor)
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + rect.top() - self.viewport().height() // 3)

    # ---- interaction ----

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # A reader's Home and End go to the article's top and end, as a page's do, not to a
        # line's start and end (there is no caret); with Shift they still extend a selection.
        bar = self.verticalScrollBar()
        if not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            if event.key() == Qt.Key.Key_Home:
                bar.setValue(bar.minimum())
                return
            if event.key() == Qt.Key.Key_End:
                bar.setValue(bar.maximum())
                return
        super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and self._blocks:
            position = self.cursorForPosition(event.pos()).position()
            h = self.highlight_at(self.text_offset(position))
            if h is not None and h.note:
                QToolTip.showText(event.globalPos(), h.note, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = QMenu(self)
        selection = self.selection_range()
        if selection is not None:
            start, end = selection
            colors = menu.addMenu(self.tr("高亮"))
            for number, color in enumerate(COLORS, 1):
                action = QAction(self.tr(COLOR_NAMES[color]), colors)
                action.setShortcut(QKeySequence(str(number)))
                action.triggered.connect(
                    lambda _=False, c=color: self.highlightRequested.emit(start, end, c)
                )
                colors.addAction(action)
            menu.addAction(
                self.tr("高亮并写批注…"), lambda: self.highlightWithNoteRequested.emit(start, end)
            )
            menu.addAction(self.tr("复制（附引用）"), self.copyWithCitationRequested.emit)
            menu.addSeparator()
        if self._blocks:
            position = self.cursorForPosition(event.pos()).position()
            h = self.highlight_at(self.text_offset(position))
            if h is not None:
                menu.addAction(self.tr("编辑批注…"), lambda: self.editNoteRequested.emit(h.id))
                recolor = menu.addMenu(self.tr("更改颜色"))
                for color in COLORS:
                    recolor.addAction(
                        self.tr(COLOR_NAMES[color]),
                        lambda c=color: self.recolorRequested.emit(h.id, c),
                    )
                menu.addAction(self.tr("删除高亮"), lambda: self.deleteRequested.emit(h.id))
                menu.addSeparator()
        menu.addAction(self.tr("复制"), self.copy).setEnabled(self.textCursor().hasSelection())
        menu.addAction(self.tr("全选"), self.selectAll)
        menu.exec(event.globalPos())
