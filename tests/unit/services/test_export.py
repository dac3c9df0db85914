"""`desktop.services.export` keeps the names the window and the command line import."""

from desktop.services import export
from desktop.services.exports import export_annotations, export_articles
from desktop.services.exports.files import write_atomically


def test_the_old_module_still_answers_for_the_window_and_the_cli():
    assert callable(export.write_atomically) and callable(export.article_citation)
    assert export.safe_cell("=1") == "'=1"


def test_the_old_names_are_the_exports_own():
    assert (export.export_annotations, export.export_articles) == (
        export_annotations,
        export_articles,
    )
    assert export.write_atomically is write_atomically
