"""Folders that refuse writes, for real: a tiny filesystem that fills up, a read-only one.

As root, permissions do not stop writes, so a tmpfs is mounted (and remounted read-only);
without root, a folder's mode does the job. Where neither can be had, the test is skipped."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def _mount(*args: str) -> bool:
    if shutil.which("mount") is None:
        return False
    result = subprocess.run(["mount", *args], capture_output=True, check=False)
    return result.returncode == 0


@contextmanager
def tiny_filesystem(where: Path, size_kb: int) -> Iterator[Path]:
    """A filesystem of `size_kb` at `where` (root only): writing past it fails with ENOSPC."""
    where.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0 or not _mount(
        "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", str(where)
    ):
        pytest.skip("a tiny filesystem needs root and tmpfs")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


@contextmanager
def read_only_folder(where: Path, fill: dict[str, bytes]) -> Iterator[Path]:
    """A folder holding `fill` (name → content) that nothing can write to."""
    where.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0:
        for name, content in fill.items():
            (where / name).write_bytes(content)
        where.chmod(0o555)
        try:
            yield where
        finally:
            where.chmod(0o755)
        return
    if not _mount("-t", "tmpfs", "-o", "size=64m", "tmpfs", str(where)):
        pytest.skip("a read-only folder as root needs tmpfs")
    try:
        for name, content in fill.items():
            (where / name).write_bytes(content)
        if not _mount("-o", "remount,ro", str(where)):
            pytest.skip("the tmpfs could not be made read-only")
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)
