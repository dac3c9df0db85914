"""The AppContext carries what the window and its controllers work with, passed in: two
contexts on two libraries share nothing."""

from desktop.nlp import Segmenter, TopicLexicon
from desktop.resources import resource_path
from desktop.store.database import open_database
from desktop.ui.context import AppContext
from desktop.ui.settings import Settings


def make_context(folder) -> AppContext:
    return AppContext(
        db=open_database(folder / "library.sqlite3"),
        segmenter=Segmenter(folder / "jieba"),
        lexicon=TopicLexicon.load(resource_path("topics.json")),
        settings=Settings(folder / "config" / "settings.ini"),
        data_dir=folder,
    )


def test_two_contexts_share_no_library_and_no_settings(tmp_path):
    one, two = make_context(tmp_path / "one"), make_context(tmp_path / "two")
    try:
        one.settings.theme = "dark"
        assert two.settings.theme == "system"
        assert one.db.path != two.db.path
        assert one.data_dir == tmp_path / "one"
        assert not one.segmenter.loaded  # loading jieba is the window's, later
    finally:
        one.db.close()
        two.db.close()
