"""The segmenter's keywords are jieba.analyse's, without loading jieba.analyse's tagger."""

import gc
import sys
import warnings

import pytest

from desktop.nlp import Segmenter
from desktop.nlp.segmentation import _STOP_WORDS
from desktop.resources import seed_files


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
@pytest.mark.slow  # it loads jieba.analyse and jieba's own dictionary a second time
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
@pytest.mark.parametrize("seed", seed_files(), ids=lambda p: p.name[:3])
def test_keywords_equal_jieba_analyse(segmenter, seed):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)  # jieba.analyse leaves its file open
        import jieba.analyse

        gc.collect()  # that file is closed here, under the filter, not in some later test
    text = seed.read_text("utf-8")
    reference = jieba.analyse.default_tfidf.extract_tags(text, topK=20, withWeight=True)
    mine = segmenter.keywords(text, top=20)
    assert [word for word, _ in mine] == [word for word, _ in reference]
    assert [round(w, 9) for _, w in mine] == [round(w, 9) for _, w in reference]
    assert jieba.analyse.default_tfidf.stop_words == set(_STOP_WORDS)


def test_keywords_are_weighted_best_first_without_stop_words(segmenter):
    """The fast part of the test above: the shape of jieba.analyse's answer."""
    text = "城市更新是民生工程。嘉定区推进城市更新，城市更新让老街焕发新活力。我们的工作。"
    keywords = segmenter.keywords(text, top=5)
    assert keywords[0][0] == "城市更新"
    assert len(keywords) == 5
    weights = [w for _, w in keywords]
    assert weights == sorted(weights, reverse=True) and all(w > 0 for w in weights)
    assert not {w for w, _ in keywords} & set(_STOP_WORDS)
    assert all(len(w) >= 2 for w, _ in keywords)


def test_keywords_import_neither_jieba_analyse_nor_its_tagger(segmenter, monkeypatch):
    """The fast part of the test below, in this process with the loaded segmenter: the two
    modules are taken out of sys.modules for the test, so an import of either puts it back."""
    for module in ("jieba.posseg", "jieba.analyse"):
        monkeypatch.delitem(sys.modules, module, raising=False)
    assert segmenter.keywords("嘉定区召开会议，部署工作。会议强调，要推进城市更新。")
    assert segmenter.search_words("嘉定区召开会议")
    assert "jieba.posseg" not in sys.modules and "jieba.analyse" not in sys.modules


@pytest.mark.slow
def test_loading_never_imports_the_part_of_speech_tagger(tmp_path):
    import subprocess

    code = (
        "import sys; from pathlib import Path; from desktop.nlp import Segmenter;"
        "s = Segmenter(Path(sys.argv[1])); s.load(); s.keywords('嘉定区召开会议，部署工作。');"
        "print('jieba.posseg' in sys.modules, 'jieba.analyse' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True, timeout=120
    )
    assert result.stdout.split() == ["False", "False"], result.stderr


def test_an_empty_text_has_no_keywords_or_words():
    segmenter = Segmenter()
    assert segmenter.keywords(" \n ") == [] and segmenter.search_words("") == []
    assert not segmenter.loaded  # nothing was loaded for nothing
