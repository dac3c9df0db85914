"""Where bundled files live, from a source checkout and from a frozen (PyInstaller) bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def app_root() -> Path:
    """The folder that holds `resources/` and `seeds/`: the bundle's folder when frozen, the
    checkout from source (also for an editable install), else the installed package's `_data`
    (where pyproject.toml puts them in a wheel)."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    package = Path(__file__).resolve().parent
    installed = package / "_data"
    if (installed / "resources").is_dir():
        return installed
    return package.parent


def seeds_dir() -> Path:
    return app_root() / "seeds"


def seed_files() -> list[Path]:
    return sorted(seeds_dir().glob("*.txt"))


def resource_path(*parts: str) -> Path:
    return app_root() / "resources" / Path(*parts)
