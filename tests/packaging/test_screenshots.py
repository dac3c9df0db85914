"""The README's screenshots are made by a script: it must keep working as the window changes."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow  # a fresh process imports the seeds and loads jieba
def test_the_screenshot_script_draws_the_window_at_both_sizes_in_both_themes(tmp_path):
    script = ROOT / "packaging" / "screenshots" / "make_screenshots.py"
    subprocess.run(
        [sys.executable, str(script), str(tmp_path)],
        check=True, capture_output=True, text=True, timeout=600,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    sizes = {}
    for theme in ("light", "dark"):
        for suffix, size in (("", (1600, 1000)), ("-1000x700", (1000, 700))):
            image = QImage(str(tmp_path / f"window-{theme}{suffix}.png"))
            sizes[theme, suffix] = (image.width(), image.height())
            assert sizes[theme, suffix] == size
    light = QImage(str(tmp_path / "window-light.png")).pixelColor(320, 300).lightness()
    dark = QImage(str(tmp_path / "window-dark.png")).pixelColor(320, 300).lightness()
    assert light > 128 > dark  # the reader's margin in each theme
