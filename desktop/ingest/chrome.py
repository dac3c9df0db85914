"""Page headers and e-paper chrome: lines made only of a paper's name, a date, a page, a
weekday and the buttons of a 数字报 page (`人民日报 2024年01月13日 星期六 第01版：要闻`,
`a0002版:城事`, `上一版 下一版`). They tell the paper, the date and the page; they are never a
title or body text."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from desktop.ingest import conventions as conv

_PIECES = [(kind, re.compile(row)) for kind, row in conv.HEADER_PIECES]
_SEPARATORS = re.compile(conv.HEADER_SEPARATORS)
_MAX_LEN = 80
# A line is chrome only with one of these; a name, a weekday or a page's name alone is not.
_STRONG = {"date", "page", "issue", "chrome", "time", "pinyin", "monthday"}
# Every strong piece has a digit, a page or date word, a chrome button or capitals.
_MAYBE = re.compile(r"[\d〇零版年期上下返导发字打关收分浏放缩默出国A-Z]")
_FOLIO = re.compile(r"[-—–·]\s*(?P<page>\d{1,3})\s*[-—–·]")
_PAGE_NAME = re.compile(r"[\u4e00-\u9fff·]{1,6}(?=[\s|｜]|$)")
_CN = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0}


@dataclass(frozen=True)
class PageHeader:
    name: str | None = None
    page: str | None = None
    date: tuple[int, int, int] | None = None  # (year, month, day)


def cn_number(text: str) -> int:
    """`一九四六` → 1946 (digit by digit), `十一` → 11, `二十三` → 23, `廿三` → 23."""
    text = text.replace("廿", "二十").replace("卅", "三十")
    if "十" not in text:
        return int("".join(str(_CN.get(c, 0)) for c in text) or 0)
    tens, _, ones = text.partition("十")
    return (_CN.get(tens, 1) if tens else 1) * 10 + (_CN.get(ones, 0) if ones else 0)


def _date(g: dict[str, str | None]) -> tuple[int, int, int] | None:
    if g.get("y"):
        y, m, d = int(g["y"] or 0), int(g["m"] or 0), int(g["d"] or 0)
    elif g.get("cy"):
        y, m, d = cn_number(g["cy"] or ""), cn_number(g["cm"] or ""), cn_number(g["cd"] or "")
    else:
        return None
    return (y, m, d) if 1 <= m <= 12 and 1 <= d <= 31 else None


@functools.lru_cache(maxsize=4096)
def page_header(line: str) -> PageHeader | None:
    """The header a line is, or None when anything else is printed on it. (Asked of every
    line by the tokenizer, the masthead and the date: cached.)"""
    line = line.strip()
    if not line or len(line) > _MAX_LEN or not _MAYBE.search(line):
        return None
    folio = _FOLIO.fullmatch(line)
    if folio:  # a page number alone: `- 2 -`, `·3·`
        return PageHeader(page=folio.group("page"))
    pos, kinds = 0, []
    name = page = None
    date = None
    while True:
        pos = _SEPARATORS.match(line, pos).end()  # type: ignore[union-attr]
        if pos >= len(line):
            break
        found = next(((k, m) for k, p in _PIECES if (m := p.match(line, pos))), None)
        if found is None and kinds and kinds[-1] == "page":
            # Whatever short name follows a page number is that page's name: `第A5版 | 文体`.
            m = _PAGE_NAME.match(line, pos)
            found = ("section", m) if m else None
        if found is None:
            return None
        kind, m = found
        kinds.append(kind)
        g = m.groupdict()
        if kind == "name" and name is None:
            name = m.group(0)
        if kind == "page" and page is None:
            page = g.get("page")
        if kind == "date" and date is None:
            date = _date(g)
        pos = m.end()
    if not set(kinds) & _STRONG:
        return None
    return PageHeader(name, page, date)
