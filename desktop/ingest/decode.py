"""Bytes → text, or a specific error that names the file, the problem and what to do.

Issue files arrive as UTF-8 (with or without a BOM), UTF-16 with a BOM, or GB18030/GBK from
older Windows tools; sometimes a PDF or a picture is picked by mistake. BOMs decide first,
then strict UTF-8, then charset-normalizer chooses among the encodings Chinese text uses.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from charset_normalizer import from_bytes

MAX_BYTES = 16 * 1024 * 1024  # a whole year of a district paper is a few MB of text

# Magic numbers of the files people most often pick by mistake.
# Each with what it is, in words and as a code the window names in its own language.
_BINARY_SIGNATURES: tuple[tuple[bytes, str, str], ...] = (
    (b"%PDF", "a PDF document", "pdf"),
    (b"\x89PNG", "a PNG image", "image"),
    (b"\xff\xd8\xff", "a JPEG image", "image"),
    (b"GIF8", "a GIF image", "image"),
    (b"PK\x03\x04", "a ZIP archive (or a Word/Excel document)", "zip"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document", "office"),
    (b"{\\rtf", "an RTF document", "rtf"),
    (b"SQLite format 3", "an SQLite database", "database"),
    (b"\x1f\x8b", "a gzip archive", "archive"),
    (b"Rar!", "a RAR archive", "archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive", "archive"),
    (b"II*\x00", "a TIFF image", "image"),
    (b"MM\x00*", "a TIFF image", "image"),
    (b"\x7fELF", "a program", "program"),
    (b"MZ", "a Windows program", "program"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# The encodings charset-normalizer may choose from: what Chinese text files are written in.
_CANDIDATES = ["gb18030", "big5", "utf_16_le", "utf_16_be"]


class IngestError(Exception):
    """A file that cannot be read as an issue. The message is meant for the user, in English
    (the command line); `code` and `params` let the window say it in its own language."""

    def __init__(
        self, name: str, problem: str, advice: str, *, code: str = "", **params: object
    ) -> None:
        self.name, self.problem, self.advice = name, problem, advice
        self.code, self.params = code, params
        super().__init__(f"{name}: {problem} {advice}")


class EmptyFileError(IngestError):
    pass


class BinaryFileError(IngestError):
    pass


class FileTooLargeError(IngestError):
    pass


class UnknownEncodingError(IngestError):
    pass


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str


def _control_ratio(text: str) -> float:
    sample = text[:20000]
    if not sample:
        return 0.0
    bad = sum(1 for c in sample if (c < " " and c not in "\t\n\r\f\v") or c == "\ufffd")
    return bad / len(sample)


def too_large(name: str, size: int, max_bytes: int) -> FileTooLargeError:
    mb, most = f"{size / 1_048_576:.1f}", f"{max_bytes / 1_048_576:.0f}"
    return FileTooLargeError(
        name,
        f"the file is {mb} MB; one issue is at most {most} MB.",
        "Check that this is a single issue's text; split a larger export into one file per issue.",
        code="too_large",
        mb=mb,
        most=most,
    )


def _binary_error(name: str, what: str, kind: str = "binary") -> BinaryFileError:
    return BinaryFileError(
        name,
        f"this is {what}, not a text file.",
        "Export the issue as plain text (.txt) and import that file instead.",
        code="binary",
        kind=kind,
    )


def decode(data: bytes, name: str, *, max_bytes: int = MAX_BYTES) -> DecodedText:
    """Decode the raw bytes of an issue file; raise an IngestError subclass if it cannot be."""
    if len(data) > max_bytes:
        raise too_large(name, len(data), max_bytes)
    for signature, what, kind in _BINARY_SIGNATURES:
        if data.startswith(signature):
            raise _binary_error(name, what, kind)

    encoding = next((enc for bom, enc in _BOMS if data.startswith(bom)), None)
    if encoding is None:
        try:
            data.decode("utf-8")
            encoding = "utf-8"
        except UnicodeDecodeError as exc:
            _refuse_damaged_utf8(data, name, exc)
            encoding = _detect(data, name)
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        if encoding == "utf-8-sig":
            _refuse_damaged_utf8(data, name, exc)
        raise UnknownEncodingError(
            name,
            f"the text could not be read as {encoding} (bad bytes at position {exc.start}).",
            "Save the file again as UTF-8 and import it once more.",
            code="bad_bytes",
            encoding=encoding,
            position=exc.start,
        ) from None

    if not text.strip():
        raise EmptyFileError(
            name,
            "the file is empty." if not data else "the file contains only blank space.",
            "Choose the file that holds the issue's text.",
            code="empty" if not data else "blank",
        )
    if "\x00" in text or _control_ratio(text) > 0.02:
        raise _binary_error(name, "a binary file")
    return DecodedText(text=text.lstrip("\ufeff"), encoding=encoding)


def _refuse_damaged_utf8(data: bytes, name: str, error: UnicodeDecodeError) -> None:
    """UTF-8 text with a few bad bytes (a damaged copy, a cut-off download, a line pasted in
    from a GBK file) is refused where the bad bytes are, rather than read as another encoding:
    read whole as GB18030 or Big5, such a file becomes nonsense without a word to the user."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    readable = sum(1 for c in text if c > "\x7f") - bad  # characters UTF-8 decoded fine
    if readable < 4 * bad:
        return  # not UTF-8 at all: another encoding to detect
    line = data.count(b"\n", 0, error.start) + 1
    where = f"line {line}, byte {error.start}"
    places = f"1 place ({where})" if bad == 1 else f"{bad} places (the first: {where})"
    raise UnknownEncodingError(
        name,
        f"the text is UTF-8 except at {places}: the file is damaged, or parts of it were "
        "saved in another encoding.",
        "Open it in a text editor, correct the text there and save it as UTF-8.",
        code="damaged_utf8",
        count=bad,
        line=line,
        byte=error.start,
    )


def _detect(data: bytes, name: str) -> str:
    if b"\x00" in data[:4096] and data.count(b"\x00") < len(data) // 4:
        # NUL bytes in a file with no BOM and not UTF-16-shaped: a binary file.
        raise _binary_error(name, "a binary file")
    best = from_bytes(data[:65536], cp_isolation=_CANDIDATES).best()
    if best is None and _is_gb18030(data):
        # charset-normalizer gives up on short GB18030 texts with a four-byte sequence (►, a
        # rare character); a strict decode that succeeds and reads as Chinese settles it.
        return "gb18030"
    if best is None:
        raise UnknownEncodingError(
            name,
            "the text encoding could not be recognised (not UTF-8, UTF-16 or GB18030/GBK).",
            "Save the file again as UTF-8 and import it once more.",
            code="unknown_encoding",
        )
    enc = best.encoding.replace("_", "-")
    # GB2312 and GBK are subsets of GB18030: decode with the superset so no character fails.
    return "gb18030" if enc in ("gb2312", "gbk", "gb18030") else enc


def _is_gb18030(data: bytes) -> bool:
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        return False
    han = sum(1 for c in text if "\u4e00" <= c <= "\u9fff")
    return han >= 0.3 * sum(1 for c in text if c > "\x7f")
