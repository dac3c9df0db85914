"""What makes two issue files the same issue: their text, not their bytes.

The same issue saved as GB18030, as UTF-16 or with Windows line ends is one issue. Its identity
is the sha256 of its decoded text in a normal form: the byte-order mark gone, every line end
(CRLF, CR) a plain LF, and the whitespace at the end of each line and of the file (spaces, tabs,
full-width spaces) ignored, since no reader sees it. What a line starts with is kept: indentation
is part of the layout the parser reads."""

from __future__ import annotations

import hashlib


def identity_text(text: str) -> str:
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line.rstrip() for line in text.split("\n")).rstrip()


def text_sha256(text: str) -> str:
    """The identity of an issue whose decoded text is `text`."""
    return hashlib.sha256(identity_text(text).encode("utf-8", "surrogatepass")).hexdigest()
