"""Lexical cohesion: whether two passages speak of the same things (shared character pairs).

A heading printed between two paragraphs is either a subheading of the article it stands in
or the title of the next one. Text under a subheading goes on with its article's words; text
under a new title starts a new subject (TextTiling's idea, on Chinese character bigrams).
"""

from __future__ import annotations

# A subheading and the text under it share at least this share of their character pairs with
# the article above (its headline included); a new article's title and lead next to none. In
# the labelled corpus and the seeds: 0.053 and more for subheadings, 0.045 and less for titles
# printed between two articles with no blank line or marker to tell them apart.
_SAME_SUBJECT = 0.05
# A caption under an article's own picture names that article's event and place: it shares far
# more than a subheading's text does. A photo news item printed under an article on another
# subject shares under 0.1 (the labelled corpus).
_SAME_PICTURE = 0.2
_AFTER = 160  # how much of the text under the heading is compared


def bigrams(s: str) -> set[str]:
    han = "".join(c for c in s if "\u4e00" <= c <= "\u9fff")
    return {han[i : i + 2] for i in range(len(han) - 1)}


def overlap(line: str, body: str) -> float:
    """The share of the line's character pairs that occur in the body."""
    grams = bigrams(line)
    if not grams:
        return 0.0
    return sum(1 for g in grams if g in body) / len(grams)


def same_subject(before: str, after: str) -> bool:
    """Does `after` (a heading and the text under it) go on with the subject of `before` (the
    article so far, its headline included)?"""
    return shared(before, after) >= _SAME_SUBJECT


def same_picture(body: str, caption: str) -> bool:
    """Is `caption` the caption of a picture that goes with `body`?"""
    return shared(body, caption) >= _SAME_PICTURE


def shared(before: str, after: str) -> float:
    """The share of the character pairs opening `after` that `before` has too."""
    a = bigrams(after[:_AFTER])
    if not a:
        return 0.0
    b = bigrams(before)
    return len(a & b) / len(a)
