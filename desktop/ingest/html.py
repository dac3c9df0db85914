"""Saved e-paper (数字报) article pages → the article's lines, and the paper, date and page.

A saved page holds one article amid the site's chrome: navigation, the page's other titles,
buttons, footers. The article is the page's body container (the e-paper systems' own
`founder-content` or `#ozoom`, an `<article>`, or the element holding the most paragraph
text); its headline group is the headings and title-classed lines just before it, set in sizes
by rank (h1 the title) so the parser reads them as headline lines; bylines and paragraphs
follow at body size. The paper, date and page come from the page's own header lines, its
`<meta>` tags, the address it was saved from, or the file name, in that order.

Several saved pages of one issue become one issue: `group_issues` sorts them by (paper, date)
and page, and gives each issue its lines, a page header line starting each page.

selectolax (Lexbor, MIT) parses as a browser does: saved pages are often broken markup.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from selectolax.lexbor import LexborHTMLParser, LexborNode

from desktop.ingest import markers
from desktop.ingest.chrome import cn_number
from desktop.ingest.decode import IngestError, decode
from desktop.ingest.lines import SourceLine
from desktop.ingest.papers import PaperTable, bundled_papers

ENCODING_PREFIX = "html"  # a ParsedIssue from saved pages says "html/<charset>"

BODY_SIZE = 10.0
_TITLE_SIZE = 22.0
_DECK_SIZE = 15.0  # a kicker or a subtitle
_MINOR_HEAD_SIZE = 13.0

# What is never the article: the site's chrome.
_DROP_TAGS = "script, style, noscript, template, nav, footer, aside, form, iframe, select, button"
_CHROME = re.compile(
    r"(^|[-_ ])(nav|menu|footer|foot|copyright|banner|breadcrumb|crumb|share|toolbar|"
    r"sidebar|links?|pager|pagination|ad|ads|advert|comment|related|tools?|bottom|top)"
    r"($|[-_ \d])",
    re.I,
)
# Where e-paper systems and news sites keep an article's text.
_CONTAINERS = (
    "founder-content",
    "#ozoom",
    "[itemprop=articleBody]",
    "#articleContent",
    ".article-content",
    ".article_content",
    "article .content",
    ".content",
    "#content",
    "article",
)
_TITLE_CLASS = re.compile(r"(^|[-_ ])(title|biaoti|bt|font02|maintitle|h1)($|[-_ \d])", re.I)
_DECK_CLASS = re.compile(
    r"(^|[-_ ])(subtitle|sub-title|fbt|yt|yinti|kicker|pretitle|intro|font01|font03|h2|h3)"
    r"($|[-_ \d])",
    re.I,
)
# A column or section label (`今日谈`, `[领导关注]`): set a little larger than the body.
_LABEL_CLASS = re.compile(r"(^|[-_ ])(column|lanmu|section|channel|label)($|[-_ \d])", re.I)
_LABEL_SIZE = 11.0
_BYLINE = re.compile(
    r"^[■●◆▲\s]*(本报|首席|特约|特聘)?(记者|通讯员|作者|撰稿|文|图|摄影|编辑|来源|供稿)"
)
# A line that is only a button's label (never a line that starts with one: `大赛…`).
_BUTTON_TEXT = re.compile(
    r"^[【\[]?\s*(上一篇|下一篇|上一版|下一版|返回目录|返回|放大|缩小|默认|打印|关闭|分享|字号|"
    r"大|中|小)\s*[】\]]?$"
)
_DATE_CN = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_DATE_ISO = re.compile(r"(?<!\d)(\d{4})[-/._年](\d{1,2})[-/._月](\d{1,2})(?!\d)")
_DATE_URL = re.compile(r"(?<!\d)(\d{4})-?(\d{2})/(\d{2})(?!\d)")
_DATE_COMPACT = re.compile(r"(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)")
_PAGE = re.compile(
    r"第\s*([0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})\s*版(?:\s*[:：]\s*([^\s（）()|]{1,12}))?"
)
_PAGE_IN_NAME = re.compile(r"(?:第|[_-]p|[_-]page|[_-]b)([0-9]{1,3})(?:版)?(?=[_\-.]|$)", re.I)
_SAVED_FROM = re.compile(r"saved from url=\(\d+\)(\S+)")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
_DATE_META = (
    "publishdate",
    "pubdate",
    "publish_date",
    "publishtime",
    "article:published_time",
    "og:published_time",
    "og:release_date",
    "date",
    "dc.date",
    "contentdate",
)
_PAPER_META = (
    "og:site_name",
    "site_name",
    "sitename",
    "application-name",
    "source",
    "dc.publisher",
)
_PAGE_META = ("page", "banci", "pagenum", "pagename", "edition")


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
    metas = _metas(tree)
    page_title = _text(tree.css_first("title"))
    for node in tree.css(_DROP_TAGS):
        node.decompose()
    for node in list(tree.css("[class], [id]")):
        label = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}"
        if _CHROME.search(label) and not _holds_container(node):
            node.decompose()
    container = _container(tree)
    if container is None:
        raise NoArticleError(
            name,
            "this web page holds no article text (it may be the paper's front page or a list "
            "of articles).",
            "Open one article of the e-paper, save that page, and import it.",
        )
    heads = _headline_group(tree, container)
    body = _body_lines(container)
    outside = [*_outside_text(tree, container), page_title]
    paper = _paper(outside, metas, name, papers)
    date = _date(outside, metas, saved_from, name)
    page, label = _page(outside, metas, name)
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


def _text(node: LexborNode | None) -> str:
    if node is None:
        return ""
    return _clean(node.text(separator="", strip=False))


def _clean(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("\xa0", " ")
    return re.sub(r"[ \t\r\n\f\v]+", " ", text).strip()


def _metas(tree: LexborHTMLParser) -> dict[str, str]:
    out: dict[str, str] = {}
    for node in tree.css("meta[content]"):
        key = node.attributes.get("name") or node.attributes.get("property") or ""
        value = node.attributes.get("content") or ""
        if key and value.strip():
            out.setdefault(key.strip().lower(), value.strip())
    return out


def _holds_container(node: LexborNode) -> bool:
    """A wrapper whose class reads like chrome (`main-top`) may still hold the article."""
    if any(node.css_first(sel) is not None for sel in ("founder-content", "#ozoom", "article")):
        return True
    return sum(len(_text(p)) for p in node.css("p")) >= 200


def _container(tree: LexborHTMLParser) -> LexborNode | None:
    for selector in _CONTAINERS:
        for node in tree.css(selector):
            if _text(node):  # an e-paper's text box holds the article, however short
                return node
    # No known container: the element whose own paragraphs hold the most text.
    best, best_len = None, 0
    for node in tree.css("div, td, section, main, body"):
        own = sum(len(_text(p)) for p in node.css("p") if p.parent == node)
        if own > best_len:
            best, best_len = node, own
    return best if best_len >= 20 else None


def _leaf(node: LexborNode) -> bool:
    """No elements inside (a node's own css() matches the node itself: look at children)."""
    return next(node.iter(), None) is None


def _has(node: LexborNode, selector: str) -> bool:
    return any(child.css_first(selector) is not None for child in node.iter())


def _paragraph_nodes(container: LexborNode) -> list[LexborNode]:
    blocks = [p for p in container.css("p, li, h4, h5, h6") if not _has(p, "p")]
    return blocks or [container]


def _body_lines(container: LexborNode) -> list[str]:
    """Each paragraph, and each line a <br> starts, as one line."""
    out: list[str] = []
    for block in _paragraph_nodes(container):
        for line in _lines_of(block):
            if line and not _BUTTON_TEXT.match(line):
                out.append(line)
    return out


def _lines_of(node: LexborNode) -> list[str]:
    pieces: list[str] = [""]
    for child in node.traverse(include_text=True):
        if child.tag == "br":
            pieces.append("")
        elif child.tag == "-text":
            pieces[-1] += child.text_content or ""
    return [_clean(p) for p in pieces]


def _headline_group(tree: LexborHTMLParser, container: LexborNode) -> list[tuple[str, float]]:
    """The headings and title-classed lines just before the article's text, in order, with
    a size by rank; a byline among them is kept at body size. They are looked for in the
    smallest block around the article that has any."""
    body = set(_body_lines(container))
    scope = container.parent
    for _ in range(5):
        if scope is None:
            break
        found = [(t, size) for t, size in _heads_before(scope, container) if t not in body]
        if any(size > BODY_SIZE for _, size in found):
            return _unique(found)
        if scope.tag in ("body", "html"):
            break
        scope = scope.parent
    return []


def _unique(heads: list[tuple[str, float]]) -> list[tuple[str, float]]:
    seen: set[str] = set()
    out = []
    for text, size in heads:
        if text not in seen:
            seen.add(text)
            out.append((text, size))
    return out


def _heads_before(scope: LexborNode, container: LexborNode) -> list[tuple[str, float]]:
    out: list[tuple[str, float]] = []

    def walk(node: LexborNode) -> bool:
        """Collect under `node`; False once the container is reached."""
        for child in node.iter():
            if child == container:
                return False
            size = _head_size(child)
            if size is not None:
                text = _text(child)
                if text and len(text) <= 80:
                    out.append((text, size))
                continue
            if _leaf(child):  # a byline line, or chrome
                text = _text(child)
                if text and len(text) <= 40 and _BYLINE.match(text):
                    out.append((text, BODY_SIZE))
                continue
            if not walk(child):
                return False
        return True

    walk(scope)
    return out


def _head_size(node: LexborNode) -> float | None:
    tag = node.tag
    label = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}"
    if tag == "h1" or _TITLE_CLASS.search(label):
        return _TITLE_SIZE
    if tag in ("h2", "h3") or _DECK_CLASS.search(label):
        return _DECK_SIZE
    if tag in ("h4", "h5", "h6"):
        return _MINOR_HEAD_SIZE
    if _LABEL_CLASS.search(label):
        return _LABEL_SIZE
    return None


def _outside_text(tree: LexborHTMLParser, container: LexborNode) -> list[str]:
    """The page's lines outside the article: its header and what chrome is left."""
    inside = set(_body_lines(container))
    out: list[str] = []
    body = tree.body
    if body is None:
        return out
    for node in body.traverse():
        if node.tag in ("-text", "-comment") or not _leaf(node):
            continue
        text = _text(node)
        if text and text not in inside:
            out.append(text)
    return out


# ---- what the page says about its issue ----


def _known_paper(text: str, papers: PaperTable) -> str | None:
    compact = re.sub(r"\s+", "", text)
    hits = [name for name in papers.by_name if len(name) >= 3 and name in compact]
    return papers.by_name[max(hits, key=len)] if hits else None


def _paper(
    lines: Sequence[str], metas: dict[str, str], name: str, papers: PaperTable
) -> str | None:
    named = papers.masthead(lines)
    if named:
        return named
    for key in _PAPER_META:
        if key in metas and (paper := _known_paper(metas[key], papers)):
            return paper
    for line in [*lines, name]:
        if len(line) <= 40 and (paper := _known_paper(line, papers)):
            return paper
    return None


def _iso(y: str, m: str, d: str) -> str | None:
    year, month, day = int(y), int(m), int(d)
    if 1900 <= year <= 2100 and 1 <= month <= 12 and 1 <= day <= 31:
        return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def _date(lines: Sequence[str], metas: dict[str, str], saved_from: str, name: str) -> str | None:
    for line in lines:
        for m in _DATE_CN.finditer(line):
            if iso := _iso(*m.groups()):
                return iso
    for key in _DATE_META:
        value = metas.get(key, "")
        m = _DATE_ISO.search(value) or _DATE_COMPACT.search(value)
        if m and (iso := _iso(*m.groups())):
            return iso
    for pattern in (_DATE_URL, _DATE_ISO, _DATE_COMPACT):
        for source in (saved_from, name):
            if (m := pattern.search(source)) and (iso := _iso(*m.groups())):
                return iso
    return None


def _page_number(text: str) -> int:
    text = unicodedata.normalize("NFKC", text)
    return int(text) if text.isdigit() else cn_number(text)


def _page(lines: Sequence[str], metas: dict[str, str], name: str) -> tuple[int | None, str]:
    for line in lines:
        if len(line) <= 40 and (m := _PAGE.search(line)):
            label = f"第{m.group(1)}版" + (f"：{m.group(2)}" if m.group(2) else "")
            return _page_number(m.group(1)) or None, label
    for key in _PAGE_META:
        if key in metas and (m := re.search(r"\d{1,3}", metas[key])):
            return int(m.group()) or None, ""
    if m := _PAGE.search(name) or _PAGE_IN_NAME.search(name.rsplit(".", 1)[0]):
        return _page_number(m.group(1)) or None, ""
    return None, ""
