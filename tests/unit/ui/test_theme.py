"""The themes: each one's palette carries its colours, and "system" follows the OS."""

from PySide6.QtGui import QColor, QPalette

from desktop.ui.theme import THEMES, palette_for, resolve, system_is_dark


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
