"""open: the window, as a double-click opens it; with issue files (the launcher's "Open with
District Reader"), the window imports them and shows the first. A window already open on the
library takes the files instead, and comes to the front."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from desktop.cli import exit_codes
from desktop.cli.context import Context
from desktop.cli.output import Output
from desktop.cli.registry import Commands, option

commands = Commands()


def no_display() -> bool:
    """On Linux and the BSDs the window needs X11 or Wayland, or a platform named outright."""
    if sys.platform in ("win32", "darwin"):
        return False
    return not any(os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def open_window(
    out: Output, data_dir: Path | None, db: Path | None, files: Sequence[Path] = ()
) -> int:
    if no_display():
        out.error(
            "no display was found (neither DISPLAY nor WAYLAND_DISPLAY is set), so the "
            "window cannot open. Run it in a desktop session; without one, use the "
            "commands (python -m desktop --help), the self-test (--self-test), or "
            "QT_QPA_PLATFORM=offscreen for a window nobody sees."
        )
        return exit_codes.NO_DISPLAY
    from desktop.ui.app import run_gui  # Qt is loaded only for the window

    return run_gui(data_dir, db, files)


@commands.command(
    "open",
    "open the window; with issue files, import them and show the first",
    option("files", nargs="*", metavar="FILE", type=Path),
)
def open_(args: argparse.Namespace, ctx: Context) -> int:
    return open_window(ctx.out, ctx.data_dir, ctx.chosen_db, args.files)
