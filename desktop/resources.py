"""Where bundled files live, from a source checkout and from a frozen (PyInstaller) bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def app_root() -> Path:
    """The folder that holds `resources/` and `seeds/`."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def seeds_dir() -> Path:
    return app_root() / "seeds"


def seed_files() -> list[Path]:
    return sorted(seeds_dir().glob("*.txt"))


def resource_path(*parts: str) -> Path:
    return app_root() / "resources" / Path(*parts)
