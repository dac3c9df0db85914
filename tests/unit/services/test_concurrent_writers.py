"""Two programs writing to one library at the same time: two windows, or a window and a command.
Both star the same articles, create the same new tags and put them on the same articles; none of
it may fail, and no write either of them was told succeeded may be missing afterwards."""

import json
import shutil
import sqlite3
import subprocess
import sys
import textwrap
import time

import pytest

pytestmark = pytest.mark.slow
SECONDS = 60

WRITER = textwrap.dedent(
    """
    import json, sqlite3, sys, time
    from desktop.services import annotations, tags
    from desktop.store.database import open_database

    path, name, start, seconds = sys.argv[1], sys.argv[2], float(sys.argv[3]), float(sys.argv[4])
    db = open_database(path)
    with sqlite3.connect(path) as conn:
        ids = [i for (i,) in conn.execute("SELECT id FROM article WHERE length(text) > 2")]
    done = {"starred": [], "tagged": [], "highlights": []}
    time.sleep(max(0.0, start - time.time()))  # both begin at the same moment
    deadline = time.monotonic() + seconds
    n = 0
    while time.monotonic() < deadline:
        # Both writers take the same steps in the same order: each star is the first for its
        # article in the library at about the same moment in both, each tag is new in both.
        article = ids[n % len(ids)]
        annotations.set_starred(db, article)
        done["starred"].append(article)
        tag = f"并发{n}"
        tags.tag_articles(db, tag, [article])
        done["tagged"].append([tag, article])
        note = f"{name}-{n}"
        annotations.add_highlight(db, article, 0, 2, "green", note=note)
        done["highlights"].append(note)
        n += 1
    db.close()
    print(json.dumps(done))
    """
)


def test_two_writers_for_a_minute_lose_nothing_and_fail_nowhere(tmp_path, seeded_library_file):
    path = tmp_path / "library.sqlite3"
    shutil.copyfile(seeded_library_file, path)
    start = time.time() + 5  # after both have imported and opened the library
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path), name, str(start), str(SECONDS)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("窗口", "命令")
    ]
    results = []
    for writer in writers:
        out, err = writer.communicate(timeout=SECONDS * 4)
        assert writer.returncode == 0, err
        results.append(json.loads(out))

    with sqlite3.connect(path) as conn:
        key_of = dict(conn.execute("SELECT id, key FROM article"))
        starred = {
            k for (k,) in conn.execute("SELECT article_key FROM article_state WHERE starred")
        }
        links = set(
            conn.execute(
                "SELECT t.name, at.article_key FROM article_tag at JOIN tag t ON t.id = at.tag_id"
            )
        )
        notes = [n for (n,) in conn.execute("SELECT note FROM highlight WHERE note IS NOT NULL")]
        tag_names = [n for (n,) in conn.execute("SELECT name FROM tag")]
    for done in results:
        assert len(done["highlights"]) > 20  # both really wrote, many times over
        assert {key_of[a] for a in done["starred"]} <= starred
        assert {(t, key_of[a]) for t, a in done["tagged"]} <= links
        assert set(done["highlights"]) <= set(notes)
    assert len(notes) == len(set(notes)) == sum(len(d["highlights"]) for d in results)
    assert len(tag_names) == len(set(tag_names))  # each new tag made once, by one of them
