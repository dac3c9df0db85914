"""The briefing's list: each article once, moved up and down, taken out, numbered as printed."""

from PySide6.QtCore import Qt

from desktop.ui.models.briefing import BriefingModel, BriefingRole, BriefingRow


def _row(n: int, marks: int = 0) -> BriefingRow:
    return BriefingRow(n, f"标题{n}", f"嘉定报 · 2026年12月{n}日 · 第{n}版", marks)


def test_articles_are_added_once_moved_and_removed(qtmodeltester):
    model = BriefingModel(rows=[_row(1), _row(2)])
    assert model.add([_row(2), _row(3), _row(3)]) == 1  # already there, or twice in one go
    assert model.article_ids() == [1, 2, 3]
    assert model.move(2, -1) == 1 and model.article_ids() == [1, 3, 2]
    assert model.move(0, -1) == 0 and model.article_ids() == [1, 3, 2]  # the top stays
    assert model.move(1, 1) == 2 and model.article_ids() == [1, 2, 3]
    model.remove(0)
    assert model.article_ids() == [2, 3]
    qtmodeltester.check(model)


def test_a_row_shows_its_number_title_source_and_highlights():
    model = BriefingModel(rows=[_row(1), _row(2, marks=3)])
    first, second = (model.index(r, 0) for r in range(2))
    assert first.data(Qt.ItemDataRole.DisplayRole) == "1．标题1\n嘉定报 · 2026年12月1日 · 第1版"
    assert second.data(Qt.ItemDataRole.DisplayRole).endswith("第2版 · 3 处高亮")
    assert second.data(BriefingRole.ARTICLE_ID) == 2
    model.move(1, -1)
    assert model.index(0, 0).data(Qt.ItemDataRole.DisplayRole).startswith("1．标题2")
