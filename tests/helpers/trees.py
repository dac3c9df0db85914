"""Walking a Qt item model: every index, depth first, as a user opening every row would."""

from PySide6.QtCore import QModelIndex


def tree_rows(model, parent=None):
    parent = parent or QModelIndex()
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        yield index
        yield from tree_rows(model, index)
