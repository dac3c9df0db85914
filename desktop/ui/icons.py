"""qtawesome icons in the current theme's colour (they take their colour when created, so a
theme change clears the cache and asks for them again)."""

from __future__ import annotations

import qtawesome as qta
from PySide6.QtGui import QIcon

_color = "#1f2328"
_cache: dict[str, QIcon] = {}


def set_color(color: str) -> None:
    global _color
    _color = color
    _cache.clear()


def icon(name: str, color: str | None = None) -> QIcon:
    key = f"{name}|{color or _color}"
    if key not in _cache:
        _cache[key] = qta.icon(name, color=color or _color)
    return _cache[key]
