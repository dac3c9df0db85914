"""Score the parser on the labelled corpus:
`python tests/corpus/score.py [--set dev|heldout|blind|blind2|all] [--variants]`.

Each issue is STEM.txt (the raw text) and STEM.json (what a perfect parser returns: paper, date,
and per article kind, section, column, kicker, title, subtitle, authors, source, the first and
last 12 characters of the repaired body, and the pages it jumps to and from). Parsed articles
are matched to expected ones by title (width and spaces normalised), else by the first 12
characters of the body. Figures:
article recall and precision, body bounds (first and last 12 characters both right, over the
expected articles that have a body), authors (the exact list, over all expected articles), and
per file the paper and the paper with the month. `--variants` also scores every file
hard-wrapped at widths 20 to 40 (with and without a blank line after each line) and re-encoded
(GB18030, UTF-16, CRLF).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))

from desktop.ingest import IngestError, ParsedArticle, ParsedIssue, parse_bytes  # noqa: E402
from desktop.ingest.text import clean_text  # noqa: E402
from tests.corpus.variants import encoded, wrapped  # noqa: E402

CORPUS = Path(__file__).resolve().parent / "parser"
# dev: what the parser was written on; heldout: another writer's, studied since; blind and
# blind2: papers in neither, written without seeing the parser, scored only to report.
SETS = ("dev", "heldout", "blind", "blind2")
_DATELINE_WORD = "本报讯"


@dataclass(frozen=True)
class Case:
    stem: str
    text: str
    expected: dict


@dataclass
class Tally:
    expected: int = 0
    parsed: int = 0
    matched: int = 0
    with_body: int = 0
    bounds: int = 0
    authors: int = 0
    files: int = 0
    paper: int = 0
    paper_month: int = 0

    def add(self, other: Tally) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def figures(self) -> dict[str, float]:
        def ratio(a: int, b: int) -> float:
            return a / b if b else 1.0

        return {
            "recall": ratio(self.matched, self.expected),
            "precision": ratio(self.matched, self.parsed),
            "bounds": ratio(self.bounds, self.with_body),
            "authors": ratio(self.authors, self.expected),
            "paper": ratio(self.paper, self.files),
            "paper+month": ratio(self.paper_month, self.files),
        }


def load(which: str, root: Path = CORPUS) -> list[Case]:
    folder = root / which
    cases = []
    for meta in sorted(folder.glob("*.json")):
        txt = meta.with_suffix(".txt")
        if txt.exists():
            cases.append(
                Case(meta.stem, txt.read_text("utf-8"), json.loads(meta.read_text("utf-8")))
            )
    return cases


def _norm(s: str | None) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def _body(article: ParsedArticle) -> tuple[str, str]:
    if not article.blocks:
        return "", ""
    return clean_text(article.blocks[0].text), clean_text(article.blocks[-1].text)


def _first_right(article: ParsedArticle, want: str) -> bool:
    first, _ = _body(article)
    if first.startswith(_DATELINE_WORD):  # `本报讯` may stay as the first paragraph's start
        return first[:12] == want or first[3:].lstrip()[:12] == want
    return first[:12] == want


def _match(expected: list[dict], parsed: list[ParsedArticle]) -> list[int | None]:
    """For each expected article, the index of the parsed article it matches, or None."""
    taken: set[int] = set()
    found: list[int | None] = []
    for want in expected:
        hit = None
        for i, got in enumerate(parsed):
            if i in taken:
                continue
            if want["title"] and _norm(got.title) == _norm(want["title"]):
                hit = i
                break
        if hit is None and want["first"]:
            hit = next(
                (
                    i
                    for i, got in enumerate(parsed)
                    if i not in taken and _first_right(got, want["first"])
                ),
                None,
            )
        if hit is not None:
            taken.add(hit)
        found.append(hit)
    return found


def score_issue(issue: ParsedIssue, expected: dict) -> Tally:
    wanted = expected["articles"]
    tally = Tally(expected=len(wanted), parsed=len(issue.articles), files=1)
    for want, hit in zip(wanted, _match(wanted, issue.articles), strict=True):
        if want["first"]:
            tally.with_body += 1
        if hit is None:
            continue
        got = issue.articles[hit]
        tally.matched += 1
        _, last = _body(got)
        if want["first"] and _first_right(got, want["first"]) and last[-12:] == want["last"]:
            tally.bounds += 1
        tally.authors += got.authors == want["authors"]
    paper_right = issue.paper == expected["paper"]
    tally.paper += paper_right
    month = (expected["date"] or "")[:7] or None
    tally.paper_month += paper_right and ((issue.date or "")[:7] or None) == month
    return tally


def parse_copy(data: bytes, case: Case) -> ParsedIssue:
    """The parse of one copy; a copy the app refuses to read counts as an issue with nothing."""
    try:
        return parse_bytes(data, f"{case.stem}.txt")
    except IngestError:
        return ParsedIssue(f"{case.stem}.txt", "", "", None, None, [])


def score(cases: Iterable[Case], make: Callable[[Case], Iterable[bytes]]) -> Tally:
    total = Tally()
    for case in cases:
        for data in make(case):
            total.add(score_issue(parse_copy(data, case), case.expected))
    return total


def explain(case: Case) -> None:
    """What the parser made of one file, expected article by expected article."""
    issue = parse_copy(case.text.encode("utf-8"), case)
    print(
        f"== {case.stem}: paper {issue.paper!r} (want {case.expected['paper']!r}), "
        f"date {issue.date!r} (want {case.expected['date']!r})"
    )
    wanted = case.expected["articles"]
    hits = _match(wanted, issue.articles)
    for want, hit in zip(wanted, hits, strict=True):
        if hit is None:
            print(f"  MISSED {want['title']!r} first {want['first']!r}")
            continue
        got = issue.articles[hit]
        first, last = _body(got)
        marks = []
        if want["first"] and not (_first_right(got, want["first"]) and last[-12:] == want["last"]):
            marks.append(
                f"bounds {first[:12]!r}..{last[-12:]!r} want {want['first']!r}..{want['last']!r}"
            )
        if got.authors != want["authors"]:
            marks.append(f"authors {got.authors} want {want['authors']}")
        print(f"  {'ok' if not marks else '--'} {want['title']!r} {'; '.join(marks)}")
    for i, got in enumerate(issue.articles):
        if i not in hits:
            print(f"  EXTRA {got.kind} {got.title!r} {_body(got)[0][:20]!r}")


VARIANTS: dict[str, Callable[[Case], Iterable[bytes]]] = {
    "original": lambda c: [c.text.encode("utf-8")],
    "wrapped": lambda c: [t.encode("utf-8") for _, t in wrapped(c.text)],
    "re-encoded": lambda c: [data for _, data in encoded(c.text)],
}


def main(argv: list[str] | None = None) -> int:
    args = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    args.add_argument("--set", choices=[*SETS, "all"], default="dev")
    args.add_argument("--variants", action="store_true", help="also wrapped and re-encoded copies")
    args.add_argument(
        "--explain", metavar="STEM", help="show one file's articles ('all': the set's files)"
    )
    args.add_argument("--root", type=Path, default=CORPUS, help="the folder holding dev/, heldout/")
    opts = args.parse_args(argv)
    names = SETS if opts.set == "all" else (opts.set,)
    if opts.explain:
        for case in (c for name in names for c in load(name, opts.root)):
            if opts.explain in ("all", case.stem):
                explain(case)
        return 0
    kinds = list(VARIANTS) if opts.variants else ["original"]
    header = f"{'set':8} {'copies':11} {'files':>5} {'articles':>8} " + " ".join(
        f"{k:>11}" for k in Tally().figures()
    )
    print(header)
    for name in names:
        cases = load(name, opts.root)
        for kind in kinds:
            tally = score(cases, VARIANTS[kind])
            figures = " ".join(f"{v:>11.3f}" for v in tally.figures().values())
            print(f"{name:8} {kind:11} {tally.files:>5} {tally.expected:>8} {figures}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
