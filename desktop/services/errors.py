"""Errors the services raise for input a user can correct."""


class InvalidInput(ValueError):
    """A value the user gave that cannot be used; the message says why, in English (the command
    line). `code` and `params`, where given, let the window say it in its own language."""

    def __init__(self, message: str, *, code: str = "", **params: object) -> None:
        super().__init__(message)
        self.code, self.params = code, params
