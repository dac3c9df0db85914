"""Where the app keeps its files: per-user platform directories, or one folder (--data-dir)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "district-reader"
LIBRARY_FILE = "library.sqlite3"


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path  # the library and its backups
    config_dir: Path  # settings
    log_dir: Path
    cache_dir: Path  # jieba's dictionary cache

    @classmethod
    def for_user(cls) -> AppPaths:
        return cls(
            data_dir=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
            config_dir=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
            log_dir=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
            cache_dir=Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)),
        )

    @classmethod
    def in_folder(cls, root: Path) -> AppPaths:
        """Everything under one folder: for tests and portable use."""
        root = Path(root)
        return cls(root / "data", root / "config", root / "logs", root / "cache")

    @property
    def library_file(self) -> Path:
        return self.data_dir / LIBRARY_FILE
