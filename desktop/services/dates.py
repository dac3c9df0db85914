"""Issue dates as the library stores them: ISO text as precise as known (2023, 2023-05,
2023-05-16)."""

from __future__ import annotations

import re
from datetime import date as Date

from desktop.services.errors import InvalidInput

# ASCII digits only: \d would take full-width ones (２０２３), which compare wrongly as text.
_DATE = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")


def check_date(value: str) -> str:
    """`2023`, `2023-05` or `2023-05-16`, a real date; InvalidInput otherwise."""
    m = _DATE.fullmatch(value)
    if m is None:
        raise InvalidInput(
            f"“{value}” is not a date: write 2023, 2023-05 or 2023-05-16.",
            code="not_a_date",
            value=value,
        )
    year, month, day = (int(g) if g else 1 for g in m.groups())
    try:
        Date(year, month, day)
    except ValueError:
        raise InvalidInput(
            f"“{value}” is not a real date.", code="not_a_real_date", value=value
        ) from None
    return value


def pad_date(value: str, *, end: bool) -> str:
    """The first (or last) day a partial date covers, for range comparisons as text."""
    value = value.strip()
    if len(value) == 4:
        return value + ("-12-31" if end else "-01-01")
    if len(value) == 7:
        return value + ("-31" if end else "-01")
    return value
