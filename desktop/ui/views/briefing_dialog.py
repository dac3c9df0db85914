"""The briefing (简报) dialog: the articles in the order they will be printed (added from the
tree's selection, the search results or a tag; moved with the buttons or Ctrl+↑/↓), the title,
compiling unit and date, full text or only the highlighted passages with notes, and DOCX or
PDF. The title, unit, content and format chosen last are offered again."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date as Date

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QByteArray,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QPainter, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.exports import ExportFormat
from desktop.services.exports.briefing import DEFAULT_TITLE, MAX_TITLE
from desktop.ui.models.briefing import BriefingModel, BriefingRow
from desktop.ui.settings import Settings

STATE = "briefingDialog"  # the settings' key of the choices remembered
# The registry's labels that are words, not a format's own name, as the interface says them.
_LABELS = {"Word document": QT_TRANSLATE_NOOP("Formats", "Word 文档")}


def format_label(fmt: ExportFormat) -> str:
    """What the window calls a format (in its file dialogs, in the briefing dialog)."""
    label = _LABELS.get(fmt.label)
    return QCoreApplication.translate("Formats", label) if label else fmt.label


@dataclass(frozen=True)
class BriefingChoice:
    article_ids: list[int]
    title: str
    unit: str | None
    day: Date
    highlights_only: bool
    format: str  # a name of the registry's briefing formats


class _ArticleDelegate(QStyledItemDelegate):
    """An article as a bibliography lists it: the numbered title, and under it the source line
    smaller and in grey, each cut with … when the list is narrow."""

    PAD = 6

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:  # fmt: skip
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        # initStyleOption turns the line break into U+2028, the line separator.
        title, _, source = opt.text.replace("\u2028", "\n").partition("\n")
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        rect = opt.rect.adjusted(self.PAD + 2, self.PAD, -self.PAD, -self.PAD)
        small = QFont(opt.font)
        small.setPointSizeF(opt.font.pointSizeF() * 0.88)
        big, little = QFontMetrics(opt.font), QFontMetrics(small)
        elide = Qt.TextElideMode.ElideRight
        painter.save()
        roles = QPalette.ColorRole
        painter.setPen(opt.palette.color(roles.HighlightedText if selected else roles.Text))
        painter.setFont(opt.font)
        painter.drawText(
            rect.x(), rect.y() + big.ascent(), big.elidedText(title, elide, rect.width())
        )
        painter.setPen(
            opt.palette.color(roles.HighlightedText if selected else roles.PlaceholderText)
        )
        painter.setFont(small)
        painter.drawText(
            rect.x(), rect.y() + big.height() + 3 + little.ascent(),
            little.elidedText(source, elide, rect.width()),
        )  # fmt: skip
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        big = QFontMetrics(option.font)
        return QSize(240, big.height() * 2 + 3 + 2 * self.PAD)


class BriefingDialog(QDialog):
    exportRequested = Signal(object)  # a BriefingChoice: the controller asks where, then writes

    def __init__(
        self,
        rows: list[BriefingRow],
        formats: Mapping[str, ExportFormat],
        settings: Settings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("briefingDialog")
        self.setWindowTitle(self.tr("制作简报"))
        self.settings = settings
        self.model = BriefingModel(self, rows)

        self.list = QListView(objectName="briefingArticles")
        self.list.setModel(self.model)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setAlternatingRowColors(True)
        self.list.setItemDelegate(_ArticleDelegate(self.list))
        self.list.setUniformItemSizes(True)
        self.add_button = QToolButton(objectName="briefingAdd")
        self.add_button.setText(self.tr("添加文章"))
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.sources = QMenu(self.add_button)
        self.add_button.setMenu(self.sources)
        self.up = QPushButton(self.tr("上移"), objectName="briefingUp")
        self.down = QPushButton(self.tr("下移"), objectName="briefingDown")
        self.remove = QPushButton(self.tr("移出简报"), objectName="briefingRemove")
        self.up.setToolTip(self.tr("上移（Ctrl+↑）"))
        self.down.setToolTip(self.tr("下移（Ctrl+↓）"))
        self.up.clicked.connect(lambda: self.move_current(-1))
        self.down.clicked.connect(lambda: self.move_current(1))
        self.remove.clicked.connect(self.remove_current)
        QShortcut(QKeySequence("Ctrl+Up"), self.list, lambda: self.move_current(-1))
        QShortcut(QKeySequence("Ctrl+Down"), self.list, lambda: self.move_current(1))
        QShortcut(QKeySequence.StandardKey.Delete, self.list, self.remove_current)
        side = QVBoxLayout()
        for button in (self.add_button, self.up, self.down, self.remove):
            button.setMinimumWidth(96)
            side.addWidget(button)
        side.addStretch(1)
        self.summary = QLabel(objectName="briefingSummary")
        articles = QGroupBox(self.tr("文章（按简报中的顺序）"))
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(side)
        box = QVBoxLayout(articles)
        box.addLayout(row)
        box.addWidget(self.summary)

        remembered = self._remembered()
        title = str(remembered.get("title") or DEFAULT_TITLE)
        self.title = QLineEdit(title, objectName="briefingTitle")
        self.title.setMaxLength(MAX_TITLE)
        self.title.setPlaceholderText(DEFAULT_TITLE)
        self.unit = QLineEdit(str(remembered.get("unit") or ""), objectName="briefingUnit")
        self.unit.setPlaceholderText(self.tr("如：区委办公室信息科"))
        self.day = QDateEdit(QDate.currentDate(), objectName="briefingDate")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.full_text = QRadioButton(self.tr("全文（标出高亮）"), objectName="briefingFullText")
        self.highlights_only = QRadioButton(
            self.tr("只含高亮段落与批注"), objectName="briefingHighlightsOnly"
        )
        content = QButtonGroup(self)
        content.addButton(self.full_text)
        content.addButton(self.highlights_only)
        only = bool(remembered.get("highlights_only", False))
        (self.highlights_only if only else self.full_text).setChecked(True)
        self.format_buttons: dict[str, QRadioButton] = {}
        kinds = QButtonGroup(self)
        format_row = QHBoxLayout()
        for name, fmt in formats.items():
            button = QRadioButton(f"{format_label(fmt)} ({fmt.suffix})")
            button.setObjectName(f"briefingFormat-{name}")
            kinds.addButton(button)
            format_row.addWidget(button)
            self.format_buttons[name] = button
        format_row.addStretch(1)
        chosen = remembered.get("format")
        self.format_buttons.get(chosen, next(iter(self.format_buttons.values()))).setChecked(True)
        content_row = QHBoxLayout()
        content_row.addWidget(self.full_text)
        content_row.addWidget(self.highlights_only)
        content_row.addStretch(1)

        form = QFormLayout()
        form.addRow(self.tr("标题："), self.title)
        form.addRow(self.tr("编印单位："), self.unit)
        form.addRow(self.tr("日期："), self.day)
        form.addRow(self.tr("内容："), content_row)
        form.addRow(self.tr("格式："), format_row)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = self.buttons.addButton(
            self.tr("导出…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setObjectName("briefingExport")
        self.export_button.setDefault(True)
        self.buttons.accepted.connect(self.request_export)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(articles, 1)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        for signal in (self.model.rowsInserted, self.model.rowsRemoved, self.model.modelReset):
            signal.connect(self._update)
        self.list.selectionModel().currentChanged.connect(self._update)
        if self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(0, 0))
        self._update()
        self.resize(640, 600)
        geometry = settings.state(f"{STATE}/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    # ---- the articles ----

    def add_source(self, label: str, rows: Callable[[], list[BriefingRow]]) -> None:
        """An entry of "Add articles": `rows` gives the articles it adds, when chosen."""
        self.sources.addAction(label, lambda: self.add_rows(rows()))

    def add_rows(self, rows: list[BriefingRow]) -> None:
        added = self.model.add(rows)
        if not added:
            self.summary.setText(self.tr("这些文章已在简报中，或没有文章可添加。"))
            return
        if not self.list.currentIndex().isValid():
            self.list.setCurrentIndex(self.model.index(0, 0))
        self._update()

    def move_current(self, step: int) -> None:
        row = self.list.currentIndex().row()
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(self.model.move(row, step), 0))
            self._update()

    def remove_current(self) -> None:
        row = self.list.currentIndex().row()
        if row >= 0:
            self.model.remove(row)
            if self.model.rowCount():
                self.list.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1), 0))

    def _update(self, *_args) -> None:
        count, row = self.model.rowCount(), self.list.currentIndex().row()
        self.up.setEnabled(row > 0)
        self.down.setEnabled(0 <= row < count - 1)
        self.remove.setEnabled(row >= 0)
        self.export_button.setEnabled(count > 0)
        marks = sum(r.marks for r in self.model.rows())
        self.summary.setText(
            self.tr("%n 篇文章", "", count) + self.tr("，") + self.tr("%n 处高亮", "", marks)
            if count
            else self.tr("简报里还没有文章：用“添加文章”从左侧所选、搜索结果或标签中加入。")
        )

    # ---- the choice ----

    def choice(self) -> BriefingChoice:
        chosen = next(name for name, b in self.format_buttons.items() if b.isChecked())
        return BriefingChoice(
            self.model.article_ids(),
            " ".join(self.title.text().split()) or DEFAULT_TITLE,
            " ".join(self.unit.text().split()) or None,
            self.day.date().toPython(),
            self.highlights_only.isChecked(),
            chosen,
        )

    def request_export(self) -> None:
        choice = self.choice()
        if not choice.article_ids:
            return
        self._remember(choice)
        self.exportRequested.emit(choice)

    def _remembered(self) -> dict:
        stored = self.settings.state(STATE)
        try:
            value = json.loads(bytes(stored.data()).decode("utf-8")) if stored else {}
        except (UnicodeDecodeError, json.JSONDecodeError):
            return {}
        return value if isinstance(value, dict) else {}

    def _remember(self, choice: BriefingChoice) -> None:
        kept = {"title": choice.title, "unit": choice.unit or "",
                "highlights_only": choice.highlights_only, "format": choice.format}  # fmt: skip
        self.settings.set_state(STATE, QByteArray(json.dumps(kept, ensure_ascii=False).encode()))

    def done(self, result: int) -> None:
        self.settings.set_state(f"{STATE}/geometry", self.saveGeometry())
        super().done(result)
