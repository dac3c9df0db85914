"""Paths the user names on the command line, checked before anything reads them."""

from __future__ import annotations

from pathlib import Path

from desktop.ingest import IngestError


def check_openable(path: Path) -> None:
    """Refuse a pipe, device or socket: reading one would wait for data that never comes."""
    if path.exists() and not path.is_file() and not path.is_dir():
        raise IngestError(
            path.name,
            "this is not a regular file (it is a pipe, a device or a socket).",
            "Choose a .txt file.",
        )
