"""The bundled CJK font, registered at start so Chinese renders on a machine without one."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase

from desktop.resources import resource_path

log = logging.getLogger(__name__)

FONT_FILES = (
    "fonts/NotoSansSC-Subset.otf",
    "fonts/NotoSerifSC-Subset.otf",
    "fonts/NotoSerifSC-Bold-Subset.otf",
)
UI_FAMILY = "Noto Sans SC District"
READING_FAMILY = "Noto Serif SC District"


def register_fonts() -> list[str]:
    """Add the bundled fonts to Qt's database; returns the families now available."""
    families: list[str] = []
    for name in FONT_FILES:
        path = resource_path(name)
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("could not load the bundled font %s", path)
            continue
        families += QFontDatabase.applicationFontFamilies(font_id)
    return families


def ui_font(size: int = 10) -> QFont:
    font = QFont()
    font.setFamilies([UI_FAMILY, "Noto Sans CJK SC", "Sans Serif"])
    font.setPointSize(size)
    return font


def reading_families() -> list[str]:
    return [READING_FAMILY, "Noto Serif CJK SC", UI_FAMILY, "Serif"]
