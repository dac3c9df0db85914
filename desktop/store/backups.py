"""Copies of the library file: a rotating daily copy (the last seven days), the copies taken
before a migration, and putting one of them back in place of a damaged library."""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from desktop.store.errors import ErrorCode, LibraryDamagedError, library_error, translated
from desktop.store.identity import FileKind, identify, read_only_uri
from desktop.store.integrity import quick_check

KEEP_DAILY = 7
_DAILY = re.compile(r"^(?P<stem>.+)-(?P<day>\d{4}-\d{2}-\d{2})\.sqlite3$")


@dataclass(frozen=True)
class Backup:
    path: Path
    label: str  # the day it was taken, or the schema version it was taken before
    kind: str  # "daily" or "migration"
    size: int


def backup_dir(library: Path) -> Path:
    return library.parent / "backups"


def daily_path(library: Path, day: date) -> Path:
    return backup_dir(library) / f"{library.stem}-{day.isoformat()}.sqlite3"


def list_backups(library: Path) -> list[Backup]:
    """Every copy of `library` that can be restored, newest first."""
    found: list[Backup] = []
    folder = backup_dir(library)
    if folder.is_dir():
        for path in folder.glob(f"{library.stem}-*.sqlite3"):
            match = _DAILY.match(path.name)
            if match and match["stem"] == library.stem:
                found.append(Backup(path, match["day"], "daily", path.stat().st_size))
    found.sort(key=lambda b: b.label, reverse=True)
    migration = sorted(
        library.parent.glob(f"{library.stem}.v*.bak{library.suffix}"),
        key=lambda p: p.stat().st_mtime,
        reverse=True,
    )
    found += [Backup(p, p.name, "migration", p.stat().st_size) for p in migration]
    return found


def copy_library(
    source: Path,
    target: Path,
    *,
    progress: Callable[[int, int], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> bool:
    """A consistent copy of a live library (SQLite's online backup), written to a temporary
    file and renamed into place, so that `target` is always whole. False if cancelled.

    The copy is one step, one read transaction: copied in several, it would start again each
    time another connection writes in between, and an import writes many times a second."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    if should_cancel is not None and should_cancel():
        return False
    with translated(source):
        src = sqlite3.connect(read_only_uri(source), uri=True)
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst, pages=-1)
            pages = dst.execute("PRAGMA page_count").fetchone()[0]
        finally:
            dst.close()
            src.close()
    if progress is not None:
        progress(pages, pages)
    os.replace(partial, target)
    return True


def take_daily_backup(
    library: Path,
    today: date,
    *,
    keep: int = KEEP_DAILY,
    replace: bool = False,
    progress: Callable[[int, int], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> Path | None:
    """Today's copy of `library`, unless there already is one (and `replace` is not asked for);
    copies beyond the newest `keep` days are removed. Returns the new copy, or None if there was
    nothing to do (or it was cancelled)."""
    target = daily_path(library, today)
    if (target.exists() and not replace) or not library.exists():
        return None
    if not copy_library(library, target, progress=progress, should_cancel=should_cancel):
        return None
    daily = [b for b in list_backups(library) if b.kind == "daily"]
    for old in daily[keep:]:
        old.path.unlink(missing_ok=True)
    return target


def _backup_problem(path: Path) -> ErrorCode | None:
    """Why `path` cannot be restored, if it cannot: not one of our libraries, or damaged
    (checked whole: restoring is rare, and worth the time)."""
    try:
        kind = identify(path).kind
        if kind is not FileKind.OURS:
            refusals = {
                FileKind.MISSING: ErrorCode.BACKUP_MISSING,
                FileKind.DIRECTORY: ErrorCode.IS_A_DIRECTORY,
            }
            return refusals.get(kind, ErrorCode.BACKUP_NOT_A_LIBRARY)
        with translated(path):
            conn = sqlite3.connect(read_only_uri(path), uri=True)
            try:
                whole = quick_check(conn, seconds=None).ok
            finally:
                conn.close()
    except LibraryDamagedError:  # SQLite could not even read it
        whole = False
    return None if whole else ErrorCode.BACKUP_DAMAGED


def check_backup(path: Path) -> None:
    """Refuse to restore anything but a whole copy of one of our libraries."""
    problem = _backup_problem(path)
    if problem is not None:
        raise library_error(problem, path)


def set_aside_name(library: Path, why: str, today: date) -> Path:
    """A free name beside `library` for the file it replaces: `library.replaced-2026-03-02.sqlite3`
    (then `…-2`, `…-3`), its log and shared memory free alike."""
    n = 1
    while True:
        number = f"-{n}" if n > 1 else ""
        kept = library.with_name(
            f"{library.stem}.{why}-{today.isoformat()}{number}{library.suffix}"
        )
        if not any(kept.with_name(kept.name + s).exists() for s in ("", "-wal", "-shm")):
            return kept
        n += 1


def restore_backup(backup: Path, library: Path, today: date) -> Path | None:
    """Put `backup` in place of `library`. The file it replaces is kept beside it, renamed
    (returned), never deleted: whatever can still be read from it is not lost."""
    check_backup(backup)
    kept = None
    if library.exists():
        kept = set_aside_name(library, "replaced", today)
        os.replace(library, kept)
    for suffix in ("-wal", "-shm"):  # they belong to the replaced file
        stale = library.with_name(library.name + suffix)
        if stale.exists():
            if kept is not None:
                os.replace(stale, kept.with_name(kept.name + suffix))
            else:
                stale.unlink()
    copy_library(backup, library)
    return kept
