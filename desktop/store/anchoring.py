"""Highlights anchored like W3C Web Annotation selectors: a position, and the exact quote with
some text before and after it. When an article's text changes, the highlight is found again by
its quote and context; one that cannot be found is kept and marked orphaned by the caller."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.store.normalize import normalize_with_map

CONTEXT = 32


@dataclass(frozen=True)
class Anchor:
    start: int
    end: int
    quote: str
    prefix: str
    suffix: str


def make_anchor(text: str, start: int, end: int) -> Anchor:
    if not 0 <= start < end <= len(text):
        raise ValueError(f"range {start}–{end} is outside the text (0–{len(text)})")
    return Anchor(
        start,
        end,
        text[start:end],
        text[max(0, start - CONTEXT) : start],
        text[end : end + CONTEXT],
    )


def _shared_start(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _context_score(text: str, pos: int, end: int, anchor: Anchor) -> int:
    """How much of the remembered text before and after the quote surrounds it here."""
    before = _shared_start(text[max(0, pos - CONTEXT) : pos][::-1], anchor.prefix[::-1])
    return before + _shared_start(text[end : end + CONTEXT], anchor.suffix)


def _occurrences(haystack: str, needle: str) -> list[int]:
    found, pos = [], haystack.find(needle)
    while pos != -1:
        found.append(pos)
        pos = haystack.find(needle, pos + 1)
    return found


def reanchor(text: str, anchor: Anchor) -> tuple[int, int] | None:
    """Where the anchored passage is in `text` now, or None if it is gone."""
    if not anchor.quote:
        return None
    if text[anchor.start : anchor.end] == anchor.quote:
        return anchor.start, anchor.end
    hits = _occurrences(text, anchor.quote)
    if hits:
        n = len(anchor.quote)
        best = max(
            hits, key=lambda p: (_context_score(text, p, p + n, anchor), -abs(p - anchor.start))
        )
        return best, best + n
    # The parser may have changed punctuation width or spacing: match in the normal form.
    norm_text, origin = normalize_with_map(text)
    norm_quote, _ = normalize_with_map(anchor.quote)
    norm_quote = "".join(norm_quote.split())
    squeezed = [(c, origin[i]) for i, c in enumerate(norm_text) if not c.isspace()]
    flat = "".join(c for c, _ in squeezed)
    hits = _occurrences(flat, norm_quote) if norm_quote else []
    if not hits:
        return None
    pos = min(hits, key=lambda p: abs(squeezed[p][1] - anchor.start))
    start = squeezed[pos][1]
    end = squeezed[pos + len(norm_quote) - 1][1] + 1
    return start, end
