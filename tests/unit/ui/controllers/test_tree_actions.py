"""The tree's own actions: an issue's paper and date corrected in its dialog, an issue deleted
only when the user says yes."""

from desktop.services import library
from desktop.ui.controllers.tree_actions import TreeActions
from desktop.ui.views.issue_dialog import IssueDialog


def _issue(db):
    return library.list_issues(db)[0]


def test_correcting_an_issue_saves_it_and_reloads(services, reading, host, qtbot, monkeypatch):
    def accept(dialog):
        dialog.paper.setText("嘉定报（校正）")
        dialog.date.setText("2023-05-16")
        return IssueDialog.DialogCode.Accepted

    monkeypatch.setattr(IssueDialog, "exec", accept)
    actions = TreeActions(services, reading, reading.tree, [], host)
    issue = _issue(services.ctx.db)
    with qtbot.waitSignal(services.events.libraryReloaded):
        actions.edit_issue(issue.id)
    edited = next(i for i in library.list_issues(services.ctx.db) if i.id == issue.id)
    assert (edited.paper, edited.date) == ("嘉定报（校正）", "2023-05-16")


def test_deleting_asks_first_and_no_keeps_the_issue(services, reading, host, monkeypatch):
    monkeypatch.setattr(services.notifier, "ask", lambda title, question: False)
    actions = TreeActions(services, reading, reading.tree, [], host)
    before = len(library.list_issues(services.ctx.db))
    actions.delete_issue(_issue(services.ctx.db).id)
    assert len(library.list_issues(services.ctx.db)) == before


def test_deleting_keeps_the_issues_notes_in_a_file(services, reading, host, qtbot, monkeypatch):
    monkeypatch.setattr(services.notifier, "ask", lambda title, question: True)
    actions = TreeActions(services, reading, reading.tree, [], host)
    issue = _issue(services.ctx.db)
    with qtbot.waitSignal(actions.deleted):
        actions.delete_issue(issue.id)
    assert issue.id not in {i.id for i in library.list_issues(services.ctx.db)}
    assert list((services.ctx.data_dir / "deleted").iterdir())
    assert "已删除" in reading.reader.toPlainText()


def test_an_issues_menu_exports_its_references_and_makes_a_briefing(services, reading, host, qtbot):
    from desktop.ui.models.issue_tree import Role
    from tests.unit.ui.views.test_tag_panel import pick_in

    actions = TreeActions(services, reading, reading.tree, [], host)
    tree = reading.tree
    tree.expandAll()
    proxy = tree.model()
    issue = proxy.index(0, 0)
    while issue.data(Role.ISSUE_ID) is None:
        issue = proxy.index(0, 0, issue)
    point = tree.visualRect(issue).center()
    pick_in("导出本期的参考文献", "BibTeX…")
    with qtbot.waitSignal(actions.referencesRequested) as asked:
        actions.tree_menu(point)
    assert asked.args == [issue.data(Role.ISSUE_ID), "bibtex"]
    article = proxy.index(0, 0, issue)
    pick_in("导出所选文章的参考文献", "CSL-JSON…")
    with qtbot.waitSignal(actions.selectionReferencesRequested) as asked:
        actions.tree_menu(tree.visualRect(article).center())
    assert asked.args == ["csl-json"]
