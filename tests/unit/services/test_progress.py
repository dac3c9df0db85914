"""Every long-running library job takes the same progress and cancel callables, so a caller
writes one of each for all of them."""

from typing import get_type_hints

from desktop.services import backup, importing, reparsing
from desktop.services.progress import CancelFn, ProgressFn


def test_the_library_jobs_take_the_one_progress_and_cancel_shape():
    for job in (importing.import_paths, reparsing.reparse, backup.daily_backup):
        hints = get_type_hints(job)
        assert hints["progress"] == ProgressFn | None, job.__name__
        assert hints["should_cancel"] == CancelFn | None, job.__name__
