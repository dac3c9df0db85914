"""Paths the user names on the command line, checked before anything reads them."""

from __future__ import annotations

from pathlib import Path

from desktop.ingest import IngestError
from desktop.ingest.sources import SUFFIXES

ISSUE_SUFFIXES = ", ".join(SUFFIXES)  # the files an import takes, as messages name them


def check_openable(path: Path) -> None:
    """Refuse a pipe, device or socket: reading one would wait for data that never comes."""
    if path.exists() and not path.is_file() and not path.is_dir():
        raise IngestError(
            path.name,
            "this is not a regular file (it is a pipe, a device or a socket).",
            f"Choose an issue file ({ISSUE_SUFFIXES}).",
        )


def check_importable(path: Path) -> None:
    """The library keeps a file's name as text: a name in another encoding than the system's
    (a GBK name on a UTF-8 system) cannot be kept, so it is refused before the import."""
    check_openable(path)
    try:
        path.name.encode("utf-8")
    except UnicodeEncodeError:
        raw = path.name.encode("utf-8", "surrogateescape")
        raise IngestError(
            raw.decode("utf-8", "replace"),
            "the file's name is not UTF-8 text (it was probably written on a GBK system).",
            "Rename the file, then import it again.",
        ) from None
