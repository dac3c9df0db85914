"""Tagging the open article: on and off, undoable, counted, and the tree narrowed by tags."""

from PySide6.QtGui import QUndoStack

from desktop.services import tags
from desktop.ui.controllers.changes import Changes
from desktop.ui.controllers.tagging import TaggingController
from desktop.ui.language_tools import LanguageTools
from desktop.ui.models.tags import SuggestionModel, TagListModel
from desktop.ui.views.tag_panel import TagPanel
from tests.unit.ui.controllers.conftest import first_article_ids


def _tagging(services, reading, host):
    stack = QUndoStack(host)
    all_tags, article_tags = TagListModel(show_counts=True), TagListModel(show_counts=False)
    suggestions = SuggestionModel()
    panel = TagPanel(article_tags, all_tags, suggestions)
    tagging = TaggingController(
        services, Changes(services, stack, reading, host), reading,
        LanguageTools(services.ctx.segmenter, host), panel, all_tags, article_tags, suggestions,
        host,
    )  # fmt: skip
    services.events.tagsChanged.connect(tagging.on_tags_changed)
    reading.articleOpened.connect(lambda _view: tagging.refresh_article())
    return tagging, stack


def test_a_tag_goes_on_the_open_article_and_comes_off_with_undo(services, reading, host):
    tagging, stack = _tagging(services, reading, host)
    (first,) = first_article_ids(services.ctx.db, 1)
    reading.select_article(first)
    tagging.tag_current("廉政建设")
    assert tagging.article_tags.names() == ["廉政建设"]
    assert [t.name for t in tags.article_tags(services.ctx.db, first)] == ["廉政建设"]
    assert "廉政建设  1" in [
        tagging.all_tags.index(r).data() for r in range(tagging.all_tags.rowCount())
    ]
    stack.undo()
    assert tagging.article_tags.names() == []
    tagging.stop()


def test_filtering_by_a_tag_narrows_the_tree_to_its_articles(services, reading, host):
    tagging, _stack = _tagging(services, reading, host)
    first, second = first_article_ids(services.ctx.db, 2)
    reading.select_article(second)
    tagging.tag_current("重点")
    tagging.filter_tree(["重点"], "any")
    assert reading.visible_article_ids() == [second]
    tagging.filter_tree([], "any")
    assert first in reading.visible_article_ids()
    tagging.stop()
