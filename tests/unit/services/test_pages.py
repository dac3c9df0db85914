"""The page beside the text, below the window: an issue's pages from its kept PDFs, each
article's region (the boxes of the lines it was read from), the two parts of a story that
jumps pages, and a page drawn as pixels."""

import pytest

from desktop.ingest.lines import parse_lines
from desktop.ingest.pdf_pages import read_pdf_file
from desktop.services import pages
from desktop.services.articles import list_articles
from desktop.services.importing import import_paths
from desktop.services.indexing import article_fields
from desktop.store.database import open_database
from desktop.store.models import Article
from tests.helpers.epaper import TITLE, page_one, page_two
from tests.helpers.pdfs import PAGE_W, Layout, corpus_issues, corpus_pdf


@pytest.fixture(scope="module")
def epaper(tmp_path_factory, segmenter):
    folder = tmp_path_factory.mktemp("epaper")
    (folder / "p_01.pdf").write_bytes(page_one())
    (folder / "p_02.pdf").write_bytes(page_two())
    db = open_database(folder / "library.sqlite3")
    (item, _) = import_paths(db, segmenter, [folder]).items
    yield db, item.issue_id
    db.close()


def test_each_article_is_outlined_on_its_own_page(epaper):
    db, issue_id = epaper
    layout = pages.issue_layout(db, issue_id)
    assert layout is not None and layout.numbers == [1, 2]
    rows = list_articles(db, issue_id)
    assert {layout.page_of(r.id) for r in rows} == {1, 2}
    for region in layout.regions:
        for left, top, right, bottom in region.boxes:
            assert 0 <= left < right <= PAGE_W and top < bottom
    # Regions of one page do not overlap: a click finds one article.
    for page in layout.numbers:
        on_page = layout.regions_on(page)
        for one in on_page:
            for other in on_page:
                if one.article_id < other.article_id:
                    assert not any(_overlap(a, b) for a in one.boxes for b in other.boxes)


def test_the_two_parts_of_a_story_that_jumps_are_joined(epaper):
    db, issue_id = epaper
    layout = pages.issue_layout(db, issue_id)
    rows = list_articles(db, issue_id)
    first = next(r for r in rows if r.title == TITLE and r.kind != "continuation")
    rest = next(r for r in rows if r.kind == "continuation")
    assert layout.parts == {first.id: rest.id, rest.id: first.id}
    assert (layout.page_of(first.id), layout.page_of(rest.id)) == (1, 2)


def test_a_page_is_drawn_at_the_width_asked_for(epaper):
    db, issue_id = epaper
    layout = pages.issue_layout(db, issue_id)
    image = pages.render_page(db, layout.stored(2), width=421)
    assert image.width == 421 and image.height > image.width
    assert len(image.pixels) == image.stride * image.height
    assert set(image.pixels[: image.stride]) != {0}  # a drawn page, not an empty buffer


def test_an_issue_of_text_has_no_pages(db):
    issue_id = list_articles(db)[0].issue_id
    assert not pages.has_pages(db, issue_id)
    assert pages.issue_layout(db, issue_id) is None


def _corpus_regions(issue, layout):
    file = read_pdf_file(corpus_pdf(issue, layout), f"{issue.stem}.pdf")
    parsed = parse_lines(list(file.lines), source=issue.stem, sha256="", encoding="pdf")
    rows = [
        Article(id=n, issue_id=1, key=str(n), ordinal=n, **article_fields(a))
        for n, a in enumerate(parsed.articles, start=1)
    ]
    return rows, pages.find_regions(list(file.lines), rows)


def _overlap(a, b):
    """Two boxes overlap, other than one inside the other (a caption in its story's) or one
    line shared (two briefs run on in one)."""
    inside = (a[0] <= b[0] and a[1] <= b[1] and a[2] >= b[2] and a[3] >= b[3]) or (
        b[0] <= a[0] and b[1] <= a[1] and b[2] >= a[2] and b[3] >= a[3]
    )
    return (
        not inside
        and min(a[2], b[2]) > max(a[0], b[0]) + 1
        and min(a[3], b[3]) > max(a[1], b[1]) + 1
    )


@pytest.mark.slow
@pytest.mark.parametrize(
    "layout", [Layout(3), Layout(6, sidebar=True)], ids=["3 columns", "sidebar"]
)
def test_every_article_of_corpus_pages_has_its_own_region(layout):
    for issue in corpus_issues()[:8]:
        rows, regions = _corpus_regions(issue, layout)
        assert {r.article_id for r in regions} == {row.id for row in rows}, issue.stem
        for one in regions:
            for other in regions:
                if one.article_id < other.article_id and one.page == other.page:
                    assert not any(_overlap(a, b) for a in one.boxes for b in other.boxes), (
                        issue.stem
                    )
