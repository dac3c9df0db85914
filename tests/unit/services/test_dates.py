"""Issue dates as a user types them: 2023, 2023-05, 2023-05-16, and nothing else."""

import pytest

from desktop.services.dates import check_date, pad_date
from desktop.services.errors import InvalidInput


@pytest.mark.parametrize("value", ["2023", "2023-05", "2023-05-16", "2024-02-29"])
def test_real_dates_at_any_precision_are_kept(value):
    assert check_date(value) == value


@pytest.mark.parametrize(
    ("value", "why"),
    [
        ("2023-13", "is not a real date"),
        ("2023-02-30", "is not a real date"),
        ("2023-02-29", "is not a real date"),
        ("yesterday", "is not a date: write 2023, 2023-05 or 2023-05-16"),
        ("2023-5", "is not a date"),
        ("２０２３", "is not a date"),  # full-width digits would compare wrongly as text
        ("2023\n", "is not a date"),
        ("2023-05-16T10:00", "is not a date"),
    ],
)
def test_anything_else_is_refused_with_the_reason(value, why):
    with pytest.raises(InvalidInput, match=why):
        check_date(value)


def test_a_partial_date_covers_its_whole_year_or_month():
    assert (pad_date("2023", end=False), pad_date("2023", end=True)) == ("2023-01-01", "2023-12-31")
    assert pad_date("2023-05", end=True) == "2023-05-31"
