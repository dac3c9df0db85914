"""The exit statuses scripts rely on: the README's numbers, each meaning one thing."""

import signal

from desktop.cli import exit_codes

STATUSES = ("BAD_INPUT", "LIBRARY", "NO_DISPLAY", "BUG", "INTERRUPTED", "READER_GONE")


def test_the_statuses_are_the_documented_numbers():
    assert [getattr(exit_codes, name) for name in STATUSES] == [3, 4, 5, 70, 130, 141]


def test_signal_statuses_are_what_a_shell_reports_for_the_signal():
    assert exit_codes.INTERRUPTED == 128 + signal.SIGINT
    assert exit_codes.READER_GONE == 128 + 13  # SIGPIPE (not defined on Windows)


def test_no_status_is_argparses_usage_error_or_success():
    values = [getattr(exit_codes, name) for name in STATUSES]
    assert len(set(values)) == len(values)
    assert not {0, 1, 2} & set(values)
