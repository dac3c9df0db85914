"""desktop.ingest — raw issue bytes → a ParsedIssue. Pure Python: no Qt, no jieba, no database."""

from __future__ import annotations

import hashlib
from pathlib import Path

from desktop.ingest.decode import (
    MAX_BYTES,
    BinaryFileError,
    EmptyFileError,
    FileTooLargeError,
    IngestError,
    UnknownEncodingError,
    decode,
    too_large,
)
from desktop.ingest.lines import SourceLine, parse_lines, text_lines
from desktop.ingest.model import Block, ParsedArticle, ParsedIssue

# Bump when the parser's output for the same input changes; the library re-parses on a bump.
PARSER_VERSION = 3

__all__ = [
    "MAX_BYTES",
    "PARSER_VERSION",
    "BinaryFileError",
    "Block",
    "EmptyFileError",
    "FileTooLargeError",
    "IngestError",
    "ParsedArticle",
    "ParsedIssue",
    "SourceLine",
    "UnknownEncodingError",
    "decode",
    "parse_bytes",
    "parse_file",
    "parse_lines",
    "parse_text",
    "read_issue_file",
]


def parse_text(
    text: str, *, source: str = "", sha256: str = "", encoding: str = "utf-8"
) -> ParsedIssue:
    """Parse decoded issue text. Never raises on any string."""
    return parse_lines(
        text_lines(text),
        source=source,
        sha256=sha256 or hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(),
        encoding=encoding,
    )


def parse_bytes(data: bytes, source: str, *, max_bytes: int = MAX_BYTES) -> ParsedIssue:
    """Read (a PDF, a saved web page or text, see sources.py) and parse the raw bytes of one
    issue file; IngestError says what is wrong."""
    from desktop.ingest.sources import read_source  # the PDF and HTML readers load on use

    read = read_source(data, source, max_bytes=max_bytes)
    return parse_lines(
        read.lines, source=source, sha256=hashlib.sha256(data).hexdigest(), encoding=read.encoding
    )


def parse_file(path: Path | str, *, max_bytes: int | None = None) -> ParsedIssue:
    path = Path(path)
    data = read_issue_file(path, max_bytes=max_bytes)
    return parse_bytes(data, path.name, max_bytes=len(data) if max_bytes is None else max_bytes)


def read_issue_file(path: Path, *, max_bytes: int | None = None) -> bytes:
    """The raw bytes of an issue file, or an IngestError that says why they cannot be read.
    The limit is the file type's (a PDF's is larger) unless one is given."""
    if max_bytes is None:
        from desktop.ingest.sources import max_bytes_for

        max_bytes = max_bytes_for(path.name)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise too_large(path.name, size, max_bytes)  # before reading it into memory
        return path.read_bytes()
    except IsADirectoryError:
        raise IngestError(
            path.name, "this is a folder, not a file.", "Choose a .txt file."
        ) from None
    except FileNotFoundError:
        raise IngestError(path.name, "the file does not exist.", "Check the path.") from None
    except PermissionError:
        raise IngestError(
            path.name,
            "the file cannot be read (permission denied).",
            "Check the file's permissions.",
        ) from None
    except OSError as exc:
        raise IngestError(
            path.name, f"the file cannot be read ({exc.strerror}).", "Check the disk."
        ) from None
