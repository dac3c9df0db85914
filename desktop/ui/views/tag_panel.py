"""The tag panel: the article's tags, suggested topic tags, and all tags (which filter the tree)."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QComboBox,
    QCompleter,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.exports import formats_for
from desktop.ui.models.tags import SuggestionModel, TagListModel, TagRole


def _heading(text: str) -> QLabel:
    # Bold by its font, not a style sheet: a label with a style sheet keeps the palette it was
    # polished with, and drew black headings on the dark theme's panel.
    label = QLabel(text)
    label.setWordWrap(True)  # a narrow panel, a longer language: on two lines, not cut
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    label.setContentsMargins(0, 6, 0, 0)
    return label


class TagListView(QListView):
    """The list of all tags. A right click opens the tag's menu and leaves the selection (the
    tree's filter) as it was; only a left click selects."""

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.RightButton:
            event.accept()
            return
        super().mousePressEvent(event)


class TagPanel(QWidget):
    addRequested = Signal(str)  # put this tag on the current article
    removeRequested = Signal(str)
    renameRequested = Signal(str)
    mergeRequested = Signal(list)  # the selected tags, to merge into one of them
    recolorRequested = Signal(str)
    deleteRequested = Signal(str)
    filterChanged = Signal(list, str)  # tag names, "any" | "all"
    trendRequested = Signal(str)  # chart this tag's articles a month
    referencesRequested = Signal(str, str)  # a tag's articles as references, in this format
    briefingRequested = Signal(str)  # a briefing of a tag's articles

    def __init__(
        self,
        article_tags: TagListModel,
        all_tags: TagListModel,
        suggestions: SuggestionModel,
        parent=None,
    ):
        super().__init__(parent)
        self.setObjectName("tagPanel")
        self.all_tags = all_tags

        self.article_list = QListView(objectName="articleTags")
        self.article_list.setModel(article_tags)
        self.article_list.setMaximumHeight(90)
        self.article_list.setFlow(QListView.Flow.LeftToRight)
        self.article_list.setWrapping(True)
        self.article_list.setSpacing(3)
        self.article_list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.article_list.customContextMenuRequested.connect(self._article_menu)

        self.input = QLineEdit(objectName="tagInput")
        self.input.setPlaceholderText(self.tr("添加标签（回车）"))
        self.input.setClearButtonEnabled(True)
        completer = QCompleter(all_tags, self)
        completer.setCompletionRole(Qt.ItemDataRole.EditRole)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.input.setCompleter(completer)
        self.input.returnPressed.connect(self._add_typed)

        self.suggestion_list = QListView(objectName="suggestedTags")
        self.suggestion_list.setModel(suggestions)
        self.suggestion_list.setMaximumHeight(120)
        self.suggestion_list.setWordWrap(True)
        self.suggestion_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.suggestion_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.suggestion_list.clicked.connect(
            lambda index: self.addRequested.emit(index.data(TagRole.NAME))
        )

        self.tag_list = TagListView(objectName="allTags")
        self.tag_list.setModel(all_tags)
        self.tag_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tag_list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tag_list.customContextMenuRequested.connect(self._tag_menu)
        self.tag_list.selectionModel().selectionChanged.connect(self._emit_filter)

        self.mode = QComboBox(objectName="tagMode")
        self.mode.addItem(self.tr("任一标签"), "any")
        self.mode.addItem(self.tr("全部标签"), "all")
        self.mode.currentIndexChanged.connect(self._emit_filter)
        clear = QPushButton(self.tr("清除筛选"))
        clear.clicked.connect(self.clear_filter)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 8)
        layout.addWidget(_heading(self.tr("本文标签")))
        layout.addWidget(self.article_list)
        layout.addWidget(self.input)
        layout.addWidget(_heading(self.tr("建议标签（点击采用）")))
        layout.addWidget(self.suggestion_list)
        layout.addWidget(_heading(self.tr("全部标签（选择以筛选）")))
        layout.addWidget(self.tag_list, 1)
        self.filter_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.filter_row.addWidget(self.mode, 1)
        self.filter_row.addWidget(clear)
        self._clear = clear
        layout.addLayout(self.filter_row)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # The filter's choice and its Clear button side by side where both fit, else stacked.
        margins = self.layout().contentsMargins()
        room = self.width() - margins.left() - margins.right()
        needed = (
            self.mode.sizeHint().width()
            + self.filter_row.spacing()
            + self._clear.sizeHint().width()
        )
        self.filter_row.setDirection(
            QBoxLayout.Direction.LeftToRight if needed <= room else QBoxLayout.Direction.TopToBottom
        )

    def _add_typed(self) -> None:
        name = self.input.text().strip()
        if name:
            self.addRequested.emit(name)
            self.input.clear()

    def selected_tags(self) -> list[str]:
        return [i.data(TagRole.NAME) for i in self.tag_list.selectionModel().selectedIndexes()]

    def clear_filter(self) -> None:
        self.tag_list.clearSelection()

    def select_tags(self, names: list[str]) -> None:
        model = self.tag_list.model()
        selection = self.tag_list.selectionModel()
        selection.clearSelection()
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            if index.data(TagRole.NAME) in names:
                selection.select(index, QItemSelectionModel.SelectionFlag.Select)

    def _emit_filter(self, *_args) -> None:
        self.filterChanged.emit(self.selected_tags(), self.mode.currentData())

    def _article_menu(self, point) -> None:
        index = self.article_list.indexAt(point)
        if not index.isValid():
            return
        menu = QMenu(self)
        name = index.data(TagRole.NAME)
        menu.addAction(
            self.tr("移除“{name}”").format(name=name), lambda: self.removeRequested.emit(name)
        )
        menu.exec(self.article_list.viewport().mapToGlobal(point))

    def _tag_menu(self, point) -> None:
        index = self.tag_list.indexAt(point)
        if not index.isValid():
            return
        name = index.data(TagRole.NAME)
        selected = self.selected_tags()
        menu = QMenu(self)
        menu.addAction(self.tr("重命名…"), lambda: self.renameRequested.emit(name))
        menu.addAction(self.tr("更改颜色…"), lambda: self.recolorRequested.emit(name))
        merge = menu.addAction(self.tr("合并所选标签…"), lambda: self.mergeRequested.emit(selected))
        merge.setEnabled(len(selected) >= 2)
        menu.addAction(self.tr("显示时间趋势"), lambda: self.trendRequested.emit(name))
        menu.addSeparator()
        references = menu.addMenu(self.tr("导出这些文章的参考文献"))
        for fmt_name, fmt in formats_for("references").items():
            references.addAction(
                f"{fmt.label}…", lambda f=fmt_name: self.referencesRequested.emit(name, f)
            )
        menu.addAction(self.tr("用这些文章制作简报…"), lambda: self.briefingRequested.emit(name))
        menu.addSeparator()
        menu.addAction(self.tr("删除…"), lambda: self.deleteRequested.emit(name))
        menu.exec(self.tag_list.viewport().mapToGlobal(point))
