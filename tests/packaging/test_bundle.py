"""Build the Linux bundle, install it as a user would, and start it through its launcher.

Slow (a few minutes: PyInstaller collects and strips Qt), still run in CI.
"""

import configparser
import os
import shlex
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle"),
]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory):
    dist = tmp_path_factory.mktemp("dist")
    work = tmp_path_factory.mktemp("work")
    build = [sys.executable, str(ROOT / "packaging" / "build.py"), "--no-archive"]
    subprocess.run(
        [*build, "--dist", str(dist), "--work", str(work)],
        check=True, capture_output=True, text=True, timeout=1200,
    )  # fmt: skip
    return dist / "district-reader"


SHELL_TOOLS = ("sh", "cp", "ln", "sed", "mkdir", "rm", "chmod", "dirname")


def bare_env(home: Path) -> dict[str, str]:
    """Nothing inherited, and a PATH with the shell tools install.sh uses but no Python."""
    tools = home.parent / "bin"
    tools.mkdir(exist_ok=True)
    for name in SHELL_TOOLS:
        found = next(p for p in (Path("/bin") / name, Path("/usr/bin") / name) if p.exists())
        (tools / name).unlink(missing_ok=True)
        (tools / name).symlink_to(found)
    return {"HOME": str(home), "PATH": str(tools)}


def test_the_bundle_runs_its_self_test_without_python(bundle, tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    shot = tmp_path / "bundle.png"
    before = sorted(p.relative_to(bundle) for p in bundle.rglob("*"))
    result = subprocess.run(
        [str(bundle / "district-reader"), "--self-test", "--screenshot", str(shot)],
        env=bare_env(home), capture_output=True, text=True, timeout=120, cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "self-test passed" in result.stdout
    assert shot.stat().st_size > 10_000
    assert list(home.iterdir()) == []  # nothing written outside the temporary library
    assert sorted(p.relative_to(bundle) for p in bundle.rglob("*")) == before  # nor in the bundle


def test_the_bundle_imports_many_files_on_worker_processes(bundle, tmp_path):
    """Enough files for worker processes: in a frozen bundle they start the bundle's own
    executable, which must turn into a worker (multiprocessing.freeze_support)."""
    from desktop.services.preparing import PARALLEL_FROM
    from tests.helpers.issues import new_issues

    home = tmp_path / "home"
    home.mkdir()
    count = PARALLEL_FROM + 3
    inbox = new_issues(tmp_path / "inbox", count)
    result = subprocess.run(
        [str(bundle / "district-reader"), "import", str(inbox), "--db", str(tmp_path / "l.db")],
        env=bare_env(home), capture_output=True, text=True, timeout=300, cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert f"{count} added, 0 already in the library, 0 failed" in result.stdout
    # No fallback to this process ("preparing on this process only", "the preparing workers
    # stopped"): the workers started and did the work.
    assert "preparing" not in result.stderr, result.stderr


def test_install_then_the_launchers_exec_line_starts_the_app(bundle, tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    env = bare_env(home)
    subprocess.run(
        ["sh", str(bundle / "install.sh")], env=env, check=True, capture_output=True, timeout=120
    )
    desktop = home / ".local/share/applications/district-reader.desktop"
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(desktop, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Name[zh_CN]"] == "区报阅读" and section["Name"] == "District Reader"
    assert section["Icon"] == "district-reader" and section["StartupWMClass"] == "district-reader"
    assert (home / ".local/share/icons/hicolor/256x256/apps/district-reader.png").exists()
    executable = shlex.split(section["Exec"])[0]  # quoted: the path may hold spaces
    assert executable == str(home / ".local/opt/district-reader/district-reader")

    result = subprocess.run(
        [executable, "--self-test"], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    version = subprocess.run(
        [executable, "--version"], env=env, capture_output=True, text=True, timeout=120
    )
    assert version.stdout.strip() == f"district-reader {metadata.version('district-reader')}"

    subprocess.run(
        ["sh", str(home / ".local/opt/district-reader/uninstall.sh")],
        env=env,
        check=True,
        capture_output=True,
    )
    assert not desktop.exists() and not Path(executable).exists()
    assert os.listdir(home / ".local/share/applications") == []
