"""The flat models' base: rows replaced in one reset, indexes checked, roles asked of the row."""

from PySide6.QtCore import QModelIndex, Qt

from desktop.ui.models.rows import RowListModel, RowTableModel


class Words(RowListModel):
    def row_data(self, row, role, column):
        return row.upper() if role == Qt.ItemDataRole.DisplayRole else None


class Pairs(RowTableModel):
    COLUMNS = ("left", "right")

    def row_data(self, row, role, column):
        return row[column] if role == Qt.ItemDataRole.DisplayRole else None


def test_a_list_model_shows_its_rows_and_replaces_them_in_one_reset(qtbot, qtmodeltester):
    model = Words(rows=["a", "b"])
    assert [model.index(r).data() for r in range(model.rowCount())] == ["A", "B"]
    with qtbot.waitSignals([model.modelAboutToBeReset, model.modelReset]):
        model.set_rows(["c"])
    assert model.rows() == ["c"] and model.row_at(0) == "c"
    qtmodeltester.check(model)


def test_an_index_out_of_range_or_a_child_shows_nothing():
    model = Words(rows=["a"])
    assert model.data(model.index(5)) is None
    assert model.data(QModelIndex()) is None
    assert model.rowCount(model.index(0)) == 0  # a list has no children


def test_a_table_model_names_its_columns(qtmodeltester):
    model = Pairs()
    model.set_rows([("x", "y")])
    assert model.columnCount() == 2
    assert model.headerData(1, Qt.Orientation.Horizontal) == "right"
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.index(0, 1).data() == "y"
    qtmodeltester.check(model)
