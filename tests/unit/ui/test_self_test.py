"""`--self-test`: each step says what it proved; a failing step is named with its cause, the
run exits 1, and nothing is left behind."""

import tempfile
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from desktop.ui import app
from desktop.ui.self_test import run_self_test


def leftovers() -> set[Path]:
    return set(Path(tempfile.gettempdir()).glob("district-reader-self-test-*"))


def test_a_failing_step_is_named_with_its_cause_and_exits_1(qtbot, capsys, monkeypatch):
    def no_library(_paths):
        raise RuntimeError("the disk went away")

    monkeypatch.setattr(app, "build_window", no_library)  # the step after the fonts load
    before = leftovers()
    assert run_self_test() == 1
    out, err = capsys.readouterr()
    assert out.splitlines()[0].startswith("self-test ok: start — Qt offscreen")
    assert "self-test FAILED at library: the disk went away" in err
    assert out.splitlines()[-1].startswith("self-test FAILED in ")
    assert leftovers() == before


@pytest.mark.slow  # imports the seeds and opens the window: several seconds
def test_the_self_test_passes_and_draws_the_article(qtbot, capsys, tmp_path):
    before = leftovers()
    shot = tmp_path / "self-test.png"
    assert run_self_test(shot) == 0
    out, err = capsys.readouterr()
    ok = [line.removeprefix("self-test ok: ") for line in out.splitlines() if "ok: " in line]
    assert [line.split(" — ")[0] for line in ok] == [
        "start", "library", "article", "search", "highlight", "printing",
    ]  # fmt: skip
    assert "self-test passed in" in out and err == ""
    assert not QImage(str(shot)).isNull()
    assert leftovers() == before
