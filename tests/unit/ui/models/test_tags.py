from PySide6.QtCore import Qt

from desktop.nlp import TopicSuggestion
from desktop.services.tags import TagInfo
from desktop.ui.models.tags import SuggestionModel, TagListModel, TagRole


def _tags():
    return [TagInfo(1, "党风廉政", "#e03131", None, 4), TagInfo(2, "重点", "#1971c2", None, 0)]


def test_the_library_list_shows_counts_and_the_article_list_does_not(qtmodeltester):
    library, article = TagListModel(show_counts=True), TagListModel(show_counts=False)
    for model in (library, article):
        model.set_rows(_tags())
        qtmodeltester.check(model)
    assert library.index(0).data() == "党风廉政  4"
    assert article.index(0).data() == "党风廉政"
    assert library.index(0).data(Qt.ItemDataRole.EditRole) == "党风廉政"  # renaming edits the name
    assert library.index(1).data(TagRole.COLOR) == "#1971c2"
    assert library.index(0).data(TagRole.COUNT) == 4
    assert not library.index(0).data(Qt.ItemDataRole.DecorationRole).isNull()  # the swatch
    assert library.names() == ["党风廉政", "重点"]


def test_a_suggestion_says_what_points_to_it(qtmodeltester):
    model = SuggestionModel()
    model.set_rows([TopicSuggestion("交通出行", "#2f9e44", 2.5, ("地铁", "公交", "站点"))])
    index = model.index(0)
    assert index.data() == "＋ 交通出行  ·  地铁、公交、站点"
    assert index.data(TagRole.NAME) == "交通出行"
    assert index.data(TagRole.TRIGGERS) == ["地铁", "公交", "站点"]
    assert "地铁" in index.data(Qt.ItemDataRole.ToolTipRole)
    qtmodeltester.check(model)
