from PySide6.QtCore import Qt

from desktop.services.annotations import AnnotationRow
from desktop.store.models import Highlight
from desktop.ui.models.annotations import AnnotationsModel, NoteRole


def _row(quote, *, note=None, orphaned=False, article_id=3):
    h = Highlight(
        id=9, article_key="k", issue_sha256="s", start=0, end=len(quote), quote=quote,
        color="green", note=note, orphaned=orphaned,
    )  # fmt: skip
    return AnnotationRow(h, article_id, "标题", [], "嘉定报", "2024-05-10", "news")


def test_a_highlight_shows_quote_note_article_paper_and_date(qtmodeltester):
    model = AnnotationsModel({"green": "#b2f2bb"})
    model.set_rows([_row("以铜\n为镜", note="要点")])
    cells = [model.index(0, c).data() for c in range(model.columnCount())]
    assert cells == ["以铜 为镜", "要点", "标题", "嘉定报", "2024-05-10"]
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole).name() == "#b2f2bb"
    assert model.index(0, 1).data(Qt.ItemDataRole.BackgroundRole) is None
    assert model.index(0, 0).data(NoteRole.HIGHLIGHT_ID) == 9
    assert model.index(0, 0).data(NoteRole.ARTICLE_ID) == 3
    assert model.headerData(0, Qt.Orientation.Horizontal) == "摘录"
    qtmodeltester.check(model)


def test_an_orphaned_highlight_says_so_and_keeps_its_quote():
    model = AnnotationsModel({})
    model.set_rows([_row("原文已改", orphaned=True, article_id=None)])
    assert model.index(0, 0).data() == "【未定位】原文已改"
    assert model.index(0, 0).data(NoteRole.ORPHANED) is True
    assert model.index(0, 0).data(NoteRole.ARTICLE_ID) is None
