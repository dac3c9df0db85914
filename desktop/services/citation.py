"""Citations in GB/T 7714 newspaper style: `作者. 题名[N]. 报名, 日期(版次).` — what is unknown
is left out."""

from __future__ import annotations

MAX_AUTHORS = 3  # GB/T 7714 lists three authors, then 等


def cite(
    authors: list[str],
    title: str | None,
    paper: str | None,
    date: str | None,
    *,
    subtitle: str | None = None,
    page: str | None = None,
) -> str:
    parts = []
    if authors:
        shown = ", ".join(authors[:MAX_AUTHORS])
        if len(authors) > MAX_AUTHORS:
            shown += ", 等"
        parts.append(f"{shown}.")
    heading = title or "（无题）"
    if subtitle:
        heading += f"：{subtitle}"
    parts.append(f"{heading}[N].")
    where = ", ".join(x for x in (paper, date) if x)
    if page:
        where += f"({page})"
    if where:
        parts.append(f"{where}.")
    return " ".join(parts)
