"""What a command needs, built from the common options: the folders, the library (opened only
when a command first uses it) and where to write."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.cli.output import Output
from desktop.nlp import Segmenter
from desktop.paths import AppPaths
from desktop.resources import seed_files
from desktop.services import library
from desktop.store.database import Database
from desktop.store.errors import LibraryError


@dataclass
class Context:
    paths: AppPaths
    db_file: Path
    segmenter: Segmenter
    out: Output
    data_dir: Path | None = None  # --data-dir, as given
    chosen_db: Path | None = None  # --db, as given (the window then does not use its last one)
    _db: Database | None = None

    @property
    def db(self) -> Database:
        if self._db is None:
            if self.db_file.is_dir():
                # Said here, where --data-dir can be suggested: the folder was probably meant.
                raise LibraryError(
                    self.db_file,
                    f"{self.db_file} is a folder, not a library file.",
                    f"Give the library file (such as {self.db_file / 'library.sqlite3'}), "
                    "or keep everything in that folder with --data-dir.",
                )
            self._db = library.open_library(self.db_file, self.segmenter, seeds=seed_files())
            if self._db.recovered_from is not None:
                self.out.note(
                    f"the library file {self.db_file.name} was empty; it was recovered from its "
                    f"write-ahead log. The empty file and its log were kept as "
                    f"{self._db.recovered_from}."
                )
        return self._db

    def close(self) -> None:
        if self._db is not None:
            self._db.close()


def context_from(
    db_file: Path | None, data_dir: Path | None, out: Output, segmenter: Segmenter | None = None
) -> Context:
    """The folders of --data-dir (else the user's), and jieba with its cache there unless a
    loaded `segmenter` is given."""
    paths = AppPaths.in_folder(data_dir) if data_dir else AppPaths.for_user()
    segmenter = segmenter or Segmenter(paths.cache_dir / "jieba")
    return Context(paths, db_file or paths.library_file, segmenter, out, data_dir, db_file)
