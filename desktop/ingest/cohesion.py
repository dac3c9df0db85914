"""Lexical cohesion: whether two passages of an issue speak of the same things.

A heading printed between two paragraphs is either a subheading of the article it stands in
or the title of the next one; a dated caption under an article is of the article's own
picture or of a photo news item. Text under a subheading goes on with its article's words;
text under a new title starts a new subject (TextTiling's idea, on Chinese character pairs).
A pair is weighed by how rare it is in the issue (inverse document frequency over its lines),
so that words every article uses (`今年`, `超过`) say little and names of things say much.
"""

from __future__ import annotations

import functools
import math
from collections import Counter
from collections.abc import Sequence

from desktop.chartables import keep_if

# A subheading and the text under it share at least this (weighted) share of their character
# pairs with the article above, its headline included; a new article's title and lead next to
# none. In the labelled corpus and the seeds: 0.043 and more for subheadings, 0.032 and less
# for titles printed between two articles with no blank line or marker to tell them apart.
_SAME_SUBJECT = 0.038
# A caption under an article's own picture names that article's event and place: it shares far
# more than a subheading's text does. A photo news item under an article on another subject
# shares under 0.06 (the labelled corpus).
_SAME_PICTURE = 0.12
_AFTER = 160  # how much of the text under a heading is compared
_NUMERALS = "〇零一二三四五六七八九十百千万亿两"
_NUMERAL_PAIRS = frozenset(a + b for a in _NUMERALS for b in _NUMERALS)  # `三十` is no subject
_HAN_ONLY = keep_if(lambda ch: "\u4e00" <= ch <= "\u9fff")


def bigrams(s: str) -> set[str]:
    han = s.translate(_HAN_ONLY)
    return set(map(str.__add__, han, han[1:])) - _NUMERAL_PAIRS


def overlap(line: str, body: str) -> float:
    """The share of the line's character pairs that occur in the body."""
    grams = bigrams(line)
    if not grams:
        return 0.0
    return sum(1 for g in grams if g in body) / len(grams)


class Cohesion:
    """Cohesion between passages of one issue, weighed by the issue's own lines."""

    def __init__(self, lines: Sequence[str]) -> None:
        self._lines = lines
        self._n = len(lines)

    @functools.cached_property
    def _df(self) -> Counter[str]:
        """In how many of the issue's lines each pair occurs (counted when first asked: most
        issues never need it)."""
        df: Counter[str] = Counter()
        for line in self._lines:
            df.update(bigrams(line))
        return df

    def shared(self, before: str, after: str) -> float:
        """The weighted share of the character pairs opening `after` that `before` has too."""
        a = bigrams(after[:_AFTER])
        df, top = self._df, self._n + 1
        weights = {g: math.log(top / (df.get(g, 0) + 0.5)) for g in a}
        total = math.fsum(weights.values())  # exact: the same in any order of the set
        if total <= 0:
            return 0.0
        before = before.translate(_HAN_ONLY)  # a pair is looked for, not all of before's made
        return math.fsum(w for g, w in weights.items() if g in before) / total

    def same_subject(self, before: str, after: str) -> bool:
        """Does `after` (a heading and the text under it) go on with the subject of `before`
        (the article so far, its headline included)?"""
        return self.shared(before, after) >= _SAME_SUBJECT

    def same_picture(self, body: str, caption: str) -> bool:
        """Is `caption` the caption of a picture that goes with `body`?"""
        return self.shared(body, caption) >= _SAME_PICTURE
