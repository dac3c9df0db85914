"""Correct an article's headline fields, authors, source, section and kind by hand: the fields
as the library holds them, and only the ones the user changed are handed back."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
)

from desktop.domain.kinds import KINDS, LABEL_CONTEXT
from desktop.store.models import Article

TEXT_FIELDS = ("kicker", "title", "subtitle", "source", "section")


def authors_of(text: str) -> list[str]:
    """Names as typed, separated by commas or the ideographic comma."""
    for mark in "，、;；":
        text = text.replace(mark, ",")
    return [name.strip() for name in text.split(",") if name.strip()]


class ArticleFieldsDialog(QDialog):
    def __init__(self, article: Article, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("articleFieldsDialog")
        self.setWindowTitle(self.tr("编辑标题与署名"))
        self.article = article
        self.fields: dict[str, QLineEdit] = {}
        labels = {
            "kicker": self.tr("引题："),
            "title": self.tr("标题："),
            "subtitle": self.tr("副题："),
            "source": self.tr("来源："),
            "section": self.tr("栏目："),
        }
        form = QFormLayout()
        for name in TEXT_FIELDS:
            edit = self.fields[name] = QLineEdit(getattr(article, name) or "", objectName=name)
            edit.setCursorPosition(0)  # a long kicker shows its start, not its end
            form.addRow(labels[name], edit)
        self.authors = QLineEdit("，".join(article.author_list), objectName="authors")
        self.authors.setPlaceholderText(self.tr("多位作者用逗号隔开"))
        form.insertRow(3, self.tr("作者："), self.authors)
        self.kind = QComboBox(objectName="kind")
        for kind in KINDS:
            self.kind.addItem(QCoreApplication.translate(LABEL_CONTEXT, kind.label), kind.name)
        self.kind.setCurrentIndex(max(0, self.kind.findData(article.kind)))
        form.addRow(self.tr("类型："), self.kind)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(520, 0)

    def changed(self) -> dict[str, Any]:
        """The fields the user changed, as services.corrections.edit_fields takes them."""
        changed: dict[str, Any] = {}
        for name, edit in self.fields.items():
            value = " ".join(edit.text().split()) or None
            if value != (getattr(self.article, name) or None):
                changed[name] = value
        authors = authors_of(self.authors.text())
        if authors != self.article.author_list:
            changed["authors"] = authors
        if self.kind.currentData() != self.article.kind:
            changed["kind"] = self.kind.currentData()
        return changed
