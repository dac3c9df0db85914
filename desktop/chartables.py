"""Per-character decisions made once per distinct character and then applied by str.translate
in C: the parser and the indexer ask them of every character of every issue."""

from __future__ import annotations

from collections.abc import Callable


class CharTable(dict[int, str | None]):
    """A str.translate table that fills itself: `rule` says what a character becomes (a string,
    or None to drop it), the first time that character is met."""

    def __init__(self, rule: Callable[[str], str | None]) -> None:
        super().__init__()
        self._rule = rule

    def __missing__(self, code: int) -> str | None:
        value = self._rule(chr(code))
        self[code] = value
        return value


def keep_if(test: Callable[[str], bool]) -> CharTable:
    """A table that keeps the characters passing `test` and drops the rest."""
    return CharTable(lambda c: c if test(c) else None)
