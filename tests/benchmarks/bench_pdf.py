"""The PDF import benchmark: a 20-page e-paper PDF, read and parsed as `parse FILE` does.

usage: python tests/benchmarks/bench_pdf.py [--pages 20] [--columns 6] [--runs 3]

Each page is a page header and the labelled corpus's stories in turn, in six columns, as much
as fits a page. Prints the PDF's size, the characters and lines read, the articles parsed,
and the best and median seconds of the runs for reading (PDFium, lines, reading order) and
for reading and parsing together.
Not collected by pytest: speed is measured here, never asserted in a unit test.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from desktop.ingest.lines import parse_lines  # noqa: E402
from desktop.ingest.pdf import read_pdf  # noqa: E402
from tests.helpers.pdfs import Layout, Page, Story, corpus_issues, corpus_pages, render  # noqa: E402

CHARS_PER_PAGE = 2400  # what fits a page of six columns: about 2,000 characters of text


def _stories() -> list[Story]:
    """The corpus's stories, each with the text of the next two as more paragraphs: a text
    page's stories are longer than a front page's."""
    found: list[Story] = []
    for issue in corpus_issues():
        for page in corpus_pages(issue.text, issue.expected):
            found += [s for s in page.stories if s.heads and s.paragraphs]
    return [
        Story(s.heads, [p for t in found[k : k + 3] for p in t.paragraphs])
        for k, s in enumerate(found)
    ]


def make_pdf(pages: int, columns: int) -> bytes:
    stories = _stories()
    out: list[Page] = []
    k = 0
    for n in range(1, pages + 1):
        page = Page(header=["嘉定报 2023年05月16日", f"第{n:02d}版：要闻"])
        used = 0
        while used < CHARS_PER_PAGE:
            story = stories[k % len(stories)]
            k += 1
            page.stories.append(story)
            used += sum(len(p) for p in story.paragraphs) + 60 * len(story.heads)
        out.append(page)
    return render(out, Layout(columns))


def main(argv: list[str] | None = None) -> int:
    args = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    args.add_argument("--pages", type=int, default=20)
    args.add_argument("--columns", type=int, default=6)
    args.add_argument("--runs", type=int, default=3)
    opts = args.parse_args(argv)
    pdf = make_pdf(opts.pages, opts.columns)
    reads, totals = [], []
    for _ in range(opts.runs):
        start = time.perf_counter()
        lines = read_pdf(pdf, "bench.pdf")
        read = time.perf_counter()
        issue = parse_lines(lines, source="bench.pdf", sha256="", encoding="pdf")
        done = time.perf_counter()
        reads.append(read - start)
        totals.append(done - start)
    chars = sum(len(x.text) for x in lines)
    print(f"pdf: {opts.pages} pages, {opts.columns} columns, {len(pdf) / 1024:.0f} KB")
    print(f"read: {chars} characters in {len(lines)} lines, {len(issue.articles)} articles")
    print(f"read_pdf: best {min(reads):.2f} s, median {statistics.median(reads):.2f} s")
    print(
        f"read_pdf + parse_lines: best {min(totals):.2f} s, "
        f"median {statistics.median(totals):.2f} s (target: under 5 s)"
    )
    print(f"command: python tests/benchmarks/bench_pdf.py --pages {opts.pages}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
