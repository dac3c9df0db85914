"""Starting the program: the version, the window where there is no display, odd bytes in argv."""

import os
import subprocess
import sys

import pytest

from desktop.cli import exit_codes


def _desktop(*args, env=None):
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        capture_output=True, timeout=120, env=env,
    )  # fmt: skip


def test_version_is_printed():
    result = _desktop("--version")
    assert result.returncode == 0
    assert result.stdout.decode().startswith("district-reader 0.")


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="X11 / Wayland only")
def test_without_a_display_the_window_says_how_to_run_headless(tmp_path):
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    probe = (
        "import sys; from desktop.cli import main; code = main(sys.argv[1:]); "
        "print('Qt loaded' if 'PySide6' in sys.modules else 'Qt not loaded'); sys.exit(code)"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe, "--data-dir", str(tmp_path)],
        capture_output=True, text=True, encoding="utf-8", timeout=120, env=env,
    )  # fmt: skip
    assert result.returncode == exit_codes.NO_DISPLAY
    assert result.stdout == "Qt not loaded\n"
    assert result.stderr.startswith("error: no display was found")
    assert "QT_QPA_PLATFORM=offscreen" in result.stderr and "--self-test" in result.stderr
    assert "xcb" not in result.stderr


@pytest.mark.skipif(sys.platform == "win32", reason="Windows passes argv as UTF-16")
def test_text_from_a_gbk_terminal_is_refused_with_a_message(tmp_path):
    db = tmp_path / "library.sqlite3"
    gbk = "汽车".encode("gbk")  # what a GBK terminal sends, undecodable as UTF-8
    result = _desktop(b"tags", b"create", gbk, b"--db", os.fsencode(db))
    assert result.returncode == exit_codes.BAD_INPUT
    err = result.stderr.decode()
    assert err.startswith(f"error: NAME is not UTF-8 text (its bytes: {gbk.hex(' ')}).")
    assert "Traceback" not in err


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="a file name of any bytes")
def test_a_file_named_in_another_encoding_is_refused_by_name(tmp_path, seeded_library_file):
    db = tmp_path / "library.sqlite3"
    db.write_bytes(seeded_library_file.read_bytes())
    folder = tmp_path / "papers"
    folder.mkdir()
    name = os.fsencode(folder) + b"/" + "嘉定报.txt".encode("gbk")
    with open(name, "wb") as fh:
        fh.write("嘉定报\n\n本报讯 区里开了一个会。\n".encode())
    result = _desktop(b"import", os.fsencode(folder), b"--db", os.fsencode(db))
    assert result.returncode == exit_codes.BAD_INPUT
    out = result.stdout.decode()
    assert "the file's name is not UTF-8 text" in out and "Rename the file" in out
    assert out.endswith("0 added, 0 already in the library, 1 failed\n")
