"""The page beside the text: an issue's printed pages from its kept PDFs, the region of each
article on them, the two parts of an article that jumps to another page, and a page drawn as
pixels (by PDFium, through pypdfium2: PySide6-Essentials has no QtPdf). No Qt here: the window
wraps the pixels in a QImage.

An article's region is the boxes of the printed lines its text was read from. They are found
again from the kept files when the page view asks (a line belongs to the article whose text
holds it, looked for from the article the previous line went to), rather than stored at
import: so they are always those of the articles the last parse made, and need no table."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import pypdfium2 as pdfium
from sqlmodel import select

from desktop.ingest.chrome import page_header
from desktop.ingest.lines import SourceLine
from desktop.services.pdf_files import (
    StoredPage,
    issue_lines,
    read_files,
    stored_files,
    stored_pages,
)
from desktop.store.database import Database
from desktop.store.models import Article, IssueFile

Box = tuple[float, float, float, float]  # left, top, right, bottom in points, from the top left

_PROBE = 12  # characters of a line looked for in the articles' texts


@dataclass(frozen=True)
class Region:
    """Where an article is printed on one page: a box per run of its lines in one column."""

    article_id: int
    page: int
    boxes: tuple[Box, ...]


@dataclass(frozen=True)
class PageLayout:
    """An issue's printed pages and its articles' regions on them."""

    issue_id: int
    pages: list[StoredPage]
    regions: list[Region]
    # An article that jumps to another page → the other part, both ways.
    parts: dict[int, int] = field(default_factory=dict)

    @property
    def numbers(self) -> list[int]:
        return [p.page for p in self.pages]

    def stored(self, page: int) -> StoredPage | None:
        return next((p for p in self.pages if p.page == page), None)

    def regions_on(self, page: int) -> list[Region]:
        return [r for r in self.regions if r.page == page]

    def page_of(self, article_id: int) -> int | None:
        """The first page the article is printed on."""
        return next((r.page for r in self.regions if r.article_id == article_id), None)


@dataclass(frozen=True)
class PageImage:
    """A page drawn: 32-bit pixels (B, G, R, unused: Qt's RGB32 on a little-endian machine)."""

    width: int
    height: int
    stride: int
    pixels: bytes
    scale: float  # pixels per point


def has_pages(db: Database, issue_id: int) -> bool:
    """Whether the issue was read from PDFs the library keeps."""
    with db.session() as session:
        found = session.exec(select(IssueFile.id).where(IssueFile.issue_id == issue_id)).first()
    return found is not None


def issue_layout(db: Database, issue_id: int) -> PageLayout | None:
    """The issue's pages and regions; None if it was not read from PDFs. (Reads its files:
    a tenth of a second a page, for the window's worker thread.)"""
    with db.session() as session:
        rows = stored_files(session, issue_id)
        if not rows:
            return None
        articles = list(
            session.exec(
                select(Article).where(Article.issue_id == issue_id).order_by(Article.ordinal)
            ).all()
        )
        for row in rows:
            session.expunge(row)
    lines = issue_lines(read_files(rows))
    regions = find_regions(lines, articles)
    return PageLayout(issue_id, stored_pages(rows), regions, _parts(articles, regions))


def render_page(
    db: Database, page: StoredPage, *, zoom: float = 1.0, width: float = 0
) -> PageImage:
    """One page drawn `width` pixels wide (if given) times `zoom`, else at `zoom` pixels a
    point."""
    with db.session() as session:
        row = session.get(IssueFile, page.file_id)
        assert row is not None
        data = row.data
    doc = pdfium.PdfDocument(data)
    try:
        pdf_page = doc[page.index]
        scale = zoom * (width / pdf_page.get_width() if width else 1.0)
        bitmap = pdf_page.render(scale=scale, prefer_bgrx=True)
        return PageImage(bitmap.width, bitmap.height, bitmap.stride, bytes(bitmap.buffer), scale)
    finally:
        doc.close()


# ---- regions: the lines each article was read from ----


def _norm(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKC", text) if c.isalnum())


def _probes(text: str) -> list[str]:
    """Pieces of a line to look for: its start, middle and end (a dateline or a jump the
    parser lifted out of the text leaves the rest of the line in it)."""
    n = len(text)
    if n <= _PROBE:
        return [text]
    mid = (n - _PROBE) // 2
    return [text[:_PROBE], text[mid : mid + _PROBE], text[-_PROBE:]]


def _haystack(article: Article) -> str:
    parts = [
        article.section,
        article.column_label,
        article.kicker,
        article.title,
        article.subtitle,
        article.text,
        " ".join(article.author_list),
        article.source,
        article.markers,
    ]
    return _norm(" ".join(p for p in parts if p))


def find_regions(lines: Sequence[SourceLine], articles: Sequence[Article]) -> list[Region]:
    """Each article's region on each page it is printed on, from the lines it was read from."""
    stacks = [_haystack(a) for a in articles]
    boxes: dict[tuple[int, int], list[Box]] = {}  # (article index, page) → its lines' boxes
    current = 0
    for line in lines:
        text = _norm(line.text)
        if len(text) < 2 or line.bbox is None or line.page is None or page_header(line.text):
            continue  # a page header belongs to no article
        probes = _probes(text)
        # From the article the previous line went to onwards, then back.
        order = [*range(current, len(stacks)), *range(current - 1, -1, -1)]
        found = next((i for i in order if any(p in stacks[i] for p in probes)), None)
        if found is None:
            continue  # a page header, a line the parse left out
        current = found
        boxes.setdefault((found, line.page), []).append(line.bbox)
        # A printed line may end one short piece and start the next (two briefs run on).
        after = found + 1
        if after < len(stacks) and probes[-1] not in stacks[found] and probes[-1] in stacks[after]:
            current = after
            boxes.setdefault((after, line.page), []).append(line.bbox)
    return [
        Region(articles[i].id or 0, page, tuple(_column_runs(found)))
        for (i, page), found in sorted(boxes.items(), key=lambda kv: (kv[0][1], kv[0][0]))
    ]


def _column_runs(boxes: Iterable[Box]) -> list[Box]:
    """Line boxes joined into one box per run of lines in one column."""
    runs: list[list[float]] = []
    for left, top, right, bottom in sorted(boxes, key=lambda b: (round(b[0] / 20), b[1])):
        if runs:
            run = runs[-1]
            overlap = min(run[2], right) - max(run[0], left)
            gap = top - run[3]
            if overlap > 0.5 * min(run[2] - run[0], right - left) and gap < 2 * (bottom - top):
                run[0], run[1] = min(run[0], left), min(run[1], top)
                run[2], run[3] = max(run[2], right), max(run[3], bottom)
                continue
        runs.append([left, top, right, bottom])
    return _joined([(a, b, c, d) for a, b, c, d in runs])


def _joined(boxes: list[Box]) -> list[Box]:
    """Boxes that overlap joined into one (a paragraph's box spans the columns it runs
    through, so it overlaps the runs beside it)."""
    out = list(boxes)
    merged = True
    while merged:
        merged = False
        for i in range(len(out)):
            for j in range(i + 1, len(out)):
                a, b = out[i], out[j]
                if min(a[2], b[2]) > max(a[0], b[0]) and min(a[3], b[3]) > max(a[1], b[1]):
                    out[i] = (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))
                    del out[j]
                    merged = True
                    break
            if merged:
                break
    return out


def _parts(articles: Sequence[Article], regions: Sequence[Region]) -> dict[int, int]:
    """The article that jumps (`下转第2版`) and the part that goes on (`上接第1版`), both ways:
    the continuation on the page the jump names, which names the jump's page, the one with
    the same title where there are several."""
    page_of: dict[int, int] = {}
    for region in regions:
        page_of.setdefault(region.article_id, region.page)
    parts: dict[int, int] = {}
    for a in articles:
        if not a.continued_to or a.kind == "teaser" or a.id not in page_of:
            continue
        here = str(page_of[a.id])
        rest = [
            b
            for b in articles
            if b.continued_from == here
            and b.id in page_of
            and str(page_of[b.id]) == a.continued_to
            and b.id not in parts
        ]
        rest.sort(key=lambda b: b.title != a.title)
        if rest:
            assert a.id is not None and rest[0].id is not None
            parts[a.id], parts[rest[0].id] = rest[0].id, a.id
    return parts
