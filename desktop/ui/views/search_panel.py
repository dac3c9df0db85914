"""Search results with filters; opening a result shows the article with every hit marked."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.search import SearchFilters
from desktop.ui.labels import kind_names
from desktop.ui.models.search_results import HitRole, RichTextDelegate, SearchResultsModel


class SearchPanel(QWidget):
    filtersChanged = Signal()
    resultActivated = Signal(int)  # article id
    tagAllRequested = Signal()
    trendRequested = Signal()  # chart this search's matches a month

    def __init__(self, results: SearchResultsModel, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("searchPanel")
        self.paper = QComboBox(objectName="searchPaper")
        self.date_from = QLineEdit(objectName="searchFrom", placeholderText=self.tr("从 2023-01"))
        self.date_to = QLineEdit(objectName="searchTo", placeholderText=self.tr("到 2025-12"))
        self.tag = QComboBox(objectName="searchTag")
        self.author = QLineEdit(objectName="searchAuthor", placeholderText=self.tr("作者"))
        self.kind = QComboBox(objectName="searchKind")
        self.kind.addItem(self.tr("全部类型"), "")
        for value, name in kind_names().items():
            self.kind.addItem(name, value)
        for widget in (self.paper, self.tag, self.kind):
            widget.currentIndexChanged.connect(self.filtersChanged)
        for widget in (self.date_from, self.date_to, self.author):
            widget.editingFinished.connect(self.filtersChanged)

        self.summary = QLabel(objectName="searchSummary")
        self.list = QListView(objectName="searchResults")
        self.list.setModel(results)
        self.list.setItemDelegate(RichTextDelegate(self.list))
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.activated.connect(lambda i: self.resultActivated.emit(i.data(HitRole.ARTICLE_ID)))
        self.list.clicked.connect(lambda i: self.resultActivated.emit(i.data(HitRole.ARTICLE_ID)))
        self.tag_all = QPushButton(self.tr("为全部结果加标签…"), objectName="tagAllResults")
        self.tag_all.clicked.connect(self.tagAllRequested)
        self.trend = QPushButton(self.tr("显示时间趋势"), objectName="searchTrend")
        self.trend.clicked.connect(self.trendRequested)

        for edit in (self.date_from, self.date_to, self.author):
            edit.setMaximumWidth(120)
        filters = QHBoxLayout()
        for widget in (self.paper, self.kind, self.date_from, self.date_to, self.tag, self.author):
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(self.summary)
        filters.addWidget(self.tag_all)
        filters.addWidget(self.trend)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.addLayout(filters)
        layout.addWidget(self.list, 1)

    def set_choices(self, papers: list[str], tags: list[str]) -> None:
        for combo, values, everything in (
            (self.paper, papers, self.tr("全部报纸")),
            (self.tag, tags, self.tr("全部标签")),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, "")
            for value in values:
                combo.addItem(value, value)
            found = combo.findData(current)
            combo.setCurrentIndex(max(found, 0))
            combo.blockSignals(False)

    def set_filters(self, filters: SearchFilters) -> None:
        """Show `filters` as chosen (a window built again shows the search it had), quietly:
        whoever sets them runs the search."""
        for combo, value in (
            (self.paper, filters.paper or ""),
            (self.tag, filters.tags[0] if filters.tags else ""),
            (self.kind, filters.kind or ""),
        ):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(value), 0))
            combo.blockSignals(False)
        for field, text in (
            (self.date_from, filters.date_from),
            (self.date_to, filters.date_to),
            (self.author, filters.author),
        ):
            field.blockSignals(True)
            field.setText(text or "")
            field.blockSignals(False)

    def filters(self) -> SearchFilters:
        tag = self.tag.currentData()
        return SearchFilters(
            paper=self.paper.currentData() or None,
            date_from=self.date_from.text().strip() or None,
            date_to=self.date_to.text().strip() or None,
            tags=(tag,) if tag else (),
            author=self.author.text().strip() or None,
            kind=self.kind.currentData() or None,
        )
