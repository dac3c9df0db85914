"""An unexpected error is logged with its traceback and shown in one dialog that names the log."""

import logging

from PySide6.QtWidgets import QMessageBox

from desktop.ui.errors import CrashReporter, setup_logging


def test_an_unexpected_error_is_logged_and_named_in_a_dialog(qtbot, tmp_path, monkeypatch):
    log_file = setup_logging(tmp_path / "logs")
    shown = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda parent, title, text: shown.append((title, text))
    )
    reporter = CrashReporter(log_file)
    try:
        raise ValueError("a bug in a slot")
    except ValueError as error:
        reporter.handle(type(error), error, error.__traceback__)
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "ValueError: a bug in a slot" in log_file.read_text("utf-8")
    assert "Traceback" in log_file.read_text("utf-8")  # the traceback goes to the log…
    ((title, text),) = shown
    assert title == "出错了"
    assert str(log_file) in text and "Traceback" not in text  # …and never to the user
    for handler in list(logging.getLogger().handlers):
        if getattr(handler, "baseFilename", None) == str(log_file):
            logging.getLogger().removeHandler(handler)
            handler.close()
