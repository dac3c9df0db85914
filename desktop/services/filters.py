"""SQL conditions shared by the searches over articles and over annotations.

The conditions refer to `ie` (the issue_effective view) and take the article key column to test
against tags; values go into `params`, never into the SQL text.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from desktop.services.dates import pad_date


def issue_conditions(
    params: dict[str, object],
    *,
    paper: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
) -> list[str]:
    """Paper and date range, where an issue dated only by month matches if its month overlaps."""
    clauses = []
    if paper:
        clauses.append("ie.paper = :paper")
        params["paper"] = paper
    if date_from:
        clauses.append("ie.date_end >= :date_from")
        params["date_from"] = pad_date(date_from, end=False)
    if date_to:
        clauses.append("ie.date_start <= :date_to")
        params["date_to"] = pad_date(date_to, end=True)
    return clauses


def tag_condition(
    params: dict[str, object],
    key_column: str,
    names: Sequence[str],
    mode: Literal["any", "all"] = "any",
) -> str:
    """The article (by its key column) carries any, or all, of the named tags."""
    named = {f"tag{i}": name for i, name in enumerate(names)}
    params.update(named)
    placeholders = ", ".join(f":{k}" for k in named)
    having = f"HAVING COUNT(DISTINCT t.id) = {len(named)}" if mode == "all" else ""
    return (
        f"{key_column} IN (SELECT at.article_key FROM article_tag at "
        f"JOIN tag t ON t.id = at.tag_id "
        f"WHERE t.name IN ({placeholders}) GROUP BY at.article_key {having})"
    )
