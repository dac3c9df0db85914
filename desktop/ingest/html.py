"""Saved e-paper (数字报) article pages → the article's lines, and the paper, date and page.

A saved page holds one article amid the site's chrome: navigation, the page's other titles,
buttons, footers. html_article finds the article and its headline group in the page's tree;
html_facts reads the paper, date and page from the page's header lines, its `<meta>` tags,
the address it was saved from, or the file name.

Several saved pages of one issue become one issue: `group_issues` sorts them by (paper, date)
and page, and gives each issue its lines, a page header line starting each page.

selectolax (Lexbor, MIT) parses as a browser does: saved pages are often broken markup.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from selectolax.lexbor import LexborHTMLParser

from desktop.ingest import markers
from desktop.ingest.decode import IngestError, decode
from desktop.ingest.html_article import (
    BODY_SIZE,
    article_container,
    body_lines,
    headline_group,
    node_text,
    outside_text,
    page_metas,
    strip_chrome,
)
from desktop.ingest.html_facts import date_of, page_of, paper_of
from desktop.ingest.lines import SourceLine
from desktop.ingest.papers import PaperTable, bundled_papers

ENCODING_PREFIX = "html"  # a ParsedIssue from saved pages says "html/<charset>"

_SAVED_FROM = re.compile(r"saved from url=\(\d+\)(\S+)")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)


class NoArticleError(IngestError):
    pass


@dataclass(frozen=True)
class SavedPage:
    """One saved article page: its lines and what it says about its issue."""

    name: str
    sha256: str
    encoding: str
    paper: str | None
    date: str | None  # ISO, as precise as the page tells
    page: int | None  # the printed page (版) the article is on
    page_label: str  # the page header as printed, `第01版：要闻`, or ""
    lines: list[SourceLine]


@dataclass
class SavedIssue:
    """The saved pages of one issue, in page order."""

    paper: str | None
    date: str | None
    pages: list[SavedPage] = field(default_factory=list)

    @property
    def sha256(self) -> str:
        """Of the pages' own hashes in order: the same files make the same issue."""
        return hashlib.sha256("".join(p.sha256 for p in self.pages).encode()).hexdigest()

    @property
    def source(self) -> str:
        return self.pages[0].name if len(self.pages) == 1 else f"{self.pages[0].name} …"

    @property
    def lines(self) -> list[SourceLine]:
        """Every page's lines; each page (版) starts with its page header lines."""
        out: list[SourceLine] = []
        shown: int | str | None = "none yet"
        for page in self.pages:
            if page.page != shown:
                out += [SourceLine(t, page.page) for t in _header_lines(self, page)]
                shown = page.page
            out.extend(page.lines)
        return out


def _header_lines(issue: SavedIssue, page: SavedPage) -> list[str]:
    """The page header as the parser reads one: `人民日报 2024年01月13日`, and
    `第01版：要闻 2024-01-13`."""
    out = []
    if issue.date and len(issue.date) == 10:
        y, m, d = issue.date.split("-")
        out.append(f"{issue.paper or ''} {y}年{m}月{d}日".strip())
    label = page.page_label or (f"第{page.page:02d}版" if page.page else "")
    if label and issue.date:
        out.append(f"{label} {issue.date}")
    elif label:
        out.append(label)
    # A line the parser would not take for a page header would become an article's text.
    return [line for line in out if markers.page_header(line)]


def read_html(data: bytes, name: str, *, papers: PaperTable | None = None) -> SavedPage:
    """The article of a saved web page; NoArticleError if the page holds none (an index or
    a site's front page)."""
    papers = papers or bundled_papers()
    text, encoding = _decode(data, name)
    tree = LexborHTMLParser(text)
    saved_from = " ".join(_SAVED_FROM.findall(text[:4096]))
    metas = page_metas(tree)
    page_title = node_text(tree.css_first("title"))
    strip_chrome(tree)
    container = article_container(tree)
    if container is None:
        raise NoArticleError(
            name,
            "this web page holds no article text (it may be the paper's front page or a list "
            "of articles).",
            "Open one article of the e-paper, save that page, and import it.",
        )
    heads = headline_group(tree, container)
    body = body_lines(container)
    outside = [*outside_text(tree, container), page_title]
    paper = paper_of(outside, metas, name, papers)
    date = date_of(outside, metas, saved_from, name)
    page, label = page_of(outside, metas, name)
    lines = [SourceLine(t, page, size) for t, size in heads]
    lines += [SourceLine(t, page, BODY_SIZE) for t in body]
    return SavedPage(
        name=name,
        sha256=hashlib.sha256(data).hexdigest(),
        encoding=f"{ENCODING_PREFIX}/{encoding}",
        paper=paper,
        date=date,
        page=page,
        page_label=label,
        lines=lines,
    )


def group_issues(pages: Iterable[SavedPage]) -> Iterator[SavedIssue]:
    """Saved pages of one (paper, date) as one issue each, pages in page order. Pages of an
    unknown paper group by their date alone; a page without a date is an issue of its own."""
    issues: dict[tuple[str | None, str] | str, SavedIssue] = {}
    for page in pages:
        key: tuple[str | None, str] | str = (
            (page.paper, page.date) if page.date else f"alone:{page.name}"
        )
        issues.setdefault(key, SavedIssue(page.paper, page.date)).pages.append(page)
    for issue in issues.values():
        issue.pages.sort(key=lambda p: (p.page is None, p.page or 0, p.name))
        yield issue


# ---- reading the page ----


def _decode(data: bytes, name: str) -> tuple[str, str]:
    """The page's text: the charset its <meta> declares, else what decode() finds."""
    declared = _CHARSET.search(data[:4096])
    if declared:
        charset = declared.group(1).decode("ascii").lower()
        if charset in ("gb2312", "gbk", "gb18030", "x-gbk"):
            charset = "gb18030"  # the superset: no character of the others fails in it
        try:
            return data.decode(charset), charset
        except (LookupError, UnicodeDecodeError):
            pass  # a page that lies about its charset: let the detector decide
    decoded = decode(data, name)
    return decoded.text, decoded.encoding
