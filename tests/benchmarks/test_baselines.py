"""The benchmark's baselines do the work they are compared with, on equal terms: jieba alone
on as many processes as the import prepares on, and a LIKE scan that finds what search finds."""

from pathlib import Path

import pytest

from desktop.ingest import decode
from desktop.services import preparing
from desktop.services.search import search
from tests.benchmarks.bench import bench_queries, like_scan
from tests.benchmarks.jieba_baseline import search_words_count

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))


@pytest.mark.slow  # starts worker processes that each load jieba
def test_jieba_on_workers_cuts_the_same_words_as_in_this_process(segmenter):
    texts = [decode(p.read_bytes(), p.name).text for p in SEEDS]
    here = search_words_count(texts, segmenter, 0)
    assert here > 1000
    assert search_words_count(texts, segmenter, 2) == here


def test_the_baseline_uses_as_many_processes_as_a_large_import(segmenter, monkeypatch):
    monkeypatch.setattr(preparing.os, "cpu_count", lambda: 2)
    with preparing.Preparer(segmenter, preparing.PARALLEL_FROM) as preparer:
        assert preparer.workers == preparing.worker_count() == 2
    with preparing.Preparer(segmenter, preparing.PARALLEL_FROM - 1) as preparer:
        assert preparer.workers == 0  # a small import prepares in its own process


@pytest.mark.parametrize(("text", "filters"), bench_queries())
def test_the_like_scan_finds_what_search_finds(seeded, segmenter, text, filters):
    ids, _seconds = like_scan(seeded, text, filters)
    assert set(search(seeded, segmenter, text, filters, limit=None).article_ids) == ids
