"""The daily backup: a copy of the library and, beside it, an annotations file that imports
back everything the user made. (Keeping seven and restoring are tested with store/backups.)"""

import json
from datetime import date

from desktop.services import annotations, backup, user_data
from desktop.services.articles import list_articles
from desktop.store.database import open_read_only


def test_the_annotations_file_beside_the_copy_holds_what_the_user_made(db):
    article = list_articles(db)[0].id
    annotations.highlight_quote(db, article, "以铜为镜", note="以案为鉴。")
    made = backup.daily_backup(db, date(2026, 3, 1))
    assert made is not None and made.library.is_file()
    assert made.annotations == backup.annotations_path(db.path, date(2026, 3, 1))
    assert made.annotations.name == "annotations-2026-03-01.json"
    data = user_data.read_user_data(made.annotations)
    assert [h["note"] for h in data["highlights"]] == ["以案为鉴。"]


def test_asking_to_replace_takes_todays_backup_again(db):
    day = date(2026, 3, 1)
    assert backup.daily_backup(db, day) is not None
    annotations.highlight_quote(db, list_articles(db)[0].id, "以铜为镜")
    assert backup.daily_backup(db, day) is None
    again = backup.daily_backup(db, day, replace=True)
    assert again is not None
    assert len(json.loads(again.annotations.read_text("utf-8"))["highlights"]) == 1


def test_progress_names_the_library_being_copied(db):
    seen = []
    backup.daily_backup(db, date(2026, 3, 1), progress=lambda d, t, name: seen.append(name))
    assert seen and set(seen) == {db.path.name}


def test_a_library_open_for_reading_only_takes_no_backup(db):
    path = db.path
    db.close()
    read_only = open_read_only(path)
    try:
        assert backup.daily_backup(read_only, date(2026, 3, 1)) is None
    finally:
        read_only.close()
    assert not backup.annotations_path(path, date(2026, 3, 1)).exists()
