"""Highlights anchored like W3C Web Annotation selectors: a position, and the exact quote with
some text before and after it. When an article's text changes, the highlight is found again by
its quote and that context.

A highlight is user data: it must never land on another passage. A place is taken only when
enough of the remembered text agrees there (the quote and its context) and no other place
agrees about as well; where the text the highlight was made on is known (a re-parse), what
agrees must also have been unique in it. Anything less is not a place but a guess: the caller
keeps the highlight and marks it orphaned."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import TypeVar

from desktop.store.normalize import normalize_with_map

CONTEXT = 32  # characters remembered on each side of the quote
# How many characters of quote and context must agree at a place, at the least, when the text
# the highlight was made on is unknown (an imported backup, an already orphaned highlight), and
# by how many the best place must beat the next: repeated phrases make shorter agreement common.
EVIDENCE_ALONE = 24
MARGIN_ALONE = 8
# With the old text known, what agrees is checked to be unique in it, so less is enough.
EVIDENCE_WITH_OLD = 8

T = TypeVar("T")


@dataclass(frozen=True)
class Anchor:
    start: int
    end: int
    quote: str
    prefix: str
    suffix: str

    @property
    def most_evidence(self) -> int:
        return len(self.quote) + len(self.prefix) + len(self.suffix)


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


def _squeezed(text: str) -> tuple[str, Sequence[int]]:
    """The normal form without white space, and each of its characters' index in `text`."""
    normal, origin = normalize_with_map(text)
    kept = [i for i, c in enumerate(normal) if not c.isspace()]
    return "".join(normal[i] for i in kept), [origin[i] for i in kept]


class AnchorText:
    """An article's text, with its normal form made once for all the highlights sought in it."""

    def __init__(self, text: str) -> None:
        self.text = text

    @cached_property
    def flat(self) -> tuple[str, Sequence[int]]:
        return _squeezed(self.text)


@dataclass(frozen=True)
class Placement:
    start: int
    end: int
    evidence: int  # characters of the quote and its remembered context that agree here
    window: str  # those characters: exact text, or normal form when `normal`
    normal: bool


def _shared_start(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _occurrences(haystack: str, needle: str) -> list[int]:
    found, pos = [], haystack.find(needle)
    while pos != -1:
        found.append(pos)
        pos = haystack.find(needle, pos + 1)
    return found


def _around(text: str, pos: int, n: int, prefix: str, suffix: str) -> tuple[int, int]:
    """How many remembered characters before and after agree with the text around `pos`."""
    before = _shared_start(text[max(0, pos - len(prefix)) : pos][::-1], prefix[::-1])
    return before, _shared_start(text[pos + n : pos + n + len(suffix)], suffix)


def placements(target: AnchorText, anchor: Anchor) -> list[Placement]:
    """Every place the quote is in `target`, exactly or in the normal form (the parser may have
    changed punctuation width or spacing), with how much of the context agrees there."""
    if not anchor.quote:
        return []
    text, quote = target.text, anchor.quote
    found: list[Placement] = []
    for pos in _occurrences(text, quote):
        before, after = _around(text, pos, len(quote), anchor.prefix, anchor.suffix)
        window = text[pos - before : pos + len(quote) + after]
        found.append(Placement(pos, pos + len(quote), len(window), window, normal=False))
    flat, origin = target.flat
    flat_quote, _ = _squeezed(quote)
    if not flat_quote:
        return found
    flat_prefix, flat_suffix = _squeezed(anchor.prefix)[0], _squeezed(anchor.suffix)[0]
    for pos in _occurrences(flat, flat_quote):
        start, end = origin[pos], origin[pos + len(flat_quote) - 1] + 1
        if any(p.start < end and start < p.end for p in found):
            continue  # an exact occurrence there already
        before, after = _around(flat, pos, len(flat_quote), flat_prefix, flat_suffix)
        window = flat[pos - before : pos + len(flat_quote) + after]
        found.append(Placement(start, end, len(window), window, normal=True))
    return found


def _unique_in_old(place: Placement, old: AnchorText, anchor: Anchor) -> bool:
    """Did what agrees at `place` occur once in the old text, at the highlight's own place?"""
    if place.normal:
        haystack, origin = old.flat
        hits = _occurrences(haystack, place.window)
        return len(hits) == 1 and origin[hits[0]] <= anchor.start < anchor.end <= (
            origin[hits[0] + len(place.window) - 1] + 1
        )
    hits = _occurrences(old.text, place.window)
    return len(hits) == 1 and hits[0] <= anchor.start and anchor.end <= hits[0] + len(place.window)


def unchanged_place(target: AnchorText, anchor: Anchor) -> bool:
    """The quote with all of its context is still where it was."""
    n = len(anchor.quote)
    if not n or target.text[anchor.start : anchor.end] != anchor.quote:
        return False
    before, after = _around(target.text, anchor.start, n, anchor.prefix, anchor.suffix)
    return (before, after) == (len(anchor.prefix), len(anchor.suffix))


def find_passage(
    targets: Sequence[tuple[T, AnchorText]], anchor: Anchor, old: AnchorText | None = None
) -> tuple[T, int, int] | None:
    """Where the anchored passage is now among `targets` (the article it was in, first, then
    the articles that took over its text), or None when that is not certain. `old` is the text
    the highlight was made on, where known."""
    if targets and unchanged_place(targets[0][1], anchor):
        return targets[0][0], anchor.start, anchor.end
    found = [(owner, place) for owner, text in targets for place in placements(text, anchor)]
    if not found:
        return None
    found.sort(key=lambda pair: -pair[1].evidence)
    owner, best = found[0]
    runner_up = found[1][1].evidence if len(found) > 1 else 0
    if old is None:
        needed, margin = EVIDENCE_ALONE, MARGIN_ALONE
    else:
        needed, margin = EVIDENCE_WITH_OLD, 1
    if best.evidence < min(needed, anchor.most_evidence) or best.evidence - runner_up < margin:
        return None
    if old is not None and not _unique_in_old(best, old, anchor):
        return None
    return owner, best.start, best.end
