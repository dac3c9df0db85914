"""The printed markers of a newspaper page, recognised in a line or at its ends.

A marker is text the printer puts around an article rather than in it: bylines, contributor
lines, photo credits, jumps to other pages, section labels, the table of contents. Each
recogniser returns what it found and the exact text it matched, so the parser can move the
marker out of the body while keeping every printed character (see ParsedArticle.markers).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from desktop.ingest.names import is_person_name

_CN_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_PAGE = r"(\d{1,3}|[一二三四五六七八九十]{1,3})"
_ARROW = r"[►▶▸>＞→]"

# Role words before the names in a byline: 记者, 首席记者, 特聘首席记者, 通讯员, 撰稿, 摄影 …
_ROLE = (
    r"(?:本报)?(?:特约|特聘)?(?:首席)?(?:见习|实习)?"
    r"(?:记者|通讯员|撰稿|撰文|摄影|摄像|编辑|责任编辑|实习生|文字|文|图)"
)
_NAME = rf"(?!{_ROLE}[\s:：/])[\u4e00-\u9fff]{{2,4}}(?:·[\u4e00-\u9fff]{{1,8}})?"
_NAMES = rf"{_NAME}(?:[\s、，,]+{_NAME})*"
_CREDIT = rf"{_ROLE}[\s:：/]*{_NAMES}"
_PHOTO = r"\s*/\s*摄(?:影)?"

BYLINE_LINE = re.compile(rf"^(?:{_CREDIT})(?:\s+{_CREDIT})*(?P<photo>{_PHOTO})?$")
# A photo credit may also be a bare name: `蒋一超/摄`, `蒋一超 摄`.
PHOTO_LINE = re.compile(rf"^(?:{_ROLE}[\s:：/]*)?{_NAMES}(?:{_PHOTO}|\s+摄)$")
# A byline printed after the last sentence of a paragraph: `…授牌。 撰稿 李华成`.
INLINE_BYLINE = re.compile(
    rf"(?<=[。！？!?…”’」』）)])(?P<sep>\s*)(?P<credit>(?:{_CREDIT})(?:\s+{_CREDIT})*(?:{_PHOTO})?)$"
)
INLINE_PHOTO = re.compile(rf"(?<=[。！？!?…”’」』）)])(?P<sep>\s*)(?P<credit>{_NAMES}{_PHOTO})$")

CONTRIBUTOR = re.compile(
    r"^[【\[［(（]?\s*(?P<kind>供稿|作者|来源|稿源|来稿)\s*[:：]\s*(?P<who>[^【】\[\]［］]{1,60}?)"
    r"\s*[】\]］)）]?$"
)
SECTION = re.compile(r"^[\[［【〔](?P<label>[^\[\]［］【】〔〕:：]{1,16})[\]］】〕]$")
TOC_HEAD = re.compile(r"^(?:本期|今日)?导读[:：]?$")
TOC_PAGE = re.compile(rf"^(?:刊|见|详见)\s*第?\s*{_PAGE}\s*版\s*{_ARROW}?$")
INLINE_TOC_PAGE = re.compile(rf"\s*(?P<marker>(?:刊|详见)\s*第?\s*{_PAGE}\s*版\s*{_ARROW}?)$")
JUMP_TO = re.compile(
    rf"(?P<marker>[(（]\s*(?:下转|转)\s*第?\s*{_ARROW}?\s*{_PAGE}\s*版\s*[)）]"
    rf"|下转\s*第?\s*{_ARROW}?\s*{_PAGE}\s*版)$"
)
JUMP_FROM = re.compile(
    rf"^(?P<marker>[(（]\s*(?:上接|接)\s*第?\s*{_ARROW}?\s*{_PAGE}\s*版\s*[)）]"
    rf"|上接\s*第?\s*{_ARROW}?\s*{_PAGE}\s*版)"
)
DATELINE = re.compile(r"^(?P<marker>本报(?:讯|电)\s*(?:[（(](?P<inner>[^（）()]{1,40})[）)])?)\s*")
BRIEF_NUMBER = re.compile(r"^(?P<n>\d{1,2}|[一二三四五六七八九十]{1,3})\s*[、.．]")
DATE_START = re.compile(r"^\d{1,2}\s*月\s*\d{1,2}\s*日")


def page_number(text: str) -> str:
    """`2` → `2`, `二` → `2`, `十二` → `12`."""
    if text.isdigit():
        return str(int(text))
    if text == "十":
        return "10"
    if text.startswith("十"):
        return str(10 + _CN_DIGITS.get(text[1:], 0))
    if "十" in text:
        tens, _, ones = text.partition("十")
        return str(_CN_DIGITS.get(tens, 0) * 10 + _CN_DIGITS.get(ones, 0))
    return str(_CN_DIGITS.get(text, 0))


def _page_in(marker: str) -> str:
    m = re.search(_PAGE + r"\s*版", marker)
    return page_number(m.group(1)) if m else ""


@dataclass
class Credit:
    """People (and perhaps an organisation) credited by a byline or contributor line."""

    text: str
    authors: list[str] = field(default_factory=list)
    source: str | None = None
    photo: bool = False


def _names_in(credit_text: str) -> list[str]:
    body = re.sub(_PHOTO + "$", "", credit_text)
    body = re.sub(r"\s+摄$", "", body)
    body = re.sub(_ROLE + r"[\s:：/]*", " ", body)
    return [t for t in re.split(r"[\s、，,/]+", body) if re.fullmatch(_NAME, t)]


def byline(line: str) -> Credit | None:
    """A whole line that is a byline or photo credit: `撰稿 俞超 李华成`, `通讯员 蒋一超/摄`."""
    if len(line) > 40:
        return None
    m = BYLINE_LINE.match(line)
    if m:
        return Credit(line, _names_in(line), photo=bool(m.group("photo")))
    if PHOTO_LINE.match(line):
        return Credit(line, _names_in(line), photo=True)
    return None


def trailing_byline(text: str) -> tuple[str, Credit] | None:
    """A byline after the last sentence of a paragraph; returns (the text before it, credit)."""
    tail = text[-60:]
    m = INLINE_BYLINE.search(tail) or INLINE_PHOTO.search(tail)
    if not m:
        return None
    credit = m.group("credit")
    cut = len(text) - len(tail) + m.start()
    photo = bool(re.search(_PHOTO + "$", credit))
    return text[:cut], Credit(credit, _names_in(credit), photo=photo)


def contributor(line: str) -> Credit | None:
    """`【供稿：新城公司 翟芳华】`, `【作者：区国资委党委书记、主任 赵志坚】`, `来源:区投促中心`."""
    m = CONTRIBUTOR.match(line)
    if not m:
        return None
    kind, who = m.group("kind"), m.group("who").strip()
    tokens = who.split()
    people: list[str] = []
    while tokens and is_person_name(tokens[-1]):
        people.insert(0, tokens.pop())
    rest = " ".join(tokens) or None
    if kind == "作者":
        # What stands before an author's name is their office, not a contributing organisation.
        if not people and rest and is_person_name(rest):
            people, rest = [rest], None
        return Credit(line, people, source=None)
    return Credit(line, people, source=rest)


def section_label(line: str) -> str | None:
    """`[领导关注]` → `领导关注`; `[ ]` is a label with no words: None, like no label."""
    m = SECTION.match(line)
    return (m.group("label").strip() or None) if m else None


def jump_to(text: str) -> tuple[str, str, str] | None:
    """A `(下转第2版)` / `下转►2版` at the end of text: (text before, marker, page)."""
    m = JUMP_TO.search(text)
    if not m:
        return None
    marker = m.group("marker")
    return text[: m.start()].rstrip(), marker, _page_in(marker)


def jump_from(text: str) -> tuple[str, str, str] | None:
    """A `(上接第1版)` at the start of text: (marker, page, text after)."""
    m = JUMP_FROM.match(text)
    if not m:
        return None
    marker = m.group("marker")
    return marker, _page_in(marker), text[m.end() :].lstrip()


def toc_page(line: str) -> str | None:
    m = TOC_PAGE.match(line)
    return _page_in(line) if m else None


def inline_toc_page(text: str) -> tuple[str, str, str] | None:
    """A teaser title followed on its line by `刊2版►`: (title, marker, page)."""
    m = INLINE_TOC_PAGE.search(text)
    if not m or m.start() == 0:
        return None
    marker = m.group("marker")
    return text[: m.start()].rstrip(), marker, _page_in(marker)


def dateline(text: str) -> tuple[str, Credit | None, str] | None:
    """`本报讯 5月12日,…` or `本报讯（记者 张三）…`: (marker, credit inside it, rest)."""
    m = DATELINE.match(text)
    if not m:
        return None
    inner = m.group("inner")
    credit = None
    if inner:
        names = _names_in(inner)
        credit = Credit(inner, names) if names else None
    return m.group("marker").strip(), credit, text[m.end() :]
