"""The commands, one module per group; the order here is the order `--help` lists them."""

from desktop.cli.commands import (
    annotations,
    articles,
    backup,
    export,
    issues,
    library,
    parse,
    search,
    tags,
    window,
)
from desktop.cli.registry import Commands

ALL: tuple[Commands, ...] = (
    window.commands,
    parse.commands,
    library.commands,
    search.commands,
    issues.commands,
    articles.commands,
    tags.commands,
    annotations.commands,
    export.commands,
    backup.commands,
)
