"""The themes: each one's palette carries its colours, and "system" follows the OS."""

import pytest
from PySide6.QtGui import QColor, QPalette

from desktop.ui.theme import (
    INDICATOR_CLASSES,
    THEMES,
    indicator_palette,
    palette_for,
    resolve,
    system_is_dark,
)


def test_named_themes_resolve_to_themselves_and_unknown_names_to_light(qtbot):
    for name in ("light", "sepia", "dark"):
        assert resolve(name).name == name
    assert resolve("neon").name == "light"


def test_system_follows_whether_the_os_is_dark(qtbot):
    assert resolve("system").dark == system_is_dark()


def test_the_palette_carries_the_themes_colours(qtbot):
    for theme in THEMES.values():
        p = palette_for(theme)
        assert p.color(QPalette.ColorRole.Base) == QColor(theme.background)
        assert p.color(QPalette.ColorRole.Text) == QColor(theme.text)
        assert p.color(QPalette.ColorRole.Window) == QColor(theme.panel)
        assert p.color(QPalette.ColorRole.Highlight) == QColor(theme.selection)
        assert p.color(QPalette.ColorRole.Link) == QColor(theme.accent)
        disabled = p.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        assert disabled == QColor(theme.muted)


def test_every_theme_has_every_highlight_colour_and_dark_is_darker():
    colours = {name: set(theme.highlight) for name, theme in THEMES.items()}
    assert all(c == colours["light"] for c in colours.values())
    assert THEMES["dark"].dark and not THEMES["light"].dark
    assert QColor(THEMES["dark"].background).lightness() < 128
    assert all(QColor(THEMES[n].background).lightness() > 128 for n in ("light", "sepia"))


def _luminance(color: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.redF())
        + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


@pytest.mark.parametrize("name", ["light", "sepia", "dark"])
def test_a_check_boxs_edge_and_a_selected_rows_text_stand_out(qtbot, name):
    from PySide6.QtWidgets import QApplication, QCheckBox

    theme = THEMES[name]
    app = QApplication.instance()
    before = app.palette()
    app.setPalette(palette_for(theme))
    for class_name in INDICATOR_CLASSES:
        app.setPalette(indicator_palette(theme), class_name)
    try:
        box = QCheckBox("只看有批注的")
        qtbot.addWidget(box)
        box.show()
        qtbot.waitExposed(box)
        image = box.grab().toImage()
        panel = QColor(theme.panel)
        edge = max(
            (image.pixelColor(x, image.height() // 2) for x in range(0, 20)),
            key=lambda c: contrast(c, panel),
        )
        assert contrast(edge, panel) >= 1.6  # the box is seen, not guessed at
        assert contrast(QColor(theme.selection), QColor(theme.selected_text)) >= 4.5
    finally:
        app.setPalette(before)
        for class_name in INDICATOR_CLASSES:
            app.setPalette(before, class_name)
