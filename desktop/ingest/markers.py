"""The printed markers of a newspaper page, recognised in a line or at its ends.

A marker is text the printer puts around an article rather than in it: bylines, contributor
lines, photo credits, datelines, jumps to other pages, cross references, section labels, page
headers, the table of contents. Each recogniser returns what it found and the exact text it
matched, so the parser can move the marker out of the body while keeping every printed
character (see ParsedArticle.markers). The conventions themselves are rows in `conventions`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from desktop.ingest import chrome
from desktop.ingest import conventions as conv
from desktop.ingest.chrome import PageHeader
from desktop.ingest.names import is_person_name, looks_like_name

_CN_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_PAGE = rf"({conv.PAGE})"
_ARROW = r"[►▶▸>＞→]"

# Role words before the names in a byline: 记者, 首席记者, 特聘首席记者, 通讯员, 撰稿, 摄影 …
_ROLE = (
    r"(?:本报|新华社)?(?:特约|特聘)?(?:首席)?(?:见习|实习)?"
    r"(?:记者|通讯员|撰稿|撰文|摄影|摄像|编辑|责任编辑|实习生|文字|文|图)"
)
_NAME = rf"(?!{_ROLE}[\s:：/])[\u4e00-\u9fff]{{2,4}}(?:·[\u4e00-\u9fff]{{1,8}})?"
_NAMES = rf"{_NAME}(?:[\s、，,]+{_NAME})*"
_CREDIT = rf"{_ROLE}[\s:：/]*{_NAMES}"
_PHOTO = r"\s*/\s*摄(?:影)?"

# A byline printed after the last sentence of a paragraph: `…授牌。 撰稿 李华成`.
INLINE_BYLINE = re.compile(
    rf"(?<=[。！？!?…”’」』）)])(?P<sep>\s*)(?P<credit>(?:{_CREDIT})(?:\s+{_CREDIT})*"
    rf"(?:{_PHOTO}|\s+摄(?:影)?)?|[（(]\s*(?:{_CREDIT})(?:\s+{_CREDIT})*\s*[）)])$"
)
INLINE_PHOTO = re.compile(rf"(?<=[。！？!?…”’」』）)])(?P<sep>\s*)(?P<credit>{_NAMES}{_PHOTO})$")

CONTRIBUTOR = re.compile(
    r"^[【\[［(（]?\s*(?P<kind>供稿|作者|来源|稿源|来稿)\s*[:：]\s*(?P<who>[^【】\[\]［］]{1,60}?)"
    r"\s*[】\]］)）]?$"
)
BRIEF_SECTION = re.compile("|".join(conv.BRIEF_WORDS))
# A label of briefs printed alone on its line, with no brackets: `荆楚简讯`, `一周快讯`.
_BARE_BRIEF_LABEL = re.compile(rf"^[\u4e00-\u9fff]{{0,6}}(?:{'|'.join(conv.BRIEF_WORDS)})$")
SECTION = re.compile(r"^[\[［【〔](?P<label>[^\[\]［］【】〔〕:：]{1,16})[\]］】〕]$")
EDITOR_NOTE = re.compile(rf"^(?:{'|'.join(conv.EDITOR_NOTES)})[:：]?$")
# `编者按：邻里纠纷…`: an editor's note with its label on one line.
INLINE_EDITOR_NOTE = re.compile(rf"^(?:{'|'.join(conv.EDITOR_NOTES)})\s*[:：]\s*\S")
AUTHOR_NOTE = re.compile(r"^[（(]\s*作者(?:系|为|是|单位\s*[:：]?)[^（）()]{2,60}[）)]$")
_INLINE_XREF = re.compile(rf"\s*(?P<marker>{conv.INLINE_CROSS_REFERENCE})$")
_TOC_PAGE_FIRST = re.compile(rf"^(?P<marker>第?\s*{_PAGE}\s*版|[A-Z]\d{{1,2}})\s+(?P<title>\S.*)$")
_STAFF = sorted(conv.STAFF_ROLES, key=len, reverse=True)
_STAFF_ANY = re.compile("|".join(_STAFF))
# A paper's, agency's or app's own reporter: 新华社记者, 四川日报全媒体记者, 湖北日报全媒记者,
# 中青报·中青网记者, 川观新闻记者.
_OWN_REPORTER = re.compile(
    r"^[\u4e00-\u9fff]{2,8}(?:·[\u4e00-\u9fff]{2,8})?(?:报|社|台|网|新闻|客户端)"
    r"(?:全媒体|融媒体|全媒|融媒|特约|首席|见习|实习)?(?:记者|通讯员)$"
)
_SPACES = re.compile(r"\s+")
_WIDE_GAP = re.compile(r"\s{2,}|\u3000+|\s*[|｜]\s*")
TOC_HEAD = re.compile(rf"^{conv.TOC_HEADS}$")
_TOC_PAGE_LAST = re.compile(rf"^(?P<title>\S.*?)(?P<marker>{conv.TOC_PAGE_AFTER})$")
_TOC_BULLET = re.compile(rf"^[{conv.TOC_BULLETS}]\s*")
_SEE_ROWS = [re.compile(rf"^(?P<marker>{row})$") for kind, row in conv.CROSS_REFERENCES]
_INLINE_SEE = re.compile(
    rf"\s*(?P<marker>[■>＞》]*\s*(?:刊|见|详见)\s*第?\s*{_PAGE}\s*版\s*{_ARROW}*|[■>＞]+\s*详见\s*{_PAGE})$"
)
JUMP_TO = re.compile(
    rf"(?P<marker>[(（]\s*(?:下转|转|紧转)\s*第?\s*{_ARROW}?\s*{_PAGE}\s*版?\s*[)）]"
    rf"|下转\s*第?\s*{_ARROW}?\s*{_PAGE}\s*版)$"
)
JUMP_FROM = re.compile(
    rf"^(?P<marker>[(（]\s*(?:上接|接)\s*第?\s*{_ARROW}?\s*{_PAGE}\s*版\s*[)）]"
    rf"|上接\s*第?\s*{_ARROW}?\s*{_PAGE}\s*版)"
)
_DATELINES = [re.compile(rf"^(?P<marker>{row})\s*") for row in conv.DATELINES]
BRIEF_NUMBER = re.compile(r"^(?P<n>\d{1,2}|[一二三四五六七八九十]{1,3})\s*[、.．]")
# A photo caption opens with the day the picture was taken: `1月13日，市民在…`, `4日，…`.
_CAPTION_START = re.compile(
    r"^(?:(?:19|20)\d\d\s*年\s*)?(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日(?:傍晚|晚|上午|下午|清晨)?[，,]"
)
_CAPTION_MAX = 160
DATE_START = re.compile(r"^(?:(?:19|20)\d\d\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日")
# Two single characters set apart, as print spaces a two-character name: `常  钦`.
_SPACED_NAME = re.compile(
    r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff])[ \u3000]+([\u4e00-\u9fff])(?![\u4e00-\u9fff])"
)
_ROLES = sorted(conv.CREDIT_ROLES, key=len, reverse=True)
_COMPOSED_ROLE = re.compile(rf"^{conv.COMPOSED_ROLE}$")
# Only a role of two characters or more glues to a name: 文明实践 is not 文 + 明实践.
_GLUED_ROLE = re.compile(
    "^(?:" + "|".join([conv.COMPOSED_ROLE, *(r for r in _ROLES if len(r) >= 2)]) + ")"
)
_CREDIT_SPLIT = re.compile(r"[\s\u3000、，,/:：]+")
_PLACE_END = ("省", "市", "区", "县", "镇", "乡", "州")


def caption_start(text: str) -> bool:
    """Does this paragraph open and run like a photo caption (a day, then what the picture
    shows, in a few sentences)?"""
    return len(text) <= _CAPTION_MAX and bool(_CAPTION_START.match(text))


def page_number(text: str) -> str:
    """`2` → `2`, `02` → `2`, `A3` → `3`, `a0002` → `2`, `二` → `2`, `十二` → `12`."""
    text = text.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
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
    m = re.search(_PAGE + r"\s*版", marker) or re.search(r"(?:详见|见|刊)\s*第?\s*" + _PAGE, marker)
    return page_number(m.group(1)) if m else ""


@dataclass
class Credit:
    """People (and perhaps an organisation) credited by a byline or contributor line."""

    text: str
    authors: list[str] = field(default_factory=list)
    source: str | None = None
    photo: bool = False


# Credit words printed glued after a name (`郑莎摄`, `许悦报道`); never 文 (李博文 is a name).
_GLUED_CREDIT = re.compile(r"^(?P<name>.+?)(?:摄影|摄|报道)$")


def _unglued_credit(token: str) -> str | None:
    """`郑莎摄` → `郑莎`, `许悦报道` → `许悦`; None when the token is no name with a credit."""
    m = _GLUED_CREDIT.match(token)
    return m.group("name") if m and looks_like_name(m.group("name")) else None


def _is_role(token: str) -> bool:
    return token in _ROLES or bool(_COMPOSED_ROLE.match(token))


def _names_in(credit_text: str) -> list[str]:
    """The people in a credit: role words, credits (`/文`, `/摄`) and places left out."""
    names: list[str] = []
    for token in _CREDIT_SPLIT.split(_SPACED_NAME.sub(r"\1\2", credit_text)):
        token = token.strip(conv.BULLETS + "()（）【】[]")
        if _OWN_REPORTER.match(token):
            continue
        glued = _GLUED_ROLE.match(token)  # a role glued to the name: 记者王珂
        if glued and looks_like_name(token[glued.end() :]):
            token = token[glued.end() :]
        if (bare := _unglued_credit(token)) is not None:
            token = bare  # 郑莎摄, 许悦报道
        if _is_role(token):
            continue
        if looks_like_name(token) and token not in names:
            names.append(token)
    return names


def _credit_tokens_ok(tokens: list[str]) -> tuple[bool, bool, bool]:
    """(every token is a role, a credit word or a name; some role or credit word; a photo)."""
    has_role = photo = False
    for i, token in enumerate(tokens):
        if _is_role(token) or token in ("摄", "摄影"):
            has_role = True
            photo = photo or token in ("摄", "摄影", "图", "摄像")
            continue
        if _OWN_REPORTER.match(token):
            has_role = True  # 四川日报全媒体记者, 新华社记者: a paper's or agency's own reporter
            continue
        glued = _GLUED_ROLE.match(token)
        if glued and looks_like_name(token[glued.end() :]):
            has_role = True
            photo = photo or glued.group(0) == "摄影"
            continue
        if _unglued_credit(token) is not None:
            has_role = True
            photo = photo or not token.endswith("报道")
            continue
        if looks_like_name(token):
            continue
        if i == 0 and token.endswith(_PLACE_END) and len(tokens) > 1:
            continue  # a reader's letter signed with a place: 北京朝阳区  程  立
        return False, False, False
    return True, has_role, photo


def byline(line: str) -> Credit | None:
    """A whole line that is a byline or photo credit: `撰稿 俞超 李华成`, `通讯员 蒋一超/摄`,
    `本报记者  常  钦`, `□记者  胡蝶飞`, `徐建刚/文`, `文/谢庆裕 图/钟宁`, `本报评论员`."""
    if len(line) > 40:
        return None
    bare = line.strip().lstrip(conv.BULLETS).strip()
    if bare[:1] in "（(" and bare[-1:] in "）)":
        bare = bare[1:-1].strip()  # `（记者 张三 通讯员 李四）` printed after the text
    if bare in conv.NAMELESS_CREDITS:
        return Credit(line, [])
    if any(len(t) > 12 for t in _CREDIT_SPLIT.split(bare)):
        return None  # a byline's words are short: a line of running text is none
    spaced = _SPACED_NAME.sub(r"\1\2", bare)
    tokens = [t for t in _CREDIT_SPLIT.split(spaced) if t]
    if not tokens:
        return None
    ok, has_role, photo = _credit_tokens_ok(tokens)
    place_signed = tokens[0].endswith(_PLACE_END) and not looks_like_name(tokens[0])
    # A bullet before names is a byline's mark where no role is printed: `□谢宛如`, `■周  敏`
    # (a two-character word under a bullet is too often a label: `■简讯`).
    bulleted = line.strip()[:1] in conv.BULLETS and (
        spaced != bare or all(len(t) >= 3 for t in tokens)
    )
    if not ok or not (has_role or bulleted or (place_signed and spaced != bare)):
        return None
    names = _names_in(spaced)
    if not names:
        return None
    return Credit(line, names, photo=photo)


def bare_name(line: str) -> Credit | None:
    """A line that is only a person's name: a spaced two-character one (`周　敏`) or one of
    three characters (`张振华`); an unspaced pair (`来论`) is too often a word."""
    bare = line.strip()
    if len(bare) > 9:
        return None
    spaced = _SPACED_NAME.sub(r"\1\2", bare)
    if " " in spaced or "\u3000" in spaced or not is_person_name(spaced):
        return None
    if (spaced == bare and len(spaced) < 3) or spaced in conv.COLUMN_LABELS:
        return None
    return Credit(line, [spaced])


def marker_fields(line: str) -> list[str] | None:
    """A web page's meta line holding several markers set apart by wide gaps
    (`发布时间：2024-05-06  来源：浙江日报  作者：张三`): its fields, when each is a marker."""
    if len(line) > 100 or not _WIDE_GAP.search(line.strip()):
        return None
    fields = [f for f in _WIDE_GAP.split(line.strip()) if f]
    if len(fields) < 2:
        return None
    for f in fields:
        if not (page_header(f) or contributor(f) or staff_line(f) or byline(f)):
            return None
    return fields


def staff_line(line: str) -> bool:
    """`责任编辑：张三  校对：李四`: the page's staff, not an article's authors."""
    if len(line) > 60 or not _STAFF_ANY.search(line):
        return False
    tokens = [t for t in _CREDIT_SPLIT.split(_SPACED_NAME.sub(r"\1\2", line.strip())) if t]
    roles = 0
    for token in tokens:
        role = next((r for r in _STAFF if token.startswith(r)), None)
        if role:
            roles += 1
            token = token[len(role) :]
        if token and not looks_like_name(token):
            return False
    return roles > 0


def trailing_cross_reference(text: str) -> tuple[str, str, str] | None:
    """`…的故事。（详见第9版）`: (text before, marker, page)."""
    return _page_marker_at_end(_INLINE_XREF, text)


def toc_bullet(text: str) -> tuple[str, str]:
    """`●高校毕业生…` → (`●`, `高校毕业生…`): the mark opening a 导读 entry, and the entry."""
    m = _TOC_BULLET.match(text)
    return (m.group(0).strip(), text[m.end() :]) if m else ("", text)


def toc_entry_page_last(text: str) -> tuple[str, str, str] | None:
    """A 导读 entry with its page after the title, `黄河三角洲迎来候鸟迁徙高峰　4版`,
    `让文化遗产…“活”起来 >>>5版`: (title, marker, page)."""
    m = _TOC_PAGE_LAST.match(text)
    if not m:
        return None
    return m.group("title").rstrip(), m.group("marker").strip(), page_number(m.group("page"))


def toc_entry_page_first(text: str) -> tuple[str, str, str] | None:
    """A 导读 entry with its page before the title, `3版 张江科学城再添新地标`: (title, marker,
    page)."""
    m = _TOC_PAGE_FIRST.match(text)
    if not m:
        return None
    return (
        m.group("title"),
        m.group("marker"),
        page_number(re.sub(r"[^\dA-Za-z一二三四五六七八九十]", "", m.group("marker"))),
    )


def trailing_byline(text: str) -> tuple[str, Credit] | None:
    """A byline after the last sentence of a paragraph; returns (the text before it, credit)."""
    tail = text[-60:]
    m = INLINE_BYLINE.search(tail) or INLINE_PHOTO.search(tail)
    if not m:
        return None
    credit = m.group("credit")
    cut = len(text) - len(tail) + m.start()
    photo = credit.endswith(("摄", "摄影"))
    return text[:cut], Credit(credit, _names_in(credit), photo=photo)


def contributor(line: str) -> Credit | None:
    """`【供稿：新城公司 翟芳华】`, `【作者：区国资委党委书记、主任 赵志坚】`, `来源:区投促中心`,
    and the note on who the author is, `（作者为某大学教授）`."""
    if AUTHOR_NOTE.match(line.strip()):
        return Credit(line)
    m = CONTRIBUTOR.match(line)
    if not m:
        return None
    kind, who = m.group("kind"), m.group("who").strip()
    if kind == "作者":
        who = re.split(r"[，,]", who, maxsplit=1)[0]  # `作者：杨思远，系某高校教授`
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


_EPAPER_SUFFIX = re.compile(r"(?:数字报|电子版|数字版|电子报)$")


def masthead_key(line: str) -> str:
    """A masthead line as the papers table knows it: `浙江日报 数字报` → `浙江日报`."""
    return _EPAPER_SUFFIX.sub("", _SPACES.sub("", line))


def section_label(line: str) -> str | None:
    """`[领导关注]` → `领导关注`; `[ ]` is a label with no words: None, like no label."""
    m = SECTION.match(line)
    return (m.group("label").strip() or None) if m else None


def bare_brief_label(line: str) -> bool:
    """`荆楚简讯`, `■简讯`: a label of briefs printed without brackets."""
    return bool(_BARE_BRIEF_LABEL.match(line.strip().lstrip(conv.BULLETS).strip()))


def page_header(line: str) -> PageHeader | None:
    """A page header or e-paper chrome line (`第1版:要闻 2022-05-28`, `2025年1月14日 星期二`)."""
    return chrome.page_header(line)


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


def cross_reference(line: str) -> tuple[str, str] | None:
    """A whole line sending the reader to a page: `刊2版►`, `■详见A4`, `>>>详见第9版`,
    `（相关报道见第六版）`: (kind `see` or `related`, page)."""
    for (kind, _), pattern in zip(conv.CROSS_REFERENCES, _SEE_ROWS, strict=True):
        m = pattern.match(line.strip())
        if m:
            return kind, page_number(m.group("page"))
    return None


def toc_page(line: str) -> str | None:
    ref = cross_reference(line)
    return ref[1] if ref and ref[0] == "see" else None


def inline_toc_page(text: str) -> tuple[str, str, str] | None:
    """A teaser title followed on its line by `刊2版►`: (title, marker, page)."""
    return _page_marker_at_end(_INLINE_SEE, text)


def _page_marker_at_end(pattern: re.Pattern[str], text: str) -> tuple[str, str, str] | None:
    """(text before, marker, page) of a page marker `pattern` finds after some text."""
    m = pattern.search(text)
    if not m or m.start() == 0:
        return None
    marker = m.group("marker")
    return text[: m.start()].rstrip(), marker, _page_in(marker)


def dateline(text: str) -> tuple[str, Credit | None, str] | None:
    """`本报讯 5月12日,…`, `本报北京1月13日电（记者 王珂）…`, `【新华社延安十日电】…`:
    (marker, credit for the people in it, rest)."""
    head = text[:40]
    if not ("本报" in head or "电" in head or "讯" in head or "消息" in head):
        return None
    m = next((m for p in _DATELINES if (m := p.match(text))), None)
    if not m:
        return None
    groups = m.groupdict()
    inner = groups.get("inner") or groups.get("open")
    credit = None
    if inner:
        names = _names_in(inner)
        credit = Credit(inner, names) if names else None
    return m.group("marker").strip(), credit, text[m.end() :]
