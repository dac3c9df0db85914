"""What a saved web page says about its issue: the paper, the date and the page (版).

Each is read from the page's own lines outside the article (its header), its `<meta>` tags,
the address it was saved from, or the file name, in that order.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from desktop.ingest.chrome import cn_number
from desktop.ingest.papers import PaperTable

_DATE_CN = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_DATE_ISO = re.compile(r"(?<!\d)(\d{4})[-/._年](\d{1,2})[-/._月](\d{1,2})(?!\d)")
_DATE_URL = re.compile(r"(?<!\d)(\d{4})-?(\d{2})/(\d{2})(?!\d)")
_DATE_COMPACT = re.compile(r"(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)")
_PAGE = re.compile(
    r"第\s*([0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})\s*版(?:\s*[:：]\s*([^\s（）()|]{1,12}))?"
)
_PAGE_IN_NAME = re.compile(r"(?:第|[_-]p|[_-]page|[_-]b)([0-9]{1,3})(?:版)?(?=[_\-.]|$)", re.I)
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


def _known_paper(text: str, papers: PaperTable) -> str | None:
    compact = re.sub(r"\s+", "", text)
    hits = [name for name in papers.by_name if len(name) >= 3 and name in compact]
    return papers.by_name[max(hits, key=len)] if hits else None


def paper_of(
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


def date_of(lines: Sequence[str], metas: dict[str, str], saved_from: str, name: str) -> str | None:
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


def page_of(lines: Sequence[str], metas: dict[str, str], name: str) -> tuple[int | None, str]:
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
