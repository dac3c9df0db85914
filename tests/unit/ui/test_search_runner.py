"""The SearchRunner: searches off the UI thread, one at a time; a search waits for the
language tools; only the answer to the latest request reaches the window."""

import pytest
from PySide6.QtCore import QObject, Signal
from sqlmodel import select

from desktop.services.errors import InvalidInput
from desktop.services.search import SearchFilters
from desktop.store.database import open_database
from desktop.store.models import Article, Issue
from desktop.ui.search_runner import SearchRunner

KINDS = ("article", "article", "brief")  # the filters tell one request's answer from another's


class WordSplitter:
    """Stands in for jieba: these searches filter, or are refused before any word is cut."""

    loaded = True

    def search_words(self, text: str) -> list[str]:
        return text.split()


class FakeLanguageTools(QObject):
    """What the runner uses of LanguageTools: whether jieba is ready, start, and `ready`."""

    ready = Signal()

    def __init__(self, *, is_ready: bool) -> None:
        super().__init__()
        self.is_ready = is_ready
        self.segmenter = WordSplitter()
        self.starts = 0

    def start(self) -> None:
        self.starts += 1

    def finish_loading(self) -> None:
        self.is_ready = True
        self.ready.emit()


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    """This module's library, read only by the searches: one issue of three pieces."""
    db = open_database(tmp_path_factory.mktemp("small") / "library.sqlite3")
    with db.session() as session:
        issue = Issue(sha256="b" * 64, source_name="嘉定报.txt", encoding="utf-8",
                      raw_text="…", parser_version=1)  # fmt: skip
        session.add(issue)
        session.flush()
        for ordinal, kind in enumerate(KINDS):
            text = f"第{ordinal}篇"
            session.add(Article(issue_id=issue.id, key=f"k{ordinal}", ordinal=ordinal,
                                kind=kind, title=text, text=text, search_text=text))  # fmt: skip
    yield db
    db.close()


def ids_of_kind(db, kind: str) -> list[int]:
    with db.session() as session:
        return list(session.exec(select(Article.id).where(Article.kind == kind)))


@pytest.fixture
def runner(qtbot, db):
    runner = SearchRunner(db, FakeLanguageTools(is_ready=True))
    yield runner
    runner.wait()


def test_a_search_answers_with_its_results(qtbot, db, runner):
    with qtbot.waitSignal(runner.finished, timeout=5000) as answer:
        runner.run("", SearchFilters(kind="brief"), limit=10)
        assert runner.busy
    results = answer.args[0]
    assert [hit.article_id for hit in results.hits] == ids_of_kind(db, "brief")
    assert not runner.busy


def test_only_the_latest_request_is_answered(qtbot, db, runner):
    answers: list = []
    runner.finished.connect(answers.append)
    runner.run("", SearchFilters(kind="brief"), limit=10)
    runner.run("", SearchFilters(kind="article"), limit=10)  # typed on before the first ended
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    assert [[h.article_id for h in a.hits] for a in answers] == [ids_of_kind(db, "article")]


def test_a_cancelled_search_answers_nothing(qtbot, runner):
    answers: list = []
    runner.finished.connect(answers.append)
    runner.failed.connect(answers.append)
    runner.run("", SearchFilters(kind="brief"), limit=10)
    runner.cancel()
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    assert answers == []


def test_a_query_to_correct_fails_with_its_reason(qtbot, runner):
    with qtbot.waitSignal(runner.failed, timeout=5000) as failure:
        runner.run("长" * 5000, SearchFilters(), limit=10)
    assert isinstance(failure.args[0], InvalidInput)
    assert failure.args[0].code == "query_too_long"


def test_a_search_waits_for_the_language_tools(qtbot, db):
    language = FakeLanguageTools(is_ready=False)
    runner = SearchRunner(db, language)
    answers: list = []
    runner.finished.connect(answers.append)
    with qtbot.waitSignal(runner.waiting):
        runner.run("", SearchFilters(kind="brief"), limit=10)
    runner.run("", SearchFilters(kind="article"), limit=10)  # replaces the waiting one
    assert language.starts == 2 and runner.busy and answers == []
    with qtbot.waitSignal(runner.finished, timeout=5000) as answer:
        language.finish_loading()
    assert [h.article_id for h in answer.args[0].hits] == ids_of_kind(db, "article")
    qtbot.waitUntil(lambda: not runner.busy)
    assert len(answers) == 1
