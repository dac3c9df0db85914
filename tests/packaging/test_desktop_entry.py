"""The Linux launcher as install.sh writes it: valid for desktop-file-validate, its Exec quoted
so a space in the install path cannot split it, and able to open issue files (%F, text/plain)."""

import os
import shlex
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux launcher")


def fake_bundle(folder: Path) -> Path:
    """An unpacked bundle as build.py lays it out, with a stand-in program."""
    bundle = folder / "district-reader"
    icons = bundle / "share" / "icons"
    icons.mkdir(parents=True)
    program = bundle / "district-reader"
    program.write_text("#!/bin/sh\nexit 0\n")
    program.chmod(program.stat().st_mode | stat.S_IXUSR)
    shutil.copy(ROOT / "packaging" / "linux" / "district-reader.desktop", bundle / "share")
    for script in ("install.sh", "uninstall.sh"):
        shutil.copy(ROOT / "packaging" / "linux" / script, bundle / script)
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        shutil.copy(ROOT / "packaging" / "icons" / f"district-reader-{size}.png", icons)
    shutil.copy(ROOT / "resources" / "icons" / "district-reader.svg", icons)
    return bundle


def test_the_installed_launcher_is_valid_quoted_and_opens_issue_files(tmp_path):
    validate = shutil.which("desktop-file-validate")
    if validate is None:
        if os.environ.get("CI"):
            pytest.fail("desktop-file-validate is missing: .ci/run installs desktop-file-utils")
        pytest.skip("desktop-file-validate is not installed (Debian: desktop-file-utils)")
    home = tmp_path / "my home"  # a space in every path the launcher names
    bundle = fake_bundle(tmp_path / "un packed")
    env = {"HOME": str(home), "PATH": os.environ["PATH"]}
    subprocess.run(["sh", str(bundle / "install.sh")], check=True, env=env, capture_output=True)
    entry = home / ".local" / "share" / "applications" / "district-reader.desktop"
    result = subprocess.run([validate, str(entry)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr

    fields = dict(
        line.split("=", 1) for line in entry.read_text("utf-8").splitlines() if "=" in line
    )
    program = str(home / ".local" / "opt" / "district-reader" / "district-reader")
    assert shlex.split(fields["Exec"]) == [program, "open", "%F"]
    assert fields["TryExec"] == program
    assert "text/plain" in fields["MimeType"].split(";")
