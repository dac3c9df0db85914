"""Typed settings with defaults, stored in an INI file in the config folder (QSettings)."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

THEMES = ("system", "light", "sepia", "dark")
LANGUAGES = ("system", "zh_CN", "en")
DEFAULT_FONT_SIZE = 17


@dataclass(frozen=True)
class ReadingStyle:
    """How the reader sets an article. The defaults read like a good e-book reader's."""

    typeface: str = "serif"  # "serif", "sans" or the family name of an installed font
    font_size: int = DEFAULT_FONT_SIZE  # points
    line_spacing: float = 1.75  # line pitch, in ems
    paragraph_spacing: float = 0.7  # the gap between paragraphs, in ems
    margin: int = 32  # pixels, the least space either side of the text
    line_length: int = 36  # characters at most a line
    justify: bool = True  # 两端对齐

    def clamped(self) -> ReadingStyle:
        """The same style with every number in a range the reader can set."""
        return replace(
            self,
            font_size=max(10, min(40, int(self.font_size))),
            line_spacing=max(1.2, min(3.0, float(self.line_spacing))),
            paragraph_spacing=max(0.0, min(3.0, float(self.paragraph_spacing))),
            margin=max(0, min(200, int(self.margin))),
            line_length=max(15, min(80, int(self.line_length))),
        )


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
        return max(10, min(40, self._get("reader/font_size", DEFAULT_FONT_SIZE, int)))

    @font_size.setter
    def font_size(self, value: int) -> None:
        self._set("reader/font_size", max(10, min(40, int(value))))

    @property
    def reading_style(self) -> ReadingStyle:
        default = ReadingStyle()
        values = {}
        for f in fields(ReadingStyle):
            if f.name == "font_size":
                continue
            value = getattr(default, f.name)
            if isinstance(value, bool):  # an INI file stores booleans as "true" / "false"
                stored = self._qs.value(f"reader/{f.name}", value)
                values[f.name] = stored if isinstance(stored, bool) else str(stored) == "true"
            else:
                values[f.name] = self._get(f"reader/{f.name}", value, type(value))
        return ReadingStyle(font_size=self.font_size, **values).clamped()

    @reading_style.setter
    def reading_style(self, style: ReadingStyle) -> None:
        style = style.clamped()
        for f in fields(ReadingStyle):
            if f.name != "font_size":
                self._set(f"reader/{f.name}", getattr(style, f.name))
        self.font_size = style.font_size

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
