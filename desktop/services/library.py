"""The library's lifecycle: open (a new library imports the bundled seeds). The stages live in
their own modules — importing, reparsing, issues, stats — and their public names are importable
from here too, as the command line, the window and the tests use them."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from desktop.nlp import Segmenter
from desktop.services.importing import ImportItem, ImportReport, import_paths
from desktop.services.issues import IssueRow, delete_issue, edit_issue, list_issues
from desktop.services.reparsing import ReparseReport, reparse
from desktop.services.stats import Stats, stats
from desktop.store.database import Database, open_database
from desktop.store.steps import Progress

__all__ = [
    "ImportItem",
    "ImportReport",
    "IssueRow",
    "ReparseReport",
    "Stats",
    "delete_issue",
    "edit_issue",
    "import_paths",
    "list_issues",
    "open_library",
    "reparse",
    "stats",
]


def open_library(
    path: Path,
    segmenter: Segmenter,
    *,
    seeds: Sequence[Path] = (),
    progress: Progress | None = None,
) -> Database:
    """Open (or create) the library at `path`; a new, empty library imports `seeds`. An older
    library's upgrade tells `progress` (done, total) as it goes."""
    db = open_database(path, progress)
    if db.created and seeds:
        import_paths(db, segmenter, list(seeds))
    return db
