"""What every controller of a window shares, handed in once instead of parameter by parameter:
the library and settings (AppContext), the events that say what changed, and the messenger."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import ClassVar

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget

from desktop.ui.context import AppContext
from desktop.ui.events import LibraryEvents
from desktop.ui.messages import Notifier


@dataclass(frozen=True)
class WindowServices:
    ctx: AppContext
    events: LibraryEvents
    notifier: Notifier


class Controller(QObject):
    """A feature's behaviour: it acts on the services' library and reports through them."""

    def __init__(self, services: WindowServices, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.ctx, self.db = services.ctx, services.ctx.db
        self.events, self.notifier = services.events, services.notifier

    def action_slots(self) -> dict[str, Callable[[], object]]:
        """What this controller does when an action of the table (ActionId) is triggered."""
        return {}


class DockPanel(Controller):
    """A feature with a dock of its own (the people panel, say). The window makes the dock from
    `title()`, NAME and `widget`, lets the SHOW_ACTION action show and hide it, and calls
    `reload` when the library changed under it and `stop` before it closes: adding such a panel
    is one line in the window and one row in the action table."""

    NAME: ClassVar[str]  # the dock's object name, under which its place is remembered
    SHOW_ACTION: ClassVar[str]  # the ActionId of the action that shows it
    # Where its dock first goes: at the bottom it is tabbed with the annotations.
    AREA: ClassVar[Qt.DockWidgetArea] = Qt.DockWidgetArea.BottomDockWidgetArea
    widget: QWidget

    def title(self) -> str:
        raise NotImplementedError

    def reload(self) -> None:
        """The library changed under the window (import, re-parse, restore)."""

    def stop(self) -> None:
        """Wait for the panel's background work: the window is closing."""
