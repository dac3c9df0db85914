"""Long work runs one job at a time off the UI thread; its result or its failure comes back."""

import threading

from desktop.ui.controllers.jobs import JobRunner


def test_a_job_runs_off_the_ui_thread_and_hands_back_its_result(services, host, qtbot):
    import threading

    jobs = JobRunner(services, host, host)
    threads, results = [], []
    jobs.run(
        "work", lambda _p, _c: threads.append(threading.current_thread()) or 42, results.append
    )
    assert jobs.busy
    qtbot.waitUntil(lambda: results == [42], timeout=10_000)
    assert threads[0] is not threading.main_thread()
    assert not jobs.busy


def test_a_second_job_while_one_runs_is_told_to_wait(services, host, qtbot, monkeypatch):
    said = []
    monkeypatch.setattr(services.notifier, "info", lambda title, text: said.append(text))
    release = threading.Event()
    jobs = JobRunner(services, host, host)
    jobs.run("first", lambda _p, _c: release.wait(10), lambda _r: None)
    jobs.run("second", lambda _p, _c: None, lambda _r: None)
    assert said and "另一项任务" in said[0]
    release.set()
    qtbot.waitUntil(lambda: not jobs.busy, timeout=10_000)


def test_a_failed_job_is_reported_once_and_announced(services, host, qtbot, monkeypatch):
    reported = []
    monkeypatch.setattr(services.notifier, "failure", lambda title, error: reported.append(error))

    def work(_p, _c):
        raise ValueError("boom")

    jobs = JobRunner(services, host, host)
    with qtbot.waitSignal(jobs.failed, timeout=10_000):
        jobs.run("work", work, lambda _r: None)
    assert len(reported) == 1 and not jobs.busy
