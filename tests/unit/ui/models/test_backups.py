from pathlib import Path

from desktop.store.backups import Backup
from desktop.ui.models.backups import BackupListModel, PathRole


def test_each_backup_says_its_day_kind_and_size(qtmodeltester):
    model = BackupListModel(
        [
            Backup(Path("/b/daily-2026-12-01.sqlite3"), "2026-12-01", "daily", 2_500_000),
            Backup(Path("/b/library.v2.bak.sqlite3"), "v2", "migration", 1_000_000),
        ]
    )
    assert model.index(0).data() == "2026-12-01 的每日备份  ·  2.5 MB"
    assert model.index(1).data() == "升级前的副本 v2  ·  1.0 MB"
    assert model.index(1).data(PathRole) == "/b/library.v2.bak.sqlite3"
    qtmodeltester.check(model)
