"""Preparing issues for the library — decode, parse, normalise, tokenise, jieba — on worker
processes when there are many, so that an import uses every core while the calling process
only writes to the database.

Workers are spawned, not forked: they start clean, without the window's threads or Qt. Each
loads jieba once. If the workers cannot start or one dies, the work is done in this process
instead: slower, never lost."""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path

from desktop.domain.issue_identity import text_sha256
from desktop.ingest import IngestError, parse_lines
from desktop.ingest.sources import max_bytes_for, read_source
from desktop.nlp import Segmenter
from desktop.services.indexing import PreparedArticle, prepare_article

log = logging.getLogger(__name__)

PARALLEL_FROM = 12  # fewer files than this are quicker done here than by starting workers
AHEAD_PER_WORKER = 4  # issues prepared ahead of the database writes, per worker


@dataclass(frozen=True)
class PreparedIssue:
    sha256: str
    text_sha256: str
    name: str
    encoding: str
    text: str
    paper: str | None
    date: str | None
    articles: list[PreparedArticle]


def prepare_issue(data: bytes, name: str, sha256: str, segmenter: Segmenter) -> PreparedIssue:
    """Everything the library stores for an issue, short of writing it; IngestError if the
    bytes are not an issue's text."""
    read = read_source(data, name, max_bytes=max_bytes_for(name))
    parsed = parse_lines(read.lines, source=name, sha256=sha256, encoding=read.encoding)
    return PreparedIssue(
        sha256,
        text_sha256(read.text),
        name,
        read.encoding,
        read.text,
        parsed.paper,
        parsed.date,
        [prepare_article(article, segmenter) for article in parsed.articles],
    )


# ---- on a worker process ----

_worker_segmenter: Segmenter | None = None


def _start_worker(cache_dir: Path | None) -> None:
    global _worker_segmenter  # one per worker process, set once by the pool's initializer
    parent = multiprocessing.parent_process()
    if parent is not None:
        # If the app is killed mid-import, its workers must not linger: each holds its task
        # queue open itself, so it would wait for work forever. Leave when the parent does.
        threading.Thread(target=_exit_with, args=(parent,), daemon=True).start()
    _worker_segmenter = Segmenter(cache_dir)
    _worker_segmenter.load(keywords=False)


def _exit_with(parent: multiprocessing.process.BaseProcess) -> None:
    parent.join()
    os._exit(0)


def _prepare_on_worker(
    data: bytes, name: str, sha256: str
) -> PreparedIssue | tuple[str, str, str, str, dict]:
    """The prepared issue, or what the IngestError said (sent back as plain values)."""
    assert _worker_segmenter is not None
    try:
        return prepare_issue(data, name, sha256, _worker_segmenter)
    except IngestError as error:
        return error.name, error.problem, error.advice, error.code, error.params


# ---- in the calling process ----


def worker_count() -> int:
    """How many worker processes a large import prepares on: one per core, at most 8."""
    return min(os.cpu_count() or 1, 8)


@dataclass(frozen=True)
class Prepared:
    """An issue being prepared. Calling it waits for the result (raises IngestError)."""

    wait: Callable[[], PreparedIssue]
    future: Future | None = None  # None: prepared in this process when called

    def __call__(self) -> PreparedIssue:
        return self.wait()

    def done(self) -> bool:
        """Whether a call would not wait for a worker."""
        return self.future is None or self.future.done()


class Preparer:
    """Hands out prepared issues in the order asked for. Use as a context manager."""

    def __init__(self, segmenter: Segmenter, files: int) -> None:
        self._segmenter = segmenter
        self._pool: ProcessPoolExecutor | None = None
        cores = os.cpu_count() or 1
        if files >= PARALLEL_FROM and cores > 1:
            try:
                self._pool = ProcessPoolExecutor(
                    max_workers=worker_count(),
                    mp_context=multiprocessing.get_context("spawn"),
                    initializer=_start_worker,
                    initargs=(segmenter.cache_dir,),
                )
            except (OSError, ValueError, NotImplementedError) as error:
                log.warning("preparing on this process only: %s", error)
        # In this process there is nothing to gain from reading ahead: write each issue at once.
        self.ahead = AHEAD_PER_WORKER * worker_count() if self._pool else 0

    @property
    def workers(self) -> int:
        """How many worker processes prepare issues (0: this process does)."""
        return worker_count() if self._pool is not None else 0

    def __enter__(self) -> Preparer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def submit(self, data: bytes, name: str, sha256: str) -> Prepared:
        if self._pool is None:
            return Prepared(lambda: prepare_issue(data, name, sha256, self._segmenter))
        try:
            future = self._pool.submit(_prepare_on_worker, data, name, sha256)
        except (BrokenProcessPool, RuntimeError) as error:
            self._give_up_workers(error)
            return Prepared(lambda: prepare_issue(data, name, sha256, self._segmenter))
        return Prepared(lambda: self._result(future, data, name, sha256), future)

    def _result(self, future: Future, data: bytes, name: str, sha256: str) -> PreparedIssue:
        try:
            result = future.result()
        except BrokenProcessPool as error:
            self._give_up_workers(error)
            return prepare_issue(data, name, sha256, self._segmenter)
        if isinstance(result, tuple):
            name, problem, advice, code, params = result
            raise IngestError(name, problem, advice, code=code, **params)
        return result

    def _give_up_workers(self, error: BaseException) -> None:
        log.warning("the preparing workers stopped (%s); going on in this process", error)
        pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)
