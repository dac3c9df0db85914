"""Bytes in: every encoding the wild sends gives the same parse; a bad file gets a clear error."""

import codecs

import pytest

from desktop.ingest import (
    BinaryFileError,
    EmptyFileError,
    FileTooLargeError,
    IngestError,
    UnknownEncodingError,
    parse_bytes,
    parse_file,
)
from desktop.ingest.decode import decode
from tests.helpers.articles import SEEDS

SEED_FILES = sorted(SEEDS.glob("*.txt"))


def _articles(data: bytes, name: str = "issue.txt"):
    issue = parse_bytes(data, name)
    return issue, [a.to_dict() for a in issue.articles]


@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.name[:3])
@pytest.mark.parametrize(
    ("encode", "expected_encoding"),
    [
        (lambda t: t.replace("\n", "\r\n").encode("gb18030"), "gb18030"),
        (lambda t: t.encode("utf-16"), "utf-16"),
        (lambda t: codecs.BOM_UTF8 + t.encode("utf-8"), "utf-8-sig"),
        (lambda t: t.replace("\n", "\r").encode("utf-8"), "utf-8"),
    ],
    ids=["gb18030-crlf", "utf16-bom", "utf8-bom", "utf8-cr"],
)
def test_reencoded_seed_parses_the_same(path, encode, expected_encoding):
    original = path.read_bytes()
    _, want = _articles(original)
    issue, got = _articles(encode(original.decode("utf-8")))
    assert issue.encoding == expected_encoding
    assert got == want


def test_gbk_text_is_detected():
    text = "本报讯 5月12日,嘉定区举行深化网格工程建设推进会。区委书记陆方舟出席会议并讲话。\n" * 5
    decoded = decode(text.encode("gbk"), "gbk.txt")
    assert decoded.encoding == "gb18030"
    assert decoded.text == text


def test_sha256_is_of_the_raw_bytes():
    data = SEED_FILES[0].read_bytes()
    import hashlib

    assert parse_bytes(data, "x.txt").sha256 == hashlib.sha256(data).hexdigest()


@pytest.mark.parametrize(
    ("data", "error", "words"),
    [
        (b"", EmptyFileError, "empty"),
        (b"  \r\n\t\n  ", EmptyFileError, "blank"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", BinaryFileError, "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", BinaryFileError, "PNG"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", BinaryFileError, "JPEG"),
        (b"PK\x03\x04\x14\x00\x06\x00", BinaryFileError, "ZIP"),
        (bytes(range(256)) * 8, BinaryFileError, "binary"),
    ],
    ids=["empty", "blank", "pdf", "png", "jpeg", "docx", "random-binary"],
)
def test_bad_file_gets_a_specific_message(data, error, words):
    with pytest.raises(error) as info:
        parse_bytes(data, "报纸.txt")
    message = str(info.value)
    assert message.startswith("报纸.txt: ")
    assert words in message
    assert info.value.advice  # and says what to do


def test_file_over_the_size_limit(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_bytes("嘉定".encode() * 1000)
    with pytest.raises(FileTooLargeError, match=r"huge\.txt: the file is .* MB"):
        parse_file(path, max_bytes=1000)


def test_undecodable_bytes(tmp_path):
    # Valid in no candidate encoding: lone continuation bytes and invalid lead bytes.
    data = b"\x80\xff\xfe\x81" * 50 + b"abc"
    with pytest.raises(IngestError) as info:
        parse_bytes(data, "odd.txt")
    assert isinstance(info.value, UnknownEncodingError | BinaryFileError)
    assert "odd.txt" in str(info.value)


@pytest.mark.parametrize("kind", ["missing", "folder"])
def test_unreadable_paths(tmp_path, kind):
    path = tmp_path / "issue.txt"
    if kind == "folder":
        path.mkdir()
    with pytest.raises(IngestError, match=r"^issue\.txt: "):
        parse_file(path)


@pytest.mark.parametrize(
    "damage",
    [
        lambda d: d[:900] + b"\xff" + d[900:],
        lambda d: d[:900] + "中文".encode("gbk") + d[900:],  # a line pasted from a GBK file
        lambda d: d.rstrip()[:-1],  # cut off inside the last character
    ],
    ids=["a-bad-byte", "a-gbk-line", "cut-off"],
)
def test_damaged_utf8_is_refused_where_it_is_damaged(damage):
    """Not read as GB18030 or Big5 nonsense, nor called an unknown encoding: where it is."""
    data = damage(SEED_FILES[1].read_bytes())
    with pytest.raises(UnknownEncodingError) as refused:
        decode(data, "issue.txt")
    assert refused.value.problem.startswith("the text is UTF-8 except at ")
    assert " (line " in refused.value.problem or "(the first: line " in refused.value.problem
    assert "save it as UTF-8" in refused.value.advice


def test_a_short_gb18030_file_with_a_four_byte_character_is_read():
    # charset-normalizer finds no encoding for this one: the 导读's ► is four bytes in GB18030.
    text = (
        "浦东时报\n\n2024年10月15日 星期二\n\n本期导读\n\n张江科学城再添新地标 见第3版►\n\n"
        "社区养老服务提质扩面 见第4版►\n\n浦东引领区建设再提速\n\n"
        "本报讯 记者 张琪 10月14日，浦东新区召开推进大会，部署下一阶段引领区建设重点任务。\n"
    )
    decoded = decode(text.encode("gb18030"), "短.txt")
    assert decoded.encoding == "gb18030" and decoded.text == text
