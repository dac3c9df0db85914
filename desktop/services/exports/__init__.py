"""Every export format, in one table: adding a format is a writer module and a row here.

A format's `subject` says what it takes and which `export` command offers it:
- "annotations": a list of `AnnotationRow` → text;
- "articles" and "references": a list of `ArticleView` → text;
- "briefing": a `Briefing` (ordered articles with their highlights) → bytes (DOCX, PDF).
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from desktop.services.annotations import AnnotationRow
from desktop.services.articles import ArticleView
from desktop.services.exports import annotations, articles, references
from desktop.services.exports.files import write_atomically

Subject = Literal["annotations", "articles", "references", "briefing"]


# python-docx (with lxml) and fpdf2 (with fontTools and Pillow) load only when a briefing is
# made: they would add a noticeable part to every start of the window and the command line.
def _briefing_docx(briefing: Any) -> bytes:
    from desktop.services.exports.briefing_docx import briefing_docx

    return briefing_docx(briefing)


def _briefing_pdf(briefing: Any) -> bytes:
    from desktop.services.exports.briefing_pdf import briefing_pdf

    return briefing_pdf(briefing)


@dataclass(frozen=True)
class ExportFormat:
    name: str  # what --format takes
    suffix: str  # the file name's ending, with its dot
    label: str  # what a file dialog's filter shows
    subject: Subject
    writer: Callable[[Any], str | bytes]

    @property
    def binary(self) -> bool:
        return self.subject == "briefing"


FORMATS: dict[tuple[Subject, str], ExportFormat] = {
    (f.subject, f.name): f
    for f in (
        ExportFormat(
            "markdown", ".md", "Markdown", "annotations", annotations.annotations_markdown
        ),
        ExportFormat("csv", ".csv", "CSV", "annotations", annotations.annotations_csv),
        ExportFormat("json", ".json", "JSON", "annotations", annotations.annotations_json),
        ExportFormat("markdown", ".md", "Markdown", "articles", articles.articles_markdown),
        ExportFormat("text", ".txt", "Plain text", "articles", articles.articles_text),
        ExportFormat("csl-json", ".json", "CSL-JSON", "references", references.references_csl_json),
        ExportFormat("ris", ".ris", "RIS", "references", references.references_ris),
        ExportFormat("bibtex", ".bib", "BibTeX", "references", references.references_bibtex),
        ExportFormat("docx", ".docx", "Word document", "briefing", _briefing_docx),
        ExportFormat("pdf", ".pdf", "PDF", "briefing", _briefing_pdf),
    )
}


def formats_for(subject: Subject) -> dict[str, ExportFormat]:
    """The formats of one subject, by name, in the table's order."""
    return {name: f for (s, name), f in FORMATS.items() if s == subject}


def export(subject: Subject, name: str, items: object) -> str | bytes:
    return FORMATS[(subject, name)].writer(items)


def export_annotations(rows: Sequence[AnnotationRow], fmt: str) -> str:
    text = export("annotations", fmt, list(rows))
    assert isinstance(text, str)
    return text


def export_articles(views: Sequence[ArticleView], fmt: str) -> str:
    text = export("articles", fmt, list(views))
    assert isinstance(text, str)
    return text


def export_references(views: Sequence[ArticleView], fmt: str) -> str:
    text = export("references", fmt, list(views))
    assert isinstance(text, str)
    return text


__all__ = [
    "FORMATS",
    "ExportFormat",
    "export",
    "export_annotations",
    "export_articles",
    "export_references",
    "formats_for",
    "write_atomically",
]
