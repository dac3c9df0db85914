"""The automatic backup: once a day, a copy of the library and an annotations backup file
beside it, the last seven of each kept."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from desktop.services import user_data
from desktop.services.exports.files import write_atomically
from desktop.services.progress import CancelFn, ProgressFn
from desktop.store import backups
from desktop.store.database import Database


@dataclass(frozen=True)
class DailyBackup:
    library: Path
    annotations: Path


def annotations_path(library: Path, day: date) -> Path:
    return backups.backup_dir(library) / f"annotations-{day.isoformat()}.json"


def daily_backup(
    db: Database,
    today: date,
    *,
    keep: int = backups.KEEP_DAILY,
    replace: bool = False,
    progress: ProgressFn | None = None,
    should_cancel: CancelFn | None = None,
) -> DailyBackup | None:
    """Today's backup, unless it was taken already and `replace` is not asked for (None then,
    or when cancelled)."""
    if db.read_only:
        return None

    def copied(done: int, total: int) -> None:
        if progress is not None:
            progress(done, total, db.path.name)

    copy = backups.take_daily_backup(
        db.path, today, keep=keep, replace=replace, progress=copied, should_cancel=should_cancel
    )
    if copy is None:
        return None
    notes = annotations_path(db.path, today)
    write_atomically(notes, user_data.export_user_data(db))
    old = sorted(notes.parent.glob("annotations-*.json"), reverse=True)[keep:]
    for path in old:
        path.unlink(missing_ok=True)
    return DailyBackup(copy, notes)
