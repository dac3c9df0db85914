""" "Nothing lost": every non-whitespace character of the input is carried by the output.

Only the fields that hold printed text count: the headline lines, the blocks and the printed
markers. The fields derived from them (paper, date, authors, source, section, page numbers)
repeat characters of the input and would otherwise hide a marker the parser dropped (a lost
`(上接第1版)` still "has" its `1` in `continued_from`).
"""

from __future__ import annotations

from collections import Counter

from desktop.ingest import ParsedIssue
from desktop.ingest.text import FOLD


def _chars(text: str) -> Counter[str]:
    # The parser makes `,` in Chinese text `，`: compare with that folded back.
    return Counter(FOLD.get(c, c) for c in text if not c.isspace())


def carried_strings(issue: ParsedIssue) -> list[str]:
    """The printed text the parse keeps: headline fields, blocks and markers of every article."""
    out: list[str] = []
    for a in issue.articles:
        out.extend(s for s in (a.column, a.kicker, a.title, a.subtitle) if s)
        out.extend(b.text for b in a.blocks)
        out.extend(a.markers)
    return out


def lost_characters(source: str, issue: ParsedIssue) -> Counter[str]:
    """The characters (with their counts) the input has and the output does not carry."""
    return _chars(source) - _chars("".join(carried_strings(issue)))
