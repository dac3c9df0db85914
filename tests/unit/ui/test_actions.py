"""The table of actions: every command once, every menu entry a command of the table, the
read-only state and the annotation exports derived from it."""

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from desktop.services.exports import formats_for
from desktop.ui.actions import (
    ACTIONS,
    MENUS,
    SEPARATOR,
    SPECS,
    ActionId,
    ActionSet,
    annotation_export_action,
)


def _menu_ids(items):
    for item in items:
        if isinstance(item, tuple):
            yield from _menu_ids(item[1])
        elif item != SEPARATOR and not item.startswith("@"):
            yield item


def test_every_command_is_in_the_table_once_and_every_menu_entry_is_a_command():
    ids = [spec.id for spec in ACTIONS]
    assert len(ids) == len(set(ids))
    assert set(ActionId) <= set(ids)
    assert set(_menu_ids(MENUS)) <= set(SPECS)


def test_each_annotation_format_of_the_export_registry_has_its_menu_entry():
    menu = set(_menu_ids(MENUS))
    for name, fmt in formats_for("annotations").items():
        assert annotation_export_action(name) in menu
        assert SPECS[annotation_export_action(name)].text == f"{fmt.label}…"


def test_read_only_disables_exactly_the_commands_that_write(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    actions = ActionSet(window, {s.id: QAction(s.id, window) for s in ACTIONS if s.made_elsewhere})
    actions.set_read_only()
    for spec in ACTIONS:
        assert actions[spec.id].isEnabled() is not spec.needs_write, spec.id
