"""The reading settings: typeface, size, spacing, margins, line length, justification. Every
change is applied at once (styleChanged); the window remembers it."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFontComboBox,
    QFormLayout,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.settings import DEFAULT_FONT_SIZE, ReadingStyle

OWN_FONT = "own"  # the typeface choice that takes the font picked in the font box


class ReadingSettingsDialog(QDialog):
    styleChanged = Signal(object)  # ReadingStyle

    def __init__(self, style: ReadingStyle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readingSettings")
        self.setWindowTitle(self.tr("阅读设置"))
        self._style = style

        self.typeface = QComboBox(objectName="typeface")
        self.typeface.addItem(self.tr("宋体（衬线）"), "serif")
        self.typeface.addItem(self.tr("黑体（无衬线）"), "sans")
        self.typeface.addItem(self.tr("其他字体…"), OWN_FONT)
        self.font_box = QFontComboBox(objectName="fontFamily")
        if style.typeface in ("serif", "sans"):
            self.typeface.setCurrentIndex(self.typeface.findData(style.typeface))
            self.font_box.setEnabled(False)
        else:
            self.typeface.setCurrentIndex(self.typeface.findData(OWN_FONT))
            self.font_box.setCurrentFont(QFont(style.typeface))

        self.size = self._spin(QSpinBox(objectName="fontSize"), 10, 40, style.font_size)
        self.size.setSuffix(" pt")
        self.line_spacing = self._spin(
            QDoubleSpinBox(objectName="lineSpacing"), 1.2, 3.0, style.line_spacing, 0.05
        )
        self.paragraph_spacing = self._spin(
            QDoubleSpinBox(objectName="paragraphSpacing"), 0.0, 3.0, style.paragraph_spacing, 0.1
        )
        self.margin = self._spin(QSpinBox(objectName="margin"), 0, 200, style.margin, 4)
        self.margin.setSuffix(" px")
        self.line_length = self._spin(
            QSpinBox(objectName="lineLength"), 15, 80, style.line_length, 2
        )
        self.justify = QCheckBox(self.tr("两端对齐"), objectName="justify")
        self.justify.setChecked(style.justify)

        form = QFormLayout()
        form.addRow(self.tr("字体"), self.typeface)
        form.addRow("", self.font_box)
        form.addRow(self.tr("字号"), self.size)
        form.addRow(self.tr("行距（字高的倍数）"), self.line_spacing)
        form.addRow(self.tr("段间距（字高的倍数）"), self.paragraph_spacing)
        form.addRow(self.tr("页边距"), self.margin)
        form.addRow(self.tr("每行最多字数"), self.line_length)
        form.addRow("", self.justify)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Close | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(
            self.restore_defaults
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

        self.typeface.currentIndexChanged.connect(self._changed)
        self.font_box.currentFontChanged.connect(self._changed)
        for box in (self.size, self.line_spacing, self.paragraph_spacing, self.margin):
            box.valueChanged.connect(self._changed)
        self.line_length.valueChanged.connect(self._changed)
        self.justify.toggled.connect(self._changed)

    def _spin(self, box, low, high, value, step=1):
        box.setRange(low, high)
        box.setSingleStep(step)
        box.setValue(value)
        return box

    def style_chosen(self) -> ReadingStyle:
        kind = self.typeface.currentData()
        return replace(
            self._style,
            typeface=self.font_box.currentFont().family() if kind == OWN_FONT else kind,
            font_size=self.size.value(),
            line_spacing=round(self.line_spacing.value(), 2),
            paragraph_spacing=round(self.paragraph_spacing.value(), 2),
            margin=self.margin.value(),
            line_length=self.line_length.value(),
            justify=self.justify.isChecked(),
        )

    def restore_defaults(self) -> None:
        default = ReadingStyle(font_size=DEFAULT_FONT_SIZE)
        self.typeface.setCurrentIndex(self.typeface.findData(default.typeface))
        self.size.setValue(default.font_size)
        self.line_spacing.setValue(default.line_spacing)
        self.paragraph_spacing.setValue(default.paragraph_spacing)
        self.margin.setValue(default.margin)
        self.line_length.setValue(default.line_length)
        self.justify.setChecked(default.justify)

    def _changed(self, *_args) -> None:
        self.font_box.setEnabled(self.typeface.currentData() == OWN_FONT)
        self._style = self.style_chosen()
        self.styleChanged.emit(self._style)
