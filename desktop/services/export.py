"""The names the window, the CLI and older callers import from `desktop.services.export`;
the formats themselves live in `desktop.services.exports`."""

from desktop.services.exports import export_annotations, export_articles
from desktop.services.exports.articles import article_citation
from desktop.services.exports.escaping import CSV_BOM, safe_cell
from desktop.services.exports.files import write_atomically

__all__ = [
    "CSV_BOM",
    "article_citation",
    "export_annotations",
    "export_articles",
    "safe_cell",
    "write_atomically",
]
