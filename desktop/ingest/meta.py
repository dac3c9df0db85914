"""Issue metadata the text implies: which paper, and when.

The files carry no masthead date. The year comes from a printed issue date if there is one,
else from the latest year the text speaks of as present or past (`部署2025年招商服务工作`),
else from a dated anniversary (`庆祝中国共产党成立102周年` → 2023). The month is the one most
events in the issue fall in (`5月12日`). The paper is the district the text is about.
"""

from __future__ import annotations

import re
from collections import Counter

_MASTHEAD = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d\d)\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日\s*"
    r"(?:星期|周)[一二三四五六日天]"
)
_YEAR = re.compile(r"(?<!\d)(?P<y>(?:19[4-9]|20\d)\d)\s*年")
# Years spoken of as the future: plans and targets, not the present.
_FUTURE_BEFORE = re.compile(r"(?:到|至|将于|将在|力争|计划|预计|规划|争取|直到|截至)\s*$")
_FUTURE_AFTER = re.compile(r"^\s*(?:前|以前|之前|底前|年底前)")
_EVENT_DAY = re.compile(r"(?<!\d)(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*(?:日|号)")
_ANNIVERSARIES = (
    (re.compile(r"(?:中国共产党|建党)成立\s*(\d{1,3})\s*周年"), 1921),
    (re.compile(r"(?:新中国|中华人民共和国)成立\s*(\d{1,3})\s*周年"), 1949),
    (re.compile(r"改革开放\s*(\d{1,3})\s*周年"), 1978),
)
# Shanghai's districts; a district paper is named after its district (嘉定报, 青浦报 …).
DISTRICTS = (
    "嘉定",
    "青浦",
    "松江",
    "闵行",
    "宝山",
    "奉贤",
    "金山",
    "崇明",
    "浦东",
    "黄浦",
    "徐汇",
    "长宁",
    "静安",
    "普陀",
    "虹口",
    "杨浦",
)


def infer_date(text: str) -> str | None:
    """ISO date as precise as the text allows: `2023-05-16`, `2023-05`, `2023`, or None."""
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
    years = []
    for m in _YEAR.finditer(text):
        before = text[max(0, m.start() - 4) : m.start()]
        after = text[m.end() : m.end() + 4]
        if _FUTURE_BEFORE.search(before) or _FUTURE_AFTER.match(after):
            continue
        years.append(int(m.group("y")))
    if years:
        return max(years)
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


def infer_paper(text: str) -> tuple[str | None, bool]:
    """(the paper, whether it is only a guess from the places the text speaks of)."""
    counts = Counter({d: text.count(d) for d in DISTRICTS})
    (top, n), *rest = counts.most_common(2)
    runner_up = rest[0][1] if rest else 0
    if n < 3 or n < 2 * runner_up:
        return None, False
    # The state-assets newsletters (嘉定国资) are about the district's state-owned companies.
    if text.count("国资") >= 10 and len(re.findall(r"[【\[]供稿[:：]", text)) >= 2:
        return f"{top}国资", True
    return f"{top}报", True
