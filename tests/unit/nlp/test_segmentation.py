"""The segmenter's keywords are jieba.analyse's, without loading jieba.analyse's tagger."""

import gc
import sys
import warnings

import pytest

from desktop.nlp import Segmenter
from desktop.nlp.segmentation import _STOP_WORDS
from desktop.resources import seed_files


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
