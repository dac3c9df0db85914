"""The library as a new user first meets it, and the names its stages are used by."""

from desktop.services import importing, issues, library, reparsing, stats


def test_a_new_library_holds_the_bundled_seeds(db):
    stats = library.stats(db)
    assert (stats.issues, stats.articles, stats.papers) == (5, 36, 3)
    rows = library.list_issues(db)
    assert {r.paper for r in rows} == {"嘉定报", "青浦报", "嘉定国资"}
    assert all(r.unread == r.articles for r in rows)


def test_the_stages_public_names_are_importable_from_the_library():
    assert library.import_paths is importing.import_paths
    assert library.reparse is reparsing.reparse
    assert library.ReparseReport is reparsing.ReparseReport
    assert (library.edit_issue, library.delete_issue) == (issues.edit_issue, issues.delete_issue)
    assert (library.list_issues, library.IssueRow) == (issues.list_issues, issues.IssueRow)
    assert (library.stats, library.Stats) == (stats.stats, stats.Stats)
