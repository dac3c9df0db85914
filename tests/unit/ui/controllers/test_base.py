from desktop.ui.controllers.base import Controller, DockPanel


def test_a_controller_holds_the_shared_services(services, host):
    controller = Controller(services, host)
    assert controller.db is services.ctx.db
    assert controller.events is services.events and controller.notifier is services.notifier
    assert controller.action_slots() == {}
    assert controller.parent() is host


def test_a_dock_panel_has_nothing_to_reload_or_stop_unless_it_says_so(services):
    panel = DockPanel(services)
    panel.reload()
    panel.stop()


def test_no_panel_starts_work_once_the_window_has_stopped_it(window, monkeypatch):
    """A job a panel started after the window stopped its work would outlive the window, and a
    QThread destroyed while it runs aborts the process (a window replaced by a language change
    or a restore is deleted right after)."""
    from desktop.ui.workers import Job

    started = []
    window.stop_work()
    monkeypatch.setattr(Job, "start", lambda self: started.append(self))
    window.language._loaded(None)  # a dictionary load finishing late
    for panel in window.panels:
        panel.reload()
    window.tagging.learn()
    window.safekeeping.start_checks()
    assert started == []
