"""Issue files the library does not have yet: the seeds again, each with a numbered line that
makes its content (and so its hash) new."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from desktop.resources import seed_files


def new_issues(folder: Path, count: int, seeds: Sequence[Path] | None = None) -> Path:
    """`count` files named issue-NNN.txt in `folder` (made here), cycling through `seeds`."""
    folder.mkdir(parents=True, exist_ok=True)
    texts = [p.read_text("utf-8") for p in (seeds or seed_files())]
    for n in range(count):
        (folder / f"issue-{n:03}.txt").write_text(f"第{n}期\n{texts[n % len(texts)]}", "utf-8")
    return folder
