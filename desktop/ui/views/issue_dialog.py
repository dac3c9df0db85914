"""Correct an issue's paper and date; both are checked before the dialog closes."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from desktop.services.dates import check_date
from desktop.services.errors import InvalidInput
from desktop.services.issues import check_paper_name
from desktop.services.library import IssueRow
from desktop.ui.error_text import input_error_text


class IssueDialog(QDialog):
    def __init__(self, issue: IssueRow, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("issueDialog")
        self.setWindowTitle(self.tr("编辑期刊信息"))
        self.paper = QLineEdit(issue.paper or "", objectName="issuePaper")
        self.paper.setPlaceholderText(self.tr("留空：按正文自动识别"))
        self.date = QLineEdit(issue.date or "", objectName="issueDate")
        self.date.setPlaceholderText(self.tr("2023、2023-05 或 2023-05-16；留空：自动识别"))
        self.error = QLabel(objectName="issueError")
        self.error.setStyleSheet("color: #c92a2a;")
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("报纸："), self.paper)
        form.addRow(self.tr("日期："), self.date)
        form.addRow(self.tr("来源文件："), QLabel(issue.source_name))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(460, 0)

    def accept(self) -> None:
        for field, check in ((self.paper, check_paper_name), (self.date, _check_date)):
            try:
                check(field.text())
            except InvalidInput as problem:
                self.error.setText(input_error_text(problem))
                self.error.show()
                field.setFocus()
                return
        super().accept()


def _check_date(text: str) -> None:
    if text.strip():
        check_date(text.strip())
