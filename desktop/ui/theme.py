"""Light, sepia and dark themes for the window and the reader; "system" follows the OS."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette


@dataclass(frozen=True)
class Theme:
    name: str
    dark: bool
    background: str
    text: str
    muted: str  # meta line, kicker
    accent: str  # titles' accent, links
    panel: str  # window and panels
    highlight: dict[str, str]  # highlight colour name → background
    hit: str  # search hits


HIGHLIGHTS_LIGHT = {
    "yellow": "#ffe066", "green": "#b2f2bb", "blue": "#a5d8ff", "pink": "#fcc2d7", "purple": "#d0bfff",
}  # fmt: skip
HIGHLIGHTS_DARK = {
    "yellow": "#8f7a17", "green": "#2b6a3a", "blue": "#1f5484", "pink": "#8c2f55", "purple": "#5a3f99",
}  # fmt: skip

THEMES = {
    "light": Theme("light", False, "#ffffff", "#1f2328", "#6e7781", "#b3262e", "#f6f8fa", HIGHLIGHTS_LIGHT, "#ffa94d"),
    "sepia": Theme("sepia", False, "#f6efdf", "#3b3024", "#7d6b55", "#9c2a22", "#efe6d2", HIGHLIGHTS_LIGHT, "#f08c00"),
    "dark": Theme("dark", True, "#1e1f22", "#d8dadf", "#8b949e", "#ff8787", "#26282c", HIGHLIGHTS_DARK, "#b35c00"),
}  # fmt: skip


def system_is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    scheme = hints.colorScheme() if hints is not None else Qt.ColorScheme.Unknown
    if scheme != Qt.ColorScheme.Unknown:
        return scheme == Qt.ColorScheme.Dark
    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    return window.lightness() < 128


def resolve(name: str) -> Theme:
    if name == "system":
        return THEMES["dark" if system_is_dark() else "light"]
    return THEMES.get(name, THEMES["light"])


def palette_for(theme: Theme) -> QPalette:
    p = QPalette()
    text, panel, base = QColor(theme.text), QColor(theme.panel), QColor(theme.background)
    for role, color in (
        (QPalette.ColorRole.Window, panel),
        (QPalette.ColorRole.WindowText, text),
        (QPalette.ColorRole.Base, base),
        (QPalette.ColorRole.AlternateBase, panel),
        (QPalette.ColorRole.Text, text),
        (QPalette.ColorRole.Button, panel),
        (QPalette.ColorRole.ButtonText, text),
        (QPalette.ColorRole.ToolTipBase, base),
        (QPalette.ColorRole.ToolTipText, text),
        (QPalette.ColorRole.PlaceholderText, QColor(theme.muted)),
        (QPalette.ColorRole.Highlight, QColor(theme.accent)),
        (QPalette.ColorRole.HighlightedText, QColor("#ffffff")),
        (QPalette.ColorRole.Link, QColor(theme.accent)),
    ):
        p.setColor(role, color)
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor(theme.muted))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor(theme.muted))
    return p
