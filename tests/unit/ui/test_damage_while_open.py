"""Damage the quick check on opening cannot see (an index that disagrees with its table) is
found by the full check the window runs in the background: the window stops writing, says so,
and takes no daily backup that would push a good copy out of the rotation."""

import sqlite3

from desktop.services import tags
from desktop.services.articles import list_articles
from desktop.store.backups import backup_dir


def damage_an_index(path):
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute(
            "UPDATE sqlite_master SET sql = replace(sql, 'article_tag(tag_id)', "
            "'article_tag(created_at)') WHERE name = 'article_tag_tag'"
        )


def test_the_full_check_finds_damage_and_the_window_stops_writing(
    open_window, data_dir, qtbot, monkeypatch
):
    from desktop.store.database import open_database

    db = open_database(data_dir.library_file)
    tags.tag_articles(db, "要闻", [a.id for a in list_articles(db)[:3]])
    db.close()
    damage_an_index(data_dir.library_file)
    warnings = []
    monkeypatch.setattr(
        "desktop.ui.messages.QMessageBox.warning", lambda _p, title, text: warnings.append(text)
    )
    window = open_window(data_dir)  # the quick check on opening passes
    assert not window.db.read_only
    window.safekeeping.start_checks()
    qtbot.waitUntil(lambda: window.db.read_only, timeout=30_000)
    assert warnings and "已损坏" in warnings[0]
    window.annotating.add_highlight(0, 2, "yellow")
    assert "只读" in window.statusBar().currentMessage()
    assert not any(backup_dir(window.db.path).glob("library-*.sqlite3"))
