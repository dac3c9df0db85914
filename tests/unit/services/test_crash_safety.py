"""Kill the import (and the re-parse) with SIGKILL at random moments; after every kill the
library is intact, holds no half issue, keeps every highlight, note and tag, and the next run
finishes the job."""

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.resources import seed_files
from desktop.services import annotations, tags
from desktop.services.articles import list_articles
from desktop.store.database import open_database
from tests.helpers.issues import new_issues

pytestmark = [pytest.mark.slow, pytest.mark.skipif(os.name != "posix", reason="SIGKILL")]
KILLS = 20


def check(path):
    """The invariants after a crash; returns the user data rows to compare."""
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        # No half issue: every issue has its articles, every article its search row.
        assert (
            conn.execute(
                "SELECT COUNT(*) FROM issue WHERE id NOT IN (SELECT issue_id FROM article)"
            ).fetchone()[0]
            == 0
        )
        articles = conn.execute("SELECT COUNT(*) FROM article").fetchone()[0]
        assert conn.execute("SELECT COUNT(*) FROM article_fts").fetchone()[0] == articles
        user_data = {
            table: conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
            for table in ("highlight", "tag", "article_tag", "article_state", "issue_edit")
        }
        issues = conn.execute("SELECT COUNT(*) FROM issue").fetchone()[0]
        return user_data, issues


@pytest.fixture
def library_with_user_data(tmp_path, seeded_library_file):
    path = tmp_path / "library.sqlite3"
    path.write_bytes(seeded_library_file.read_bytes())
    db = open_database(path)
    rows = list_articles(db)
    for row in rows[:8]:
        annotations.add_highlight(db, row.id, 0, 6, "blue", note=f"批注{row.id}")
        annotations.set_starred(db, row.id)
    tags.tag_articles(db, "要闻", [r.id for r in rows[:12]])
    db.close()
    return path


def workers_of(pid):
    """The worker processes a process started (Linux: read from /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text().rsplit(")", 1)[1].split()
                cmdline = (entry / "cmdline").read_bytes()
            except OSError:
                continue
            if int(stat[1]) == pid and b"spawn_main" in cmdline:
                found.append(int(entry.name))
    return found


def gone(pids, timeout=10.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not any(Path(f"/proc/{pid}").exists() for pid in pids):
            return True
        time.sleep(0.1)
    return False


def issue_count(path):
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5) as conn:
        return conn.execute("SELECT COUNT(*) FROM issue").fetchone()[0]


def wait_for(condition, process, timeout=120.0):
    """Poll until `condition()` holds or the process ends; True if it held."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and process.poll() is None:
        if condition():
            return True
        time.sleep(0.02)
    return False


def kill_repeatedly(command, path, seed, workers_seen=None, *, after_writes=None):
    """Run `command` KILLS times, each killed with SIGKILL. With `after_writes(n)`, the n-th kill
    waits until that many issues more than at its start are in the library (0: at once), so the
    kills land at chosen points of the work whatever the machine's speed; otherwise each lands
    after a random delay."""
    rnd = random.Random(seed)
    for n in range(KILLS):
        start = issue_count(path)
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if after_writes is None:
            time.sleep(rnd.uniform(0.5, 4.0))
        else:
            wanted = after_writes(n)
            wait_for(lambda: issue_count(path) >= start + wanted, process)  # noqa: B023
            time.sleep(rnd.uniform(0.0, 0.05))  # land inside the next transaction, or between
        workers = workers_of(process.pid) if sys.platform == "linux" else []
        process.send_signal(signal.SIGKILL)
        process.wait()
        # Workers preparing issues leave with the process that started them.
        assert gone(workers), f"workers {workers} outlived their killed parent"
        if workers_seen is not None:
            workers_seen.extend(workers)
        yield check(path)


def test_killing_the_import_never_leaves_half_an_issue(library_with_user_data, tmp_path):
    path = library_with_user_data
    before, _ = check(path)
    # Long enough that kills land before, during and after.
    folder = new_issues(tmp_path / "inbox", 60)
    command = [sys.executable, "-m", "desktop", "import", str(folder), "--db", str(path)]
    counts, workers = [], []
    # Kill before the first write, then after one or two more issues each time: 60 issues are
    # more than 20 kills can finish, so every kill lands inside the import.
    points = kill_repeatedly(
        command,
        path,
        seed=1,
        workers_seen=workers,
        after_writes=lambda n: 0 if n == 0 else 1 + n % 2,
    )
    for after, issues in points:
        assert after == before
        counts.append(issues)
    # Each kill after the first landed after more issues were written: at different points.
    assert counts == sorted(counts) and len(set(counts)) >= KILLS // 2, counts
    if sys.platform == "linux":
        assert workers  # the import used worker processes, and they were killed with it
    finished = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert finished.returncode == 0, finished.stderr
    assert check(path) == (before, len(seed_files()) + 60)


def test_killing_the_reparse_keeps_every_highlight(library_with_user_data, tmp_path):
    path = library_with_user_data
    inbox = new_issues(tmp_path / "inbox", 10)
    subprocess.run(
        [sys.executable, "-m", "desktop", "import", str(inbox), "--db", str(path)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    before = check(path)
    command = [sys.executable, "-m", "desktop", "reparse", "--db", str(path)]
    for after in kill_repeatedly(command, path, seed=2):
        assert after == before  # the same parser: every highlight, note and tag exactly as it was
    finished = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert finished.returncode == 0, finished.stderr
    assert "0 orphaned" in finished.stdout
    assert check(path) == before
