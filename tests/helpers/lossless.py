""" "Nothing lost": every non-whitespace character of the input is somewhere in the output."""

from __future__ import annotations

from collections import Counter

from desktop.ingest import ParsedIssue
from desktop.ingest.text import FOLD
from tests.helpers.articles import output_strings


def _chars(text: str) -> Counter[str]:
    # The parser makes `,` in Chinese text `，`: compare with that folded back.
    return Counter(FOLD.get(c, c) for c in text if not c.isspace())


def lost_characters(source: str, issue: ParsedIssue) -> Counter[str]:
    """The characters (with their counts) the input has and the output lacks."""
    return _chars(source) - _chars("".join(output_strings(issue)))
