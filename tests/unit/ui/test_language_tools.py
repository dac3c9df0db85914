"""LanguageTools: jieba's dictionary loads once, off the UI thread, and `ready` says when
words and search can be used; a failed load leaves the way open to try again."""

import threading

import pytest

from desktop.nlp import Segmenter
from desktop.ui.language_tools import LanguageTools


class FakeSegmenter:
    """Loads in no time, on whatever thread calls it, and can be told to fail."""

    def __init__(self, *, loaded: bool = False, fails: bool = False) -> None:
        self.loaded = loaded
        self.fails = fails
        self.loads_on: list[threading.Thread] = []

    def load(self) -> None:
        self.loads_on.append(threading.current_thread())
        if self.fails:
            raise OSError("the dictionary cannot be read")
        self.loaded = True


def test_loading_happens_off_the_ui_thread_once_and_says_ready(qtbot):
    segmenter = FakeSegmenter()
    tools = LanguageTools(segmenter)  # type: ignore[arg-type]
    assert not tools.is_ready
    with qtbot.waitSignal(tools.ready, timeout=5000):
        tools.start()
        tools.start()  # a second ask while loading starts nothing
    tools.stop()
    assert tools.is_ready
    assert len(segmenter.loads_on) == 1
    assert segmenter.loads_on[0] is not threading.main_thread()


def test_already_loaded_is_ready_at_once(qtbot):
    tools = LanguageTools(FakeSegmenter(loaded=True))  # type: ignore[arg-type]
    heard: list = []
    tools.ready.connect(lambda: heard.append(True))
    tools.start()
    assert heard == [True]


def test_a_failed_load_is_not_ready_and_can_be_tried_again(qtbot):
    segmenter = FakeSegmenter(fails=True)
    tools = LanguageTools(segmenter)  # type: ignore[arg-type]
    heard: list = []
    tools.ready.connect(lambda: heard.append(True))
    tools.start()
    qtbot.waitUntil(lambda: len(segmenter.loads_on) == 1, timeout=5000)
    segmenter.fails = False

    def started_again() -> bool:
        tools.start()  # nothing while the failed load is still being reported
        return len(segmenter.loads_on) == 2

    with qtbot.waitSignal(tools.ready, timeout=5000):
        qtbot.waitUntil(started_again, timeout=5000)
    tools.stop()
    assert heard == [True]  # the failed load said nothing
    assert tools.is_ready


@pytest.mark.slow  # loads jieba's real dictionary: about a second
def test_the_real_dictionary_loads_and_cuts_words(qtbot, tmp_path):
    tools = LanguageTools(Segmenter(tmp_path / "jieba"))
    with qtbot.waitSignal(tools.ready, timeout=60_000):
        tools.start()
    tools.stop()
    assert tools.is_ready
    assert "召开" in tools.segmenter.cut("嘉定区召开会议")
