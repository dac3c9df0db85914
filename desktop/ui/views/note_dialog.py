"""The note dialog: shows the passage being annotated and sits beside it, never over it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

QUOTE_SHOWN = 300  # characters of a long passage shown in the dialog
GAP = 12  # pixels between the passage and the dialog


class NoteDialog(QDialog):
    def __init__(self, quote: str, note: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noteDialog")
        self.setWindowTitle(self.tr("批注"))
        shown = quote if len(quote) <= QUOTE_SHOWN else quote[:QUOTE_SHOWN] + "…"
        self.quote = QLabel(shown, objectName="noteQuote")
        self.quote.setTextFormat(Qt.TextFormat.PlainText)  # the article's text is data
        self.quote.setWordWrap(True)
        self.quote.setStyleSheet("QLabel#noteQuote { border-left: 3px solid palette(highlight); "
                                 "padding: 4px 8px; }")  # fmt: skip
        self.editor = QPlainTextEdit(note, objectName="noteText")
        self.editor.setPlaceholderText(self.tr("写下批注（留空则不加批注）"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.editor.installEventFilter(self)  # Ctrl+Enter: see eventFilter
        buttons.button(QDialogButtonBox.StandardButton.Ok).setToolTip(self.tr("保存（Ctrl+Enter）"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.quote)
        layout.addWidget(self.editor, 1)
        layout.addWidget(buttons)
        self.resize(420, 260)

    def eventFilter(self, watched, event) -> bool:
        # Enter writes a new line in the note; Ctrl+Enter saves it, as in a mail or chat. The
        # editor takes Ctrl+Enter itself (a line break), so a shortcut never sees it.
        if (
            watched is self.editor
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.accept()
            return True
        return super().eventFilter(watched, event)

    def note(self) -> str:
        return self.editor.toPlainText().strip()

    def place_beside(self, passage: QRect) -> None:
        """Move the dialog below the passage (global coordinates), or above it when there is
        no room below, so the passage stays in sight."""
        screen = QGuiApplication.screenAt(passage.center()) or QGuiApplication.primaryScreen()
        area = screen.availableGeometry() if screen is not None else QRect(0, 0, 4000, 4000)
        size = self.size()
        x = max(area.left(), min(passage.left(), area.right() - size.width()))
        if passage.bottom() + GAP + size.height() <= area.bottom():
            y = passage.bottom() + GAP
        else:
            y = max(area.top(), passage.top() - GAP - size.height())
        self.move(QPoint(x, y))
