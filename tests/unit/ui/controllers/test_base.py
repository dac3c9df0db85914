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
