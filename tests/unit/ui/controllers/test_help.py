from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from desktop.ui.actions import ACTIONS, ActionId, ActionSet
from desktop.ui.controllers.help import HelpController
from desktop.ui.views import shortcuts


def _actions(host):
    return ActionSet(host, {s.id: QAction(s.id, host) for s in ACTIONS if s.made_elsewhere})


def test_the_shortcuts_dialog_lists_the_action_tables_keys(services, host, monkeypatch):
    actions = _actions(host)
    shown = []
    monkeypatch.setattr(shortcuts.ShortcutsDialog, "exec", lambda self: shown.append(self))
    help_ = HelpController(services, actions, host)
    help_.action_slots()[ActionId.SHORTCUTS]()
    (dialog,) = shown
    keys = [row[0] for row in shortcuts.shortcut_rows(actions)]
    assert "Ctrl+F" in " ".join(keys)
    assert dialog.parent() is host


def test_about_names_the_library_file(services, host, monkeypatch):
    said = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: said.append(text))
    HelpController(services, _actions(host), host).action_slots()[ActionId.ABOUT]()
    assert str(services.ctx.db.path) in said[0]
