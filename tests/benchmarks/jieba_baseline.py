"""The import's baseline: jieba's `cut_for_search` alone over the same texts, on as many worker
processes as the import prepares on, started the same way (spawned, jieba loaded in each), so
the import's ratio to it compares like with like."""

from __future__ import annotations

import multiprocessing
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from desktop.nlp import Segmenter

_segmenter: Segmenter | None = None


def _start(cache_dir: Path | None) -> None:
    global _segmenter  # one per worker process, set once by the pool's initializer
    _segmenter = Segmenter(cache_dir)
    _segmenter.load(keywords=False)


def _words(text: str) -> int:
    assert _segmenter is not None
    return len(_segmenter.search_words(text))


def search_words_count(texts: Sequence[str], segmenter: Segmenter, processes: int) -> int:
    """How many words jieba's `cut_for_search` makes of `texts`: in this process when
    `processes` is 0, else on that many spawned workers, one text per task as the import sends
    one issue per task."""
    if processes == 0:
        return sum(len(segmenter.search_words(text)) for text in texts)
    with ProcessPoolExecutor(
        max_workers=processes,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_start,
        initargs=(segmenter.cache_dir,),
    ) as pool:
        return sum(pool.map(_words, texts, chunksize=1))
