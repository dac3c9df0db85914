"""jieba, loaded lazily and once, with its dictionary cache in the app's cache folder."""

from __future__ import annotations

import logging
import threading
import unicodedata
from array import array
from bisect import bisect_left
from functools import lru_cache
from pathlib import Path
from typing import Any


@lru_cache(maxsize=1 << 16)  # the same words come back all the time
def _is_wordlike(word: str) -> bool:
    return any(unicodedata.category(c)[0] in "LN" for c in word)


@lru_cache(maxsize=1 << 16)
def _has_letter(word: str) -> bool:
    return any(unicodedata.category(c)[0] == "L" for c in word)


# jieba.analyse's stop words (its STOP_WORDS), kept here: importing jieba.analyse also imports
# its part-of-speech tagger, which loads a second copy of the dictionary (0.6 s, ~100 MB) that
# the app never uses.
_STOP_WORDS = frozenset((
    "the", "of", "is", "and", "to", "in", "that", "we", "for", "an", "are", "by", "be", "as",
    "on", "with", "can", "if", "from", "which", "you", "it", "this", "then", "at", "have",
    "all", "not", "one", "has", "or",
))  # fmt: skip


class IdfTable:
    """jieba's IDF table (270,000 words) in 4 MB: the words' hashes in a sorted array beside
    their weights, instead of a dict of strings that takes 44 MB of the window's memory. A word
    is looked up by its hash (64 bits: two of jieba's words sharing one is not a real risk)."""

    def __init__(self, path: Path) -> None:
        hashes, weights = array("q"), array("d")
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                word, _, weight = line.strip().partition(" ")
                if weight:
                    hashes.append(hash(word))
                    weights.append(float(weight))
        order = sorted(range(len(hashes)), key=hashes.__getitem__)
        self._hashes = array("q", (hashes[i] for i in order))
        self._weights = array("d", (weights[i] for i in order))
        # An unknown word weighs the median, as in jieba.analyse.
        self.median = sorted(self._weights)[len(self._weights) // 2]

    def get(self, word: str) -> float:
        key = hash(word)
        at = bisect_left(self._hashes, key)
        if at < len(self._hashes) and self._hashes[at] == key:
            return self._weights[at]
        return self.median

    @classmethod
    def jiebas(cls) -> IdfTable:
        import jieba

        return cls(Path(jieba.__file__).parent / "analyse" / "idf.txt")


class Segmenter:
    """Words of Chinese text for the search index, and keywords for topic suggestions."""

    def __init__(self, cache_dir: Path | None = None) -> None:
        self._cache_dir = cache_dir
        self._lock = threading.Lock()
        self._tokenizer: Any = None
        self._idf: IdfTable | None = None

    @property
    def loaded(self) -> bool:
        return self._tokenizer is not None and self._idf is not None

    @property
    def cache_dir(self) -> Path | None:
        return self._cache_dir

    def load(self, *, keywords: bool = True) -> None:
        """Load the dictionary (and the IDF table for keywords) now, e.g. on a worker thread
        at start-up."""
        if keywords:
            self._get_idf()
        else:
            self._get_tokenizer()

    def _get_tokenizer(self) -> Any:
        with self._lock:
            if self._tokenizer is None:
                import jieba

                jieba.setLogLevel(logging.WARNING)
                tokenizer = jieba.Tokenizer()
                if self._cache_dir is not None:
                    self._cache_dir.mkdir(parents=True, exist_ok=True)
                    tokenizer.tmp_dir = str(self._cache_dir)
                tokenizer.initialize()
                self._tokenizer = tokenizer
            return self._tokenizer

    def _get_idf(self) -> IdfTable:
        self._get_tokenizer()
        with self._lock:
            if self._idf is None:
                self._idf = IdfTable.jiebas()
            return self._idf

    def search_words(self, text: str) -> list[str]:
        """jieba's search-engine cut, punctuation and spaces left out."""
        if not text.strip():
            return []
        return [w for w in self._get_tokenizer().cut_for_search(text) if _is_wordlike(w)]

    def word_frequency(self, word: str) -> int:
        """How often jieba's dictionary has the word: 0 for words it does not know (most
        people's names) or knows only as the start of longer words."""
        return self._get_tokenizer().FREQ.get(word) or 0

    def cut(self, text: str) -> list[str]:
        """jieba's plain cut, every token kept (their lengths add up to the text's)."""
        return list(self._get_tokenizer().cut(text)) if text else []

    def words(self, text: str, *, min_idf: float = 0.0) -> list[str]:
        """jieba's plain cut: the words of two or more characters with a letter in them, stop
        words left out, and words as common as `min_idf` or commoner (工作, 开展)."""
        if not text.strip():
            return []
        idf = self._get_idf() if min_idf > 0 else None
        return [
            w
            for w in (w.strip() for w in self._get_tokenizer().cut(text))
            if len(w) >= 2
            and _has_letter(w)
            and w.lower() not in _STOP_WORDS
            and (idf is None or idf.get(w) >= min_idf)
        ]

    def keywords(self, text: str, top: int = 30) -> list[tuple[str, float]]:
        """TF-IDF keywords with their weights, best first: jieba.analyse's weighting, over
        jieba's own IDF table and stop words."""
        if not text.strip():
            return []
        idf = self._get_idf()
        counts: dict[str, int] = {}
        for word in self._get_tokenizer().cut(text):
            word = word.strip()
            if len(word) < 2 or word.lower() in _STOP_WORDS:
                continue
            counts[word] = counts.get(word, 0) + 1
        total = sum(counts.values())
        weights = {w: n * idf.get(w) / total for w, n in counts.items()}
        return sorted(weights.items(), key=lambda item: item[1], reverse=True)[:top]
