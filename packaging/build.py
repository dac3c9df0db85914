"""Build District Reader for this OS in one command: `python packaging/build.py`.

Needs PyInstaller (`pip install -e '.[build]'`). Produces dist/district-reader/ (a
self-contained onedir bundle; on macOS also dist/District Reader.app) and, on Linux, the
launcher, icons and install scripts inside it, plus
dist/district-reader-<version>-linux-<arch>.tar.xz.
Prints the bundle's size, the archive's size and the build time.
"""

from __future__ import annotations

import argparse
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def add_linux_integration(bundle: Path) -> None:
    share = bundle / "share"
    icons = share / "icons"
    icons.mkdir(parents=True, exist_ok=True)
    for png in (PACKAGING / "icons").glob("district-reader-*.png"):
        shutil.copy2(png, icons / png.name)
    shutil.copy2(
        ROOT / "resources" / "icons" / "district-reader.svg", icons / "district-reader.svg"
    )
    shutil.copy2(PACKAGING / "linux" / "district-reader.desktop", share / "district-reader.desktop")
    for script in ("install.sh", "uninstall.sh"):
        shutil.copy2(PACKAGING / "linux" / script, bundle / script)
        (bundle / script).chmod(0o755)


def version() -> str:
    import tomllib

    return tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]


def pack(bundle: Path, dist: Path) -> Path:
    archive = dist / f"district-reader-{version()}-linux-{platform.machine()}.tar.xz"
    with tarfile.open(archive, "w:xz", preset=6) as tar:
        tar.add(bundle, arcname=bundle.name)
    return archive


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the bundle goes")
    parser.add_argument(
        "--work", type=Path, default=ROOT / "build", help="PyInstaller's work folder"
    )
    parser.add_argument("--no-archive", action="store_true", help="skip the .tar.xz (Linux)")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", str(PACKAGING / "district-reader.spec"),
         "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", str(args.dist), "--workpath", str(args.work)],
        check=True, cwd=ROOT,
    )  # fmt: skip
    bundle = args.dist / "district-reader"
    archive = None
    if sys.platform.startswith("linux"):
        add_linux_integration(bundle)
        if not args.no_archive:
            archive = pack(bundle, args.dist)
    elapsed = time.perf_counter() - started

    print(f"bundle:   {bundle}  {folder_size(bundle) / 1e6:.0f} MB unpacked")
    if archive is not None:
        print(f"archive:  {archive}  {archive.stat().st_size / 1e6:.0f} MB")
    print(f"built in {elapsed:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
