"""One normal form for search: NFKC (full-width → half-width, compatibility forms) and
case-folded, applied to the index and to queries alike, with a map back to the original text."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from desktop.chartables import CharTable, keep_if


@lru_cache(maxsize=65536)
def _char(c: str) -> str:
    return unicodedata.normalize("NFKC", c).lower()


_NORMAL = CharTable(_char)


def normalize(text: str) -> str:
    # Lone surrogates cannot be stored or searched: they become "?" (what "replace" gives).
    text = text.encode("utf-8", "replace").decode("utf-8") if _has_surrogate(text) else text
    return text.translate(_NORMAL)


# Characters whose normal form is longer than one character (… → ..., ℃ → °c, ㎡ → m2).
_EXPANDING = keep_if(lambda c: len(_char(c)) > 1)


def normalize_with_map(text: str) -> tuple[str, list[int]] | tuple[str, range]:
    """The normal form and, for each of its characters, the index of the original character."""
    joined = normalize(text)
    if len(joined) == len(text):
        # The usual case, even for full-width punctuation: one character for one (a character's
        # normal form is never empty, so equal lengths mean no character expanded).
        return joined, range(len(text))
    # Only the few characters that expand are visited one by one; the runs between them map
    # one for one.
    expanding = re.compile("|".join(map(re.escape, set(text.translate(_EXPANDING)))))
    origin: list[int] = []
    done = 0
    for match in expanding.finditer(text):
        i = match.start()
        origin.extend(range(done, i))
        origin.extend([i] * len(_char(text[i])))
        done = i + 1
    origin.extend(range(done, len(text)))
    return joined, origin


def _has_surrogate(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def is_token_char(c: str) -> bool:
    """Characters FTS5's unicode61 tokenizer keeps as tokens (letters and numbers)."""
    return unicodedata.category(c)[0] in "LN"


_TOKENS_ONLY = keep_if(is_token_char)


def char_tokens(normal_text: str) -> str:
    """Every character its own token: a phrase of them matches any substring."""
    return " ".join(normal_text.translate(_TOKENS_ONLY))
