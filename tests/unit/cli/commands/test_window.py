"""open: the window, and what happens where there is no display."""

import os
import subprocess
import sys

import pytest

from desktop.cli import exit_codes
from desktop.cli.commands.window import no_display

DISPLAY_VARIABLES = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="X11 / Wayland only")
@pytest.mark.parametrize("variable", DISPLAY_VARIABLES)
def test_any_display_variable_is_a_display(monkeypatch, variable):
    for name in DISPLAY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    assert no_display()
    monkeypatch.setenv(variable, "offscreen" if variable == "QT_QPA_PLATFORM" else ":0")
    assert not no_display()


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="X11 / Wayland only")
@pytest.mark.parametrize("args", [[], ["open"]], ids=["no-command", "open"])
def test_without_a_display_the_window_says_how_to_run_headless_in_process(
    cli, monkeypatch, tmp_path, args
):
    for name in DISPLAY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    code, out, err = cli(*args, "--data-dir", str(tmp_path))
    assert code == exit_codes.NO_DISPLAY
    assert out == ""
    assert err.startswith("error: no display was found")
    assert "QT_QPA_PLATFORM=offscreen" in err and "--self-test" in err
    assert not list(tmp_path.iterdir())  # no library was made for a window that did not open


@pytest.mark.slow
@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="X11 / Wayland only")
def test_without_a_display_the_window_says_how_to_run_headless(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in DISPLAY_VARIABLES}
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
