"""A damaged library is never written to: the quick check on open refuses it (the window then
offers a backup, read-only or another library), and the full check, which the window runs in
the background, finds what the quick one leaves out."""

import random
import shutil
import sqlite3
import threading

import pytest

from desktop.services import library
from desktop.store.database import open_database, open_read_only
from desktop.store.errors import ErrorCode, LibraryDamagedError
from desktop.store.integrity import IntegrityCheck
from tests.helpers.filesystems import read_only_folder

PAGE = 4096


def _sqlite_says_whole(path):
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [row[0] for row in conn.execute("PRAGMA integrity_check")] == ["ok"]
    except sqlite3.DatabaseError:
        return False
    finally:
        conn.close()


def _flipped_copies(seeded_library_file, folder, count, seed):
    """Copies of the seeded library with one bit flipped where the file's structure is: in a
    page's b-tree header or cell pointers (a flip in the text of an article is invisible to any
    check, and harmless to the file)."""
    data = seeded_library_file.read_bytes()
    pages = len(data) // PAGE
    rng = random.Random(seed)
    for n in range(count):
        position = rng.randrange(1, pages) * PAGE + rng.randrange(0, 16)
        flipped = bytearray(data)
        flipped[position] ^= 1 << rng.randrange(8)
        path = folder / f"flipped-{n}-at-{position}.sqlite3"
        path.write_bytes(bytes(flipped))
        yield path


# One seed is the fast cover; the second set of flips is robustness, run with the slow tests.
@pytest.mark.parametrize("seed", [1, pytest.param(2, marks=pytest.mark.slow)])
def test_bit_flipped_libraries_that_fail_the_check_are_never_opened_for_writing(
    tmp_path, seeded_library_file, seed
):
    damaged = 0
    for path in _flipped_copies(seeded_library_file, tmp_path, 40, seed):
        before = path.read_bytes()
        if _sqlite_says_whole(path):
            open_database(path).close()  # a flip the file survives: it opens as ever
            continue
        damaged += 1
        with pytest.raises(LibraryDamagedError) as info:
            open_database(path)
        assert info.value.code is ErrorCode.DAMAGED, path.name
        assert "is damaged" in info.value.problem and "backup" in info.value.advice
        assert path.read_bytes() == before, path.name  # not a byte written
        assert not path.with_name(path.name + "-wal").exists()
    assert damaged >= 4  # the seeds above damage most copies: the test proves something


def test_the_full_check_reports_each_damaged_copy(tmp_path, seeded_library_file):
    for path in _flipped_copies(seeded_library_file, tmp_path, 8, seed=3):
        whole = _sqlite_says_whole(path)
        try:
            result = IntegrityCheck(path).run()
        except LibraryDamagedError:
            assert not whole  # too damaged to be read at all: said as the same error
            continue
        assert result.complete and result.ok == whole, path.name
        if not whole:
            assert result.problems and result.error(path).code is ErrorCode.DAMAGED


def _index_out_of_step(path):
    """An index whose entries no longer agree with its table: the quick check does not look
    at that, the full check does."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute(
        "UPDATE sqlite_master SET sql = "
        "'CREATE INDEX issue_listing ON issue(source_name, date, sha256, paper_id)' "
        "WHERE name = 'issue_listing'"
    )
    conn.close()


def test_the_full_check_finds_what_the_quick_check_leaves_out(tmp_path, seeded_library_file):
    path = tmp_path / "library.sqlite3"
    shutil.copyfile(seeded_library_file, path)
    _index_out_of_step(path)
    db = open_database(path)  # the quick check passes: the pages themselves are sound
    try:
        assert library.stats(db).issues == 5
        result = IntegrityCheck(path).run()  # while the library is open, as the window does
    finally:
        db.close()
    assert result.complete and not result.ok
    assert any("issue_listing" in problem for problem in result.problems)


def test_the_full_check_of_a_whole_library(tmp_path, seeded_library_file):
    path = tmp_path / "library.sqlite3"
    shutil.copyfile(seeded_library_file, path)
    result = IntegrityCheck(path).run()
    assert result.ok and result.complete and result.problems == ()


def test_a_cancelled_full_check_says_it_did_not_finish(tmp_path, seeded_library_file):
    path = tmp_path / "library.sqlite3"
    shutil.copyfile(seeded_library_file, path)
    check = IntegrityCheck(path)
    check.cancel()  # before it started, as a window closed at once does
    result = check.run()
    assert not result.complete and result.ok
    results = []
    worker = threading.Thread(target=lambda: results.append(IntegrityCheck(path).run()))
    worker.start()
    worker.join()  # a check on a worker thread, not cancelled, runs to the end
    assert [(r.ok, r.complete) for r in results] == [(True, True)]


def test_the_full_check_of_a_library_in_a_read_only_folder(tmp_path, seeded_library_file):
    content = {"library.sqlite3": seeded_library_file.read_bytes()}
    with read_only_folder(tmp_path / "ro", content) as folder:
        db = open_read_only(folder / "library.sqlite3")  # as the window opens it there
        try:
            result = IntegrityCheck(db.path).run()
        finally:
            db.close()
    assert result.ok and result.complete
