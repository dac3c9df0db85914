"""The bundled CJK fonts register, so Chinese renders on a machine that has none."""

from PySide6.QtGui import QFontDatabase

from desktop.ui.fonts import READING_FAMILY, UI_FAMILY, reading_families, register_fonts, ui_font


def test_the_bundled_families_register(qtbot):
    families = register_fonts()
    assert UI_FAMILY in families
    assert READING_FAMILY in families
    assert {UI_FAMILY, READING_FAMILY} <= set(QFontDatabase.families())


def test_the_interface_font_asks_for_the_bundled_family_first(qtbot):
    font = ui_font(12)
    assert font.families()[0] == UI_FAMILY
    assert font.pointSize() == 12


def test_reading_prefers_the_bundled_serif_and_falls_back_to_sans_and_serif():
    families = reading_families()
    assert families[0] == READING_FAMILY
    assert UI_FAMILY in families
    assert families[-1] == "Serif"
