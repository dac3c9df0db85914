"""Install District Reader as `pip install .` does, into a fresh virtual environment, and start
it from there: the self-test, and the window through the `district-reader` command, headless.
Before resources/ and seeds/ went into the wheel, such an install could not start at all.

Slow (a new environment gets Qt and the other dependencies from pip's cache), still run in CI.
"""

import os
import signal
import sqlite3
import subprocess
import sys
import time
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_every_package_of_the_source_tree_is_listed_for_the_wheel():
    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"][
            "packages"
        ]
    )
    in_tree = {
        ".".join(folder.relative_to(ROOT).parts)
        for folder in (ROOT / "desktop").rglob("*")
        if folder.is_dir() and any(folder.glob("*.py"))
    } | {"desktop"}
    assert in_tree <= listed, f"add to pyproject.toml's packages: {sorted(in_tree - listed)}"


@pytest.fixture(scope="module")
def venv(tmp_path_factory):
    work = tmp_path_factory.mktemp("wheel")
    build = [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(work / "dist")]
    subprocess.run([*build, str(ROOT)], check=True, capture_output=True, timeout=600)
    (wheel,) = (work / "dist").glob("district_reader-*.whl")
    env = work / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(env)], check=True, timeout=300)
    python = env / ("Scripts" if os.name == "nt" else "bin") / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", str(wheel)],
        check=True, capture_output=True, timeout=1200,
    )  # fmt: skip
    return env


def scripts(env: Path) -> Path:
    return env / ("Scripts" if os.name == "nt" else "bin")


def run_outside_checkout(command, tmp_path, **kw):
    """From a folder that is not the checkout, so nothing is found there by accident."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": ""}
    return subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True, **kw)


@pytest.mark.slow
def test_the_installed_program_finds_its_bundled_files_and_passes_its_self_test(venv, tmp_path):
    where = run_outside_checkout(
        [str(scripts(venv) / "python"), "-c",
         "import desktop.resources as r; print(r.resource_path('topics.json')); "
         "print(len(r.seed_files()))"],
        tmp_path, timeout=120,
    )  # fmt: skip
    topics, seeds = where.stdout.split()
    assert Path(topics).is_file() and Path(venv) in Path(topics).parents
    assert seeds == "5"
    result = run_outside_checkout(
        [str(scripts(venv) / "python"), "-m", "desktop", "--self-test"], tmp_path, timeout=300
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "bundled fonts registered" in result.stdout


@pytest.mark.slow
def test_the_installed_command_opens_the_window_on_the_samples_and_loads_jieba(venv, tmp_path):
    home = tmp_path / "home"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": ""}
    window = subprocess.Popen(
        [str(scripts(venv) / "district-reader"), "--data-dir", str(home)],
        cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    log = home / "logs" / "district-reader.log"
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and window.poll() is None:
        if log.exists() and "language tools ready" in log.read_text("utf-8"):
            break
        time.sleep(0.2)
    assert window.poll() is None, window.communicate()
    window.send_signal(signal.SIGTERM)  # as logging out does: the window closes and saves
    out, err = window.communicate(timeout=60)
    assert window.returncode == 0, out + err
    text = log.read_text("utf-8")
    assert "window shown" in text and "language tools ready" in text
    assert "ERROR" not in text and "Traceback" not in text, text
    with sqlite3.connect(home / "data" / "library.sqlite3") as conn:
        assert conn.execute("SELECT COUNT(*) FROM issue").fetchone()[0] == 5
    assert (home / "config" / "settings.ini").exists()  # the window saved its state on the way out
