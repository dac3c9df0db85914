"""jieba, loaded lazily and once, with its dictionary cache in the app's cache folder."""

from __future__ import annotations

import logging
import threading
import unicodedata
import warnings
from pathlib import Path
from typing import Any


def _is_wordlike(word: str) -> bool:
    return any(unicodedata.category(c)[0] in "LN" for c in word)


class Segmenter:
    """Words of Chinese text for the search index, and keywords for topic suggestions."""

    def __init__(self, cache_dir: Path | None = None) -> None:
        self._cache_dir = cache_dir
        self._lock = threading.Lock()
        self._tokenizer: Any = None
        self._tfidf: Any = None

    @property
    def loaded(self) -> bool:
        return self._tokenizer is not None

    def load(self) -> None:
        """Load the dictionary now (e.g. on a worker thread at start-up)."""
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

    def _get_tfidf(self) -> Any:
        tokenizer = self._get_tokenizer()
        with self._lock:
            if self._tfidf is None:
                with warnings.catch_warnings():
                    # jieba.analyse reads its IDF table without closing the file.
                    warnings.simplefilter("ignore", ResourceWarning)
                    import jieba.analyse

                    tfidf = jieba.analyse.TFIDF()
                tfidf.tokenizer = tokenizer
                self._tfidf = tfidf
            return self._tfidf

    def search_words(self, text: str) -> list[str]:
        """jieba's search-engine cut, punctuation and spaces left out."""
        if not text.strip():
            return []
        return [w for w in self._get_tokenizer().cut_for_search(text) if _is_wordlike(w)]

    def keywords(self, text: str, top: int = 30) -> list[tuple[str, float]]:
        """TF-IDF keywords with their weights, best first."""
        if not text.strip():
            return []
        return list(self._get_tfidf().extract_tags(text, topK=top, withWeight=True))
