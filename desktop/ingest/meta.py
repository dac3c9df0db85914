"""Issue metadata the text implies: which paper, and when.

A printed issue date decides: a page header or masthead line (`第1版:要闻 2022-05-28`,
`2025年1月14日 星期二`, `一九四六年五月十一日`). Else the year comes from the latest year the
text speaks of as present or past (`部署2025年招商服务工作`; a year named in passing,
`2021年出台的`, only when there is no other), else from a dated anniversary
(`庆祝中国共产党成立102周年` → 2023). The month is the one most events in the issue fall in
(`5月12日`). The paper is the one the masthead names, else a guess from places (papers.py).
"""

from __future__ import annotations

import re
from collections import Counter

from desktop.ingest import markers
from desktop.ingest.papers import PaperTable, bundled_papers

_MASTHEAD = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d\d)\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日\s*"
    r"(?:星期|周)[一二三四五六日天]"
)
_YEAR = re.compile(r"(?<!\d)(?P<y>(?:19[4-9]|20\d)\d)\s*年")
# Years spoken of as the future: plans and targets, not the present.
_FUTURE_BEFORE = re.compile(r"(?:到|至|将于|将在|力争|计划|预计|规划|争取|直到|截至)\s*$")
_FUTURE_AFTER = re.compile(r"^\s*(?:前|以前|之前|底前|年底前)")
# Years named in passing, for an earlier act or a period: not the present.
_PASSING_AFTER = re.compile(r"^\s*(?:出台|印发|颁布|发布的|制定|通过的|获批|以来|起施行|版)")
_EVENT_DAY = re.compile(r"(?<!\d)(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*(?:日|号)")
_ANNIVERSARIES = (
    (re.compile(r"(?:中国共产党|建党)成立\s*(\d{1,3})\s*周年"), 1921),
    (re.compile(r"(?:新中国|中华人民共和国)成立\s*(\d{1,3})\s*周年"), 1949),
    (re.compile(r"改革开放\s*(\d{1,3})\s*周年"), 1978),
)


_CN_DIGIT = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0}


def cn_number(text: str) -> int:
    """`一九四六` → 1946 (digit by digit), `十一` → 11, `二十三` → 23, `廿三` → 23."""
    text = text.replace("廿", "二十").replace("卅", "三十")
    if "十" not in text:
        return int("".join(str(_CN_DIGIT.get(c, 0)) for c in text) or 0)
    tens, _, ones = text.partition("十")
    return (_CN_DIGIT.get(tens, 1) if tens else 1) * 10 + (_CN_DIGIT.get(ones, 0) if ones else 0)


def printed_date(lines: list[str]) -> str | None:
    """The issue date a page header or masthead line prints, in digits or Chinese numerals."""
    for line in lines:
        m = markers.page_header(line)
        if not m:
            continue
        g = m.groupdict()
        if g.get("iso"):
            y, mo, d = (int(x) for x in g["iso"].split("-"))
        elif g.get("y"):
            y, mo, d = int(g["y"]), int(g["m"]), int(g["d"])
        elif g.get("cy"):
            y, mo, d = cn_number(g["cy"]), cn_number(g["cm"]), cn_number(g["cd"])
        else:
            continue
        if 1 <= mo <= 12 and 1 <= d <= 31:
            return f"{y:04d}-{mo:02d}-{d:02d}"
    return None


def infer_date(text: str) -> str | None:
    """ISO date as precise as the text allows: `2023-05-16`, `2023-05`, `2023`, or None."""
    printed = printed_date(text.splitlines())
    if printed:
        return printed
    masthead = _MASTHEAD.search(text)
    if masthead:
        y, m, d = (int(masthead.group(k)) for k in "ymd")
        if 1 <= m <= 12 and 1 <= d <= 31:
            return f"{y:04d}-{m:02d}-{d:02d}"
    year = _infer_year(text)
    month = _infer_month(text)
    if year and month == 1 and re.search(rf"{year}\s*年\s*12\s*月", text):
        year += 1  # a January issue looking back at a dated December event
    if year and month:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}" if year else None


def _infer_year(text: str) -> int | None:
    years: list[int] = []
    passing: list[int] = []
    for m in _YEAR.finditer(text):
        before = text[max(0, m.start() - 4) : m.start()]
        after = text[m.end() : m.end() + 4]
        if _FUTURE_BEFORE.search(before) or _FUTURE_AFTER.match(after):
            continue
        (passing if _PASSING_AFTER.match(after) else years).append(int(m.group("y")))
    if years or passing:
        return max(years or passing)
    for pattern, base in _ANNIVERSARIES:
        m = pattern.search(text)
        if m:
            return base + int(m.group(1))
    return None


def _infer_month(text: str) -> int | None:
    months = Counter(
        int(m.group("m"))
        for m in _EVENT_DAY.finditer(text)
        if 1 <= int(m.group("m")) <= 12 and 1 <= int(m.group("d")) <= 31
    )
    if not months:
        return None
    top = max(months.values())
    tied = sorted(m for m, n in months.items() if n == top)
    # An issue in January reports on late December too: the new month wins a tie.
    if 1 in tied and 12 in tied:
        return 1
    return tied[-1]


def infer_paper(text: str, papers: PaperTable | None = None) -> tuple[str | None, bool]:
    """(the paper, whether it is only a guess from the places the text speaks of).

    A masthead, page header or own-name dateline decides; place names are the last resort."""
    papers = papers or bundled_papers()
    named = papers.masthead(text.splitlines())
    if named:
        return named, False
    guess = papers.guess(text)
    if guess is None:
        return None, False
    # The state-assets newsletters (嘉定国资) are about the district's state-owned companies.
    place = next((p.places[0] for p in papers.papers if p.name == guess and p.places), "")
    newsletter = f"{place}国资"
    if (
        newsletter in papers.by_name
        and text.count("国资") >= 10
        and len(re.findall(r"[【\[]供稿[:：]", text)) >= 2
    ):
        return newsletter, True
    return guess, True
