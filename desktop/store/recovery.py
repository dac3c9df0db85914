"""A library file emptied to 0 bytes whose write-ahead log survives beside it. SQLite itself would
delete such a log on open and start an empty database; instead, what the log holds is read in a
copy, and if it is a whole library of ours it takes the empty file's place. The empty file and
its log are kept beside it, renamed, never deleted; anything else is refused, both untouched."""

from __future__ import annotations

import os
import shutil
import sqlite3
import struct
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from desktop.store.backups import set_aside_name
from desktop.store.errors import ErrorCode, LibraryError, library_error
from desktop.store.identity import FileKind, identify_connection, read_only_uri, wal_path
from desktop.store.integrity import quick_check

_WAL_HEADER = 32
_FRAME_HEADER = 24
_WAL_MAGIC = (0x377F0682, 0x377F0683)


def _frames(log: Path) -> Iterator[tuple[int, bytes]]:
    """(page number, content) of each frame of the log's current generation, in order."""
    with log.open("rb") as fh:
        header = fh.read(_WAL_HEADER)
        if len(header) < _WAL_HEADER:
            return
        magic, _version, page_size = struct.unpack(">III", header[:12])
        salts = header[16:24]
        if magic not in _WAL_MAGIC or not 512 <= page_size <= 65536:
            return
        while len(frame := fh.read(_FRAME_HEADER + page_size)) == _FRAME_HEADER + page_size:
            if frame[8:16] != salts:  # a frame left from before the log was last restarted
                return
            yield struct.unpack(">I", frame[:4])[0], frame[_FRAME_HEADER:]


def _first_page(log: Path) -> bytes | None:
    """The latest copy of page 1 (the database header and schema) in the log, if any."""
    latest = None
    for number, content in _frames(log):
        if number == 1:
            latest = content
    return latest


def _read_whole(trial: Path, recovered: Path) -> bool:
    """Copy what SQLite reads from `trial` and its log into `recovered`, if it is a whole library
    of ours."""
    try:
        conn = sqlite3.connect(read_only_uri(trial), uri=True)
        try:
            if identify_connection(conn).kind is not FileKind.OURS:
                return False
            if not quick_check(conn, seconds=None).ok:
                return False
            target = sqlite3.connect(recovered)
            try:
                conn.backup(target)
            finally:
                target.close()
        finally:
            conn.close()
    except sqlite3.DatabaseError:  # what the log holds does not even read as a database
        return False
    return True


def recover_from_log(path: Path, today: date) -> Path:
    """Put the library that the log beside the empty file `path` holds in its place; return
    where the empty file was set aside (its log beside it, renamed alike). Raises the
    empty-file-with-log LibraryError, both files untouched, if the log holds no whole library
    of ours."""
    log = wal_path(path)
    refusal: LibraryError = library_error(ErrorCode.EMPTY_FILE_WITH_LOG, path, log=log.name)
    first = _first_page(log)
    if first is None:
        raise refusal
    work = Path(tempfile.mkdtemp(prefix=f".{path.name}.recovering-", dir=path.parent))
    try:
        # A one-page file that SQLite reads with the log: every page the log holds is read
        # from the log, exactly as SQLite would have, had the file not been emptied.
        trial = work / path.name
        trial.write_bytes(first)
        shutil.copyfile(log, wal_path(trial))
        recovered = work / "recovered.sqlite3"
        if not _read_whole(trial, recovered):
            raise refusal
        kept = set_aside_name(path, "emptied", today)
        os.replace(path, kept)
        os.replace(log, wal_path(kept))
        path.with_name(path.name + "-shm").unlink(missing_ok=True)  # the emptied file's
        os.replace(recovered, path)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return kept
