"""Command line: `python -m desktop [COMMAND]`.

Every operation the window offers exists here too. Errors a user can act on (a bad file, a
locked library, a mistyped date) print one clear line on stderr and exit non-zero; anything
unexpected is written to the log file and reported in one line that names it. No traceback
ever reaches the terminal.

Each module of `desktop.cli.commands` declares its commands next to their handlers;
`parser.py` builds the argparse tree from them, `dispatch.py` runs one command line,
`context.py` opens the library when a command first needs it, `output.py` writes what the user
sees.
"""

from desktop.cli.dispatch import main

__all__ = ["main"]
