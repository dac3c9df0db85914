"""A file's kind by its suffix, its size limit, and its lines for the parser."""

import subprocess
import sys

import pytest

from desktop.ingest.decode import IngestError
from desktop.ingest.sources import MAX_PDF_BYTES, kind_of, max_bytes_for, read_source


def test_the_kind_is_the_suffix_alone():
    assert kind_of("issue.PDF") == "pdf"
    assert kind_of("page.htm") == "html" and kind_of("page.html") == "html"
    assert kind_of("issue.txt") == "text" and kind_of("notes") == "text"


def test_a_pdf_may_be_larger_than_a_text_file():
    assert max_bytes_for("a.pdf") == MAX_PDF_BYTES > max_bytes_for("a.txt")


def test_a_text_file_gives_its_lines_text_and_encoding():
    source = read_source("区委召开会议\n本报讯 会议举行。".encode("gb18030"), "a.txt")
    assert [line.text for line in source.lines] == ["区委召开会议", "本报讯 会议举行。"]
    assert source.text == "区委召开会议\n本报讯 会议举行。"
    assert source.encoding == "gb18030"


def test_a_pdf_that_is_not_one_is_refused_with_an_ingest_error():
    with pytest.raises(IngestError, match="damaged"):
        read_source(b"not a pdf at all", "a.pdf")


def test_reading_text_loads_neither_the_pdf_nor_the_html_reader():
    code = (
        "import sys; from desktop.ingest.sources import read_source;"
        "read_source('区委召开会议'.encode(), 'a.txt');"
        "print(sorted(m for m in ('pypdfium2', 'selectolax') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "[]", result.stderr
