"""A synthetic archive in the seeds' raw style, for the benchmark.

usage: python tests/benchmarks/generate_archive.py OUT_DIR [--issues 3000] [--seed 20261122]

Each issue recombines runs of the seeds' raw lines (their layout damage included: hard wraps,
column breaks, stray spaces, bylines in every position) from two to four seed issues, with
its dates, years and district names varied so that issues differ and span years and papers.
Deterministic: the same seed gives the same files.
"""

from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DISTRICTS = ("嘉定", "青浦", "松江", "闵行", "宝山")
_DAY = re.compile(r"(\d{1,2})(\s*)月(\s*)(\d{1,2})(\s*)日")
_YEAR = re.compile(r"(20\d\d)(\s*)年")


def _runs(text: str) -> list[list[str]]:
    """A seed's lines in runs of about an article each (split at blank-line gaps of 3+ lines
    or every ~24 lines), so recombined issues keep articles mostly whole."""
    lines = text.split("\n")
    runs, current = [], []
    for line in lines:
        current.append(line)
        if len(current) >= 24 and not line.strip():
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


def generate(out_dir: Path, issues: int = 3000, seed: int = 20261122) -> list[Path]:
    rnd = random.Random(seed)
    seeds = [p.read_text("utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    runs = [_runs(text) for text in seeds]
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(issues):
        year = rnd.randint(2014, 2025)
        month = rnd.randint(1, 12)
        district = rnd.choice(DISTRICTS)
        parts = []
        for source in rnd.sample(range(len(seeds)), rnd.randint(2, 3)):
            chosen = runs[source]
            start = rnd.randrange(len(chosen))
            parts.extend(chosen[start : start + rnd.randint(2, 4)])
        text = "\n".join(line for part in parts for line in part)
        text = _DAY.sub(lambda m, mo=month: f"{mo}{m[2]}月{m[3]}{rnd.randint(1, 28)}{m[5]}日", text)
        text = _YEAR.sub(lambda m, y=year: f"{y}{m[2]}年", text)
        text = text.replace("嘉定", district)
        text += f"\n\n（第{number}期 {year}年{month}月）\n"
        path = out_dir / f"{year}-{month:02d}-{number:05d}.txt"
        path.write_text(text, "utf-8")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--issues", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=20261122)
    args = parser.parse_args()
    paths = generate(args.out_dir, args.issues, args.seed)
    size = sum(p.stat().st_size for p in paths)
    print(f"{len(paths)} issues, {size / 1e6:.1f} MB in {args.out_dir}")


if __name__ == "__main__":
    main()
