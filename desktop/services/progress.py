"""How long-running library work reports progress and learns that the user cancelled."""

from collections.abc import Callable

ProgressFn = Callable[[int, int, str], None]  # done, total, what is being worked on
CancelFn = Callable[[], bool]
