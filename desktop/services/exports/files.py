"""Writing an export: the whole file or nothing."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from desktop.services.errors import InvalidInput


def write_atomically(path: Path, content: str | bytes) -> None:
    """Write the whole file or nothing: a crash or a full disk never leaves half an export.
    Text is written as UTF-8, exactly (no newline translation). A place that cannot be
    written to is an InvalidInput that says why."""
    if path.is_dir():
        raise InvalidInput(
            f"{path} is a folder: name the file to write, such as {path / 'export.md'}."
        )
    data = content.encode("utf-8") if isinstance(content, str) else content
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as error:
        raise _cannot_write(path, error) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException as error:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise _cannot_write(path, error) from None
        raise


def _cannot_write(path: Path, error: OSError) -> InvalidInput:
    if error.errno == errno.ENOSPC:
        return InvalidInput(f"The disk is full: {path} was not written. Free some space first.")
    if isinstance(error, (FileExistsError, NotADirectoryError)):
        return InvalidInput(
            f"{path} cannot be written: a part of its path is a file, not a folder."
        )
    if isinstance(error, PermissionError):
        return InvalidInput(f"{path} cannot be written (permission denied): choose another place.")
    return InvalidInput(f"{path} cannot be written ({error.strerror}): choose another place.")
