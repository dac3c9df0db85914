"""Properties that hold for any input: the parser never raises, never loses a character, and
gives the same answer twice.

Hypothesis's generated inputs are slow tests; the known hard inputs and a seed run in the
fast suite."""

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from desktop.ingest import IngestError, parse_bytes, parse_text
from tests.helpers.articles import SEEDS
from tests.helpers.lossless import lost_characters

SEED_TEXTS = [p.read_text("utf-8") for p in sorted(SEEDS.glob("*.txt"))]
SEED_LINES = [line for text in SEED_TEXTS for line in text.splitlines()]

# The pieces newspaper text is made of, so generated input reaches the parser's rules.
NEWSPAPER_BITS = [
    "本报讯 ",
    "撰稿 俞超",
    "记者 李双玖",
    "通讯员 蒋一超/摄",
    "【供稿：新城公司 翟芳华】",
    "【作者：区国资委党委书记、主任 赵志坚】",
    "来源:区投促中心",
    "[简讯]",
    "(下转第2版)",
    "下转►2版",
    "(上接第1版)",
    "导读",
    "刊2版►",
    "1、",
    "——",
    "……",
    "。",
    "，",
    ",",
    "：",
    "“",
    "”",
    "《",
    "》",
    "(",
    ")",
    "5月12日",
    "10 月 9 日",
    "2023年",
    " ",
    "\u3000",
    "\n",
    "\n\n",
    "\r\n",
    "嘉定区",
    "陆方舟",
    "会议强调",
    "要",
    "推进",
    "𠮷",
    "Hello world",
]
newspaper_text = st.lists(
    st.one_of(st.sampled_from(NEWSPAPER_BITS), st.text(max_size=8)), max_size=120
).map("".join)
seed_collage = st.lists(st.sampled_from(SEED_LINES), max_size=80).map("\n".join)


def _assert_lossless(text: str) -> None:
    issue = parse_text(text)
    assert not lost_characters(text, issue)


HARD_TEXTS = [
    "",
    "\x00\ud800\u202e<script>alert(1)</script>",
    "[简讯]",
    "导读\n刊2版►",
    "导读\n导读",
    "".join(NEWSPAPER_BITS),
]


@pytest.mark.parametrize("text", HARD_TEXTS)
def test_hard_texts_lose_nothing(text):
    _assert_lossless(text)


@pytest.mark.slow
@given(st.text())
@example("")
@example("\x00\ud800\u202e<script>alert(1)</script>")
@example("[简讯]")
@example("导读\n刊2版►")
@example("导读\n导读")
def test_arbitrary_text_never_raises_and_loses_nothing(text):
    _assert_lossless(text)


@pytest.mark.slow
@given(newspaper_text)
def test_newspaper_like_text_loses_nothing(text):
    _assert_lossless(text)


@pytest.mark.slow
@given(seed_collage)
def test_seed_lines_in_any_order_lose_nothing(text):
    _assert_lossless(text)


@pytest.mark.slow
@given(st.sampled_from(SEED_TEXTS), st.integers(0, 25_000), st.integers(0, 25_000))
def test_any_slice_of_a_seed_loses_nothing(text, start, length):
    _assert_lossless(text[start : start + length])


@pytest.mark.slow
@given(newspaper_text)
def test_parse_is_deterministic(text):
    assert parse_text(text) == parse_text(text)


@pytest.mark.slow
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_either_parse_or_raise_an_ingest_error(data):
    try:
        issue = parse_bytes(data, "fuzz.bin")
    except IngestError as exc:
        assert str(exc).startswith("fuzz.bin: ")
    else:
        assert issue.sha256


def test_a_seed_parses_the_same_twice():
    assert parse_text(SEED_TEXTS[0]) == parse_text(SEED_TEXTS[0])


def test_bytes_of_every_value_either_parse_or_raise_an_ingest_error():
    try:
        issue = parse_bytes(bytes(range(256)) * 4, "fuzz.bin")
    except IngestError as exc:
        assert str(exc).startswith("fuzz.bin: ")
    else:
        assert issue.sha256


def test_the_seeds_lose_nothing():
    for text in SEED_TEXTS:
        _assert_lossless(text)
