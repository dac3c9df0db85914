"""The copies of an issue a user may have instead of the original: hard-wrapped at a width
(with or without a blank line after every line) or saved in another encoding."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

from desktop.ingest import ParsedIssue

WIDTHS = range(20, 41)


def _cells(ch: str) -> float:
    return 1.0 if unicodedata.east_asian_width(ch) in ("W", "F") else 0.5


def hard_wrap(text: str, width: int, *, blank_after: bool = False) -> str:
    """Cut every line into pieces at most `width` cells wide, as a print layout does."""
    out: list[str] = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            out.append("")
            continue
        piece, used = "", 0.0
        for ch in line:
            if piece and used + _cells(ch) > width:
                out.append(piece.strip())
                piece, used = "", 0.0
            piece += ch
            used += _cells(ch)
        if piece.strip():
            out.append(piece.strip())
    return ("\n\n" if blank_after else "\n").join(out)


def wrapped(text: str) -> Iterator[tuple[str, str]]:
    """(name, text) for every width from 20 to 40 cells, with and without blank lines."""
    for width in WIDTHS:
        for blank in (False, True):
            name = f"wrap{width}{'+blank' if blank else ''}"
            yield name, hard_wrap(text, width, blank_after=blank)


def encoded(text: str) -> Iterator[tuple[str, bytes]]:
    """(name, bytes): GB18030, UTF-16 with its BOM, and UTF-8 with CRLF line ends."""
    yield "gb18030", text.encode("gb18030")
    yield "utf-16", text.encode("utf-16")
    yield "crlf", text.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")


def same_articles(issue: ParsedIssue) -> list[tuple]:
    """What a copy must keep of an issue: each article's kind, headline, people and text.

    Paragraph breaks are left out: where a wrap falls at a sentence's end, two paragraphs of
    the original may become one, and that is no different article."""

    def squeeze(s: str | None) -> str:
        return "".join((s or "").split())

    return [
        (
            a.kind,
            squeeze(a.kicker),
            squeeze(a.title),
            squeeze(a.subtitle),
            tuple(a.authors),
            squeeze("".join(b.text for b in a.blocks)),
            a.continued_to,
            a.continued_from,
        )
        for a in issue.articles
    ]
