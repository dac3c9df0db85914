"""Background jobs: their results arrive on the UI thread, and waiting for one never hangs."""

import threading
import time

from desktop.ui.workers import Job


def test_waiting_for_a_job_whose_work_has_returned_ends_at_once(qtbot):
    started = threading.Event()

    def work(_progress, _cancelled):
        started.set()
        return "done"

    job = Job(work)
    job.start()
    assert started.wait(10)
    time.sleep(0.2)  # the work has returned; its done signal waits for this (UI) thread
    assert job.wait(3000)  # False before: the thread's loop waited for a quit() from here
    with qtbot.waitSignal(job.finished, timeout=5000) as result:
        pass
    assert result.args == ["done"]
