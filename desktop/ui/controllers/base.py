"""What every controller of a window shares, handed in once instead of parameter by parameter:
the library and settings (AppContext), the events that say what changed, and the messenger."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject

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
