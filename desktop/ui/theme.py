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
    selection: str  # selected rows and text
    selected_text: str


HIGHLIGHTS_LIGHT = {
    "yellow": "#ffe066",
    "green": "#b2f2bb",
    "blue": "#a5d8ff",
    "pink": "#fcc2d7",
    "purple": "#d0bfff",
}
HIGHLIGHTS_DARK = {
    "yellow": "#8f7a17",
    "green": "#2b6a3a",
    "blue": "#1f5484",
    "pink": "#8c2f55",
    "purple": "#5a3f99",
}

THEMES = {
    "light": Theme(
        "light", False, background="#ffffff", text="#1f2328", muted="#6e7781", accent="#b3262e",
        panel="#f6f8fa", highlight=HIGHLIGHTS_LIGHT, hit="#ffa94d",
        selection="#98a8bc", selected_text="#1f2328",
    ),
    "sepia": Theme(
        "sepia", False, background="#f6efdf", text="#3b3024", muted="#7d6b55", accent="#9c2a22",
        panel="#efe6d2", highlight=HIGHLIGHTS_LIGHT, hit="#f08c00",
        selection="#a8a296", selected_text="#3b3024",
    ),
    "dark": Theme(
        "dark", True, background="#1e1f22", text="#d8dadf", muted="#8b949e", accent="#ff8787",
        panel="#26282c", highlight=HIGHLIGHTS_DARK, hit="#b35c00",
        selection="#737069", selected_text="#ffffff",  # 5:1; apart from every highlight
    ),
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
        (QPalette.ColorRole.Highlight, QColor(theme.selection)),
        (QPalette.ColorRole.HighlightedText, QColor(theme.selected_text)),
        (QPalette.ColorRole.Link, QColor(theme.accent)),
    ):
        p.setColor(role, color)
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor(theme.muted))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor(theme.muted))
    return p


INDICATOR_CLASSES = ("QCheckBox", "QRadioButton")


def indicator_palette(theme: Theme) -> QPalette:
    """The palette of check boxes and radio buttons. Fusion draws their box's edge a shade darker
    than the window: on a dark panel that is no edge at all, so a dark theme lends them a
    window of its muted grey, whose darker shade stands out (their label uses WindowText)."""
    p = palette_for(theme)
    if theme.dark:
        p.setColor(QPalette.ColorRole.Window, QColor(theme.muted))
    return p
