"""The PDF import benchmark: a 20-page e-paper PDF, read and parsed as `parse FILE` does.

usage: python tests/benchmarks/bench_pdf.py [--pages 20] [--columns 6] [--runs 3]
       python tests/benchmarks/bench_pdf.py --score

With --score, prints instead the corpus scorer's figures for the labelled dev issues as text,
as PDFs in 3, 4, 5 and 6 columns and with a two-column sidebar, and as saved web pages.

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

from desktop.ingest import parse_text  # noqa: E402
from desktop.ingest.html import group_issues  # noqa: E402
from desktop.ingest.lines import parse_lines  # noqa: E402
from desktop.ingest.pdf import read_pdf  # noqa: E402
from tests.corpus.score import Tally, score_issue  # noqa: E402
from tests.helpers.pdfs import (  # noqa: E402
    Layout,
    Page,
    Story,
    corpus_issues,
    corpus_pages,
    corpus_pdf,
    printable,
    render,
)

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


def score_copies() -> None:
    from tests.unit.ingest.test_html import ISSUES, _corpus_pages

    def row(name: str, parsed) -> None:
        tally = Tally()
        for issue, got in zip(ISSUES, parsed, strict=True):
            tally.add(score_issue(got, issue.expected))
        print(f"{name:24} " + " ".join(f"{v:>11.3f}" for v in tally.figures().values()))

    print(f"{'dev issues as':24} " + " ".join(f"{k:>11}" for k in Tally().figures()))
    row("text", [parse_text(i.text) for i in ISSUES])
    row("text, printable", [parse_text(printable(i.text)) for i in ISSUES])
    for layout in [Layout(c) for c in (3, 4, 5, 6)] + [Layout(6, sidebar=True)]:
        name = f"pdf, {layout.columns} columns" + (" + sidebar" if layout.sidebar else "")
        row(name, [_parse_pdf(corpus_pdf(i, layout)) for i in ISSUES])
    pages = [next(group_issues(_corpus_pages(n))) for n in range(len(ISSUES))]
    row("saved pages", [parse_lines(p.lines, source="", sha256="", encoding="html") for p in pages])


def _parse_pdf(pdf: bytes):
    return parse_lines(read_pdf(pdf, "x.pdf"), source="x.pdf", sha256="", encoding="pdf")


def main(argv: list[str] | None = None) -> int:
    args = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    args.add_argument("--pages", type=int, default=20)
    args.add_argument("--columns", type=int, default=6)
    args.add_argument("--runs", type=int, default=3)
    args.add_argument("--score", action="store_true", help="corpus figures, not timings")
    opts = args.parse_args(argv)
    if opts.score:
        score_copies()
        return 0
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
