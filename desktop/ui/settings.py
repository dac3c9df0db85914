"""Typed settings with defaults, stored in an INI file in the config folder (QSettings)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

THEMES = ("system", "light", "sepia", "dark")
LANGUAGES = ("system", "zh_CN", "en")


class Settings:
    """One typed property per setting; unknown or broken values fall back to the default."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._qs = QSettings(str(path), QSettings.Format.IniFormat)

    def _get(self, key: str, default: Any, kind: type) -> Any:
        value = self._qs.value(key, default)
        try:
            return kind(value) if not isinstance(value, kind) else value
        except (TypeError, ValueError):
            return default

    def _set(self, key: str, value: Any) -> None:
        self._qs.setValue(key, value)

    @property
    def theme(self) -> str:
        value = self._get("reader/theme", "system", str)
        return value if value in THEMES else "system"

    @theme.setter
    def theme(self, value: str) -> None:
        self._set("reader/theme", value)

    @property
    def font_size(self) -> int:
        return max(10, min(40, self._get("reader/font_size", 17, int)))

    @font_size.setter
    def font_size(self, value: int) -> None:
        self._set("reader/font_size", int(value))

    @property
    def language(self) -> str:
        value = self._get("ui/language", "system", str)
        return value if value in LANGUAGES else "system"

    @language.setter
    def language(self, value: str) -> None:
        self._set("ui/language", value)

    @property
    def last_article(self) -> int | None:
        value = self._get("session/last_article", 0, int)
        return value or None

    @last_article.setter
    def last_article(self, value: int | None) -> None:
        self._set("session/last_article", int(value or 0))

    @property
    def library_file(self) -> Path | None:
        """The library the user chose, when it is not the default one."""
        value = self._get("library/file", "", str)
        return Path(value) if value else None

    @library_file.setter
    def library_file(self, value: Path | None) -> None:
        self._set("library/file", str(value) if value else "")

    def state(self, name: str) -> QByteArray | None:
        """Saved geometry/state of a window, splitter or header, by object name."""
        value = self._qs.value(f"state/{name}")
        return value if isinstance(value, QByteArray) else None

    def set_state(self, name: str, value: QByteArray) -> None:
        self._set(f"state/{name}", value)

    def sync(self) -> None:
        self._qs.sync()
