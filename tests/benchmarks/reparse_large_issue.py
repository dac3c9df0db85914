"""Re-parsing one very large issue: how long matching its articles and the whole re-parse take.

usage: python tests/benchmarks/reparse_large_issue.py [--articles 10000] [--workdir DIR]

Joins synthetic issues (generate_archive.py) into one file of about `--articles` articles,
imports it, and re-parses it twice: with the same parser (every article pairs by its identical
text) and with a "new parser" that adds a sentence in front of every article and changes a
character in its middle (every article pairs by similarity). Prints one line per figure.
Not collected by pytest: speed is measured here, never asserted in a unit test.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from desktop.domain.article_identity import ArticleText, match_articles  # noqa: E402
from desktop.ingest import Block, parse_text  # noqa: E402
from desktop.nlp import Segmenter  # noqa: E402
from desktop.services import library  # noqa: E402
from tests.benchmarks.generate_archive import generate  # noqa: E402


def revised(*args, **kwargs):
    parsed = parse_text(*args, **kwargs)
    for article in parsed.articles:
        if article.blocks:
            first = article.blocks[0]
            middle = len(first.text) // 2
            text = (
                "【更新】编辑补充了一句导语。"
                + first.text[:middle]
                + "改"
                + first.text[middle + 1 :]
            )
            article.blocks[0] = Block(first.type, text)
    return parsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--workdir", type=Path)
    args = parser.parse_args()
    work = args.workdir or Path(tempfile.mkdtemp(prefix="reparse-large-"))
    command = f"python tests/benchmarks/reparse_large_issue.py --articles {args.articles}"

    parts, count = [], 0
    sources = generate(work / "archive", issues=max(10, args.articles // 6))
    for path in sources:
        text = path.read_text("utf-8")
        parts.append(text)
        count += len(parse_text(text).articles)
        if count >= args.articles:
            break
    big = work / "large-issue.txt"
    big.write_text("\n\n".join(parts), "utf-8")
    started = time.perf_counter()
    parsed = parse_text(big.read_text("utf-8"))
    parse_seconds = time.perf_counter() - started
    n = len(parsed.articles)
    print(
        f"issue        {n} articles, {big.stat().st_size / 1e6:.1f} MB; parse alone "
        f"{parse_seconds:.1f} s    [{command}]"
    )

    old = [ArticleText(a.title, a.plain_text) for a in parsed.articles]
    new = [ArticleText(a.title, a.plain_text) for a in revised(big.read_text("utf-8")).articles]
    for order, target in (("in order", new), ("reversed", new[::-1])):
        started = time.perf_counter()
        matching = match_articles(old, target)
        print(
            f"matching     {n} revised articles, {order}: {time.perf_counter() - started:.2f} s, "
            f"{matching.evaluations} similarities ({len(matching.continues)} paired)    "
            f"[{command}]"
        )

    segmenter = Segmenter(work / "jieba-cache")
    segmenter.load()
    db = library.open_library(work / "library.sqlite3", segmenter)
    report = library.import_paths(db, segmenter, [big])
    assert report.count("added") == 1, report
    for name, parse in (("same parser", parse_text), ("new parser", revised)):
        started = time.perf_counter()
        library.reparse(db, segmenter, parse=parse)
        print(f"reparse      {name}: {time.perf_counter() - started:.1f} s    [{command}]")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"memory       peak {peak:.0f} MB (the whole run)    [{command}]")
    db.close()


if __name__ == "__main__":
    main()
