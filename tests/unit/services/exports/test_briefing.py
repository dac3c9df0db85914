"""Briefings (简报): the title, unit, date and each article's source line, read as Chinese."""

import pytest

from desktop.services.errors import InvalidInput
from desktop.services.exports.briefing import chinese_date, make_briefing
from tests.unit.services.exports.briefings import five, sample_briefing


def test_the_source_line_and_dates_read_as_chinese(db):
    briefing = sample_briefing(db)
    first = briefing.entries[0]
    assert first.source_line == "嘉定报 · 2023年5月 · 俞超"
    assert briefing.date == "2026年12月1日"
    assert chinese_date("2023") == "2023年" and chinese_date("2023-05-16") == "2023年5月16日"


def test_a_briefing_needs_articles_and_a_short_title(db):
    with pytest.raises(InvalidInput, match="at least one article"):
        make_briefing(db, [])
    with pytest.raises(InvalidInput, match="at most 200 characters"):
        make_briefing(db, five(db)[:1], title="题" * 201)
