"""What the command line writes. Text from files is data: a title, note or file name that holds
terminal escapes (`ESC[2J`), other control characters or bidi overrides is shown with those
characters spelled out (`\\x1b`, `\\u202e`), never executed by the terminal. JSON output and
exports written to stdout are documents and leave the terminal untouched."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Sequence
from typing import Any, TextIO

# C0 controls except line feed and tab, DEL, C1 controls, and the characters that reorder text
# (bidi embeddings, overrides, isolates and marks) or break lines where the terminal does not.
_UNSAFE = [
    *(c for c in range(0x20) if c not in (0x09, 0x0A)),
    *range(0x7F, 0xA0),
    0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x2028, 0x2029,
]  # fmt: skip
_SPELLED_OUT = str.maketrans({c: f"\\x{c:02x}" if c < 0x100 else f"\\u{c:04x}" for c in _UNSAFE})


def for_terminal(text: str) -> str:
    """Text as a terminal may show it: unsafe characters spelled out."""
    return text.translate(_SPELLED_OUT)


def counted(n: int, singular: str, plural: str | None = None) -> str:
    """`1 article`, `2 articles`."""
    return f"{n} {singular if n == 1 else plural or singular + 's'}"


class Output:
    """stdout and stderr of one run."""

    def __init__(self, stdout: TextIO, stderr: TextIO) -> None:
        self.stdout, self.stderr = stdout, stderr

    def line(self, text: str = "") -> None:
        self.stdout.write(for_terminal(text) + "\n")

    def json(self, data: object) -> None:
        self.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")

    def rows(self, rows: Sequence[Any], as_json: bool, line_of: Callable[[Any], str]) -> None:
        """A listing: for a script (--json) each row's fields as an object, for a person one
        line a row."""
        if as_json:
            self.json([vars(row) for row in rows])
            return
        for row in rows:
            self.line(line_of(row))

    def document(self, text: str) -> None:
        """An export printed instead of written to a file: the same text the file would hold."""
        self.stdout.write(text)

    def error(self, text: str) -> None:
        self.stderr.write(f"error: {for_terminal(text)}\n")

    def note(self, text: str) -> None:
        """Something the user should know that is not an error (stderr, so output stays clean)."""
        self.stderr.write(f"note: {for_terminal(text)}\n")

    def finish(self) -> None:
        """Write what is buffered now, so that a closed pipe is noticed while it can be handled."""
        self.stdout.flush()

    def reader_gone(self) -> None:
        """The reader of stdout went away (`… | head`). What is still buffered goes nowhere,
        so that the interpreter's last flush at exit does not fail a second time."""
        try:
            fd = self.stdout.fileno()
        except (AttributeError, OSError, ValueError):
            return  # not a real file (a test's capture): nothing to redirect
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, fd)
        os.close(devnull)
