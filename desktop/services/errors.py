"""Errors the services raise for input a user can correct."""


class InvalidInput(ValueError):
    """A value the user gave that cannot be used; the message says why."""
