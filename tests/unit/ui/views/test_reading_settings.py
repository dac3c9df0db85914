"""The reading settings apply at once: every change the user makes is emitted as the whole new
style, and "restore defaults" gives the default style back."""

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.ui.settings import ReadingStyle
from desktop.ui.views.reading_settings import OWN_FONT, ReadingSettingsDialog

STYLE = ReadingStyle(font_size=20, line_spacing=2.0, margin=40, justify=False)


def dialog(qtbot, style: ReadingStyle = STYLE) -> ReadingSettingsDialog:
    d = ReadingSettingsDialog(style)
    qtbot.addWidget(d)
    d.show()
    return d


def test_it_opens_on_the_current_style(qtbot):
    d = dialog(qtbot)
    assert d.style_chosen() == STYLE
    assert d.typeface.currentData() == "serif"
    assert not d.font_box.isEnabled()


def test_a_larger_size_is_applied_at_once(qtbot):
    d = dialog(qtbot)
    with qtbot.waitSignal(d.styleChanged) as changed:
        d.size.setFocus()
        qtbot.keyClick(d.size, Qt.Key.Key_Up)
    assert changed.args == [replace(STYLE, font_size=21)]


def test_each_control_changes_its_own_setting(qtbot):
    d = dialog(qtbot)
    seen: list[ReadingStyle] = []
    d.styleChanged.connect(seen.append)
    d.justify.setFocus()
    qtbot.keyClick(d.justify, Qt.Key.Key_Space)
    d.line_length.setValue(40)
    d.paragraph_spacing.setValue(1.0)
    assert seen[-1] == replace(STYLE, justify=True, line_length=40, paragraph_spacing=1.0)
    assert [s.justify for s in seen] == [True, True, True]


def test_choosing_another_typeface_takes_the_font_box(qtbot):
    d = dialog(qtbot)
    with qtbot.waitSignal(d.styleChanged) as changed:
        d.typeface.setCurrentIndex(d.typeface.findData(OWN_FONT))
    assert d.font_box.isEnabled()
    assert changed.args[0].typeface == d.font_box.currentFont().family()
    with qtbot.waitSignal(d.styleChanged) as changed:
        d.typeface.setCurrentIndex(d.typeface.findData("sans"))
    assert changed.args[0].typeface == "sans" and not d.font_box.isEnabled()


def test_an_installed_font_opens_as_the_own_font_choice(qtbot):
    d = dialog(qtbot, replace(STYLE, typeface="DejaVu Sans"))
    assert d.typeface.currentData() == OWN_FONT
    assert d.font_box.isEnabled()


def test_restore_defaults_gives_the_default_style(qtbot):
    d = dialog(qtbot, replace(STYLE, typeface="sans"))
    seen: list[ReadingStyle] = []
    d.styleChanged.connect(seen.append)
    buttons = d.findChild(QDialogButtonBox)
    buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).click()
    assert seen[-1] == ReadingStyle()
    assert d.style_chosen() == ReadingStyle()
