"""Citations of newspaper articles: what a reference is (`Reference`, from an article), how a
Chinese name splits into family and given names, and the styles the reader copies with a
quote: GB/T 7714 (`作者. 题名[N]. 报名, 日期(版次).`), APA 7 and Chicago 17. What is unknown is
left out."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from desktop.services.articles import ArticleView

MAX_AUTHORS = 3  # GB/T 7714 lists three authors, then 等

# Two-character surnames: a name starting with one of these keeps both characters as its
# family name (欧阳修 → 欧阳 + 修), every other Chinese name splits after its first character.
COMPOUND_SURNAMES = frozenset((
    "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒",
    "司空", "夏侯", "轩辕", "令狐", "钟离", "闾丘", "端木", "西门", "南宫", "独孤", "百里", "呼延",
    "万俟", "申屠", "太史", "公羊", "澹台", "濮阳", "淳于", "单于", "赫连", "拓跋", "东郭", "第五",
    "梁丘", "左丘", "乐正", "谷梁", "宗政", "公冶", "仲孙", "叔孙", "亓官", "司寇", "巫马", "羊舌",
    "微生", "漆雕", "壤驷", "公良", "夹谷", "宰父", "段干", "东门", "公西", "归海", "羊角", "呼衍",
    "南门", "东里", "司城", "即墨",
))  # fmt: skip
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")  # fmt: skip


@dataclass(frozen=True)
class Name:
    """An author's name: family and given, or only `literal` when it does not split safely
    (a transliterated foreign name such as 穆罕默德·阿里, an organisation, one character)."""

    family: str = ""
    given: str = ""
    literal: str = ""

    @property
    def chinese(self) -> bool:
        return bool(self.family) and _HAN.fullmatch(self.family + self.given) is not None

    @property
    def natural(self) -> str:
        """As it is written: 俞超, John Smith."""
        if self.literal:
            return self.literal
        return self.family + self.given if self.chinese else f"{self.given} {self.family}"


def split_name(name: str) -> Name:
    name = " ".join(name.split())
    if _HAN.fullmatch(name) and 2 <= len(name) <= 4:
        cut = 2 if len(name) >= 3 and name[:2] in COMPOUND_SURNAMES else 1
        return Name(family=name[:cut], given=name[cut:])
    if "," in name:
        family, _, given = name.partition(",")
        if family.strip() and given.strip():
            return Name(family=family.strip(), given=given.strip())
    words = name.split(" ")
    if 2 <= len(words) <= 3 and all(w.isalpha() and w.isascii() for w in words):
        return Name(family=words[-1], given=" ".join(words[:-1]))
    return Name(literal=name)


@dataclass(frozen=True)
class Reference:
    """One article as a reference manager sees it."""

    key: str  # the article's stable key: citation keys and ids derive from it
    title: str
    subtitle: str | None
    paper: str | None
    date: str | None  # 2023, 2023-05 or 2023-05-16
    page: str | None
    authors: tuple[str, ...]
    kicker: str | None = None
    abstract: str | None = None

    @property
    def names(self) -> list[Name]:
        return [split_name(a) for a in self.authors]

    @property
    def date_parts(self) -> list[int]:
        return [int(x) for x in (self.date or "").split("-") if x.isdigit()]

    @property
    def full_title(self) -> str:
        return f"{self.title}：{self.subtitle}" if self.subtitle else self.title


ABSTRACT_LENGTH = 200  # characters of the text that stand in for an abstract


def reference_of(view: ArticleView) -> Reference:
    a = view.article
    # A teaser (导读) cites the page it points to; other articles do not record their page.
    page = a.continued_to if a.kind == "teaser" else None
    text = " ".join(a.text.split())
    abstract = text[:ABSTRACT_LENGTH] + ("…" if len(text) > ABSTRACT_LENGTH else "")
    return Reference(
        key=a.key,
        title=a.title or view.label,
        subtitle=a.subtitle,
        paper=view.paper,
        date=view.date,
        page=page,
        authors=tuple(a.author_list),
        kicker=a.kicker,
        abstract=abstract or None,
    )


def cite(
    authors: list[str],
    title: str | None,
    paper: str | None,
    date: str | None,
    *,
    subtitle: str | None = None,
    page: str | None = None,
) -> str:
    """GB/T 7714-2015, newspaper article ([N])."""
    parts = []
    if authors:
        shown = ", ".join(authors[:MAX_AUTHORS])
        if len(authors) > MAX_AUTHORS:
            shown += ", 等"
        parts.append(f"{shown}.")
    heading = title or "（无题）"
    if subtitle:
        heading += f"：{subtitle}"
    parts.append(f"{heading}[N].")
    where = ", ".join(x for x in (paper, date) if x)
    if page:
        where += f"({page})"
    if where:
        parts.append(f"{where}.")
    return " ".join(parts)


def gb_t_7714(ref: Reference) -> str:
    return cite(
        list(ref.authors), ref.title, ref.paper, ref.date, subtitle=ref.subtitle, page=ref.page
    )


def _stop(text: str) -> str:
    """Text ending in a full stop, unless it already ends in a mark of its own."""
    return text if text.endswith((".", "?", "!", "。", "？", "！")) else text + "."


def _apa_name(name: Name) -> str:
    if name.literal or name.chinese:
        return name.natural  # a Chinese name is written whole, family name first
    initials = " ".join(f"{part[0]}." for part in name.given.replace("-", " ").split())
    return f"{name.family}, {initials}"


def _english_date(parts: list[int], day: str, month: str, undated: str) -> str:
    """A date as far as it is known, in a style's order: `day` and `month` are templates over
    {year}, {month} (its English name) and {day}; `undated` stands for no date at all."""
    if not parts:
        return undated
    if len(parts) == 1:
        return str(parts[0])
    if len(parts) == 2:
        return month.format(year=parts[0], month=_MONTHS[parts[1] - 1])
    return day.format(year=parts[0], month=_MONTHS[parts[1] - 1], day=parts[2])


def _apa_date(parts: list[int]) -> str:
    return _english_date(parts, "{year}, {month} {day}", "{year}, {month}", "n.d.")


def apa(ref: Reference) -> str:
    """APA 7, newspaper article: Author. (2023, May 16). Title. Paper, page."""
    names = [_apa_name(n) for n in ref.names]
    if len(names) > 1:
        names[-1] = "& " + names[-1]
    who = ", ".join(names)
    when = f"({_apa_date(ref.date_parts)})."
    title = _stop(ref.full_title)
    head = f"{_stop(who)} {when} {title}" if who else f"{title} {when}"
    where = ", ".join(x for x in (ref.paper, ref.page) if x)
    return f"{head} {where}." if where else head


def _chicago_date(parts: list[int]) -> str:
    return _english_date(parts, "{month} {day}, {year}", "{month} {year}", "")


def chicago(ref: Reference) -> str:
    """Chicago 17, bibliography entry for a newspaper article: Author. “Title.” Paper, May 16,
    2023. The first author is inverted (Smith, John); Chinese names are not (俞超)."""
    names = ref.names
    shown = []
    for i, name in enumerate(names):
        inverted = i == 0 and not (name.literal or name.chinese)
        shown.append(f"{name.family}, {name.given}" if inverted else name.natural)
    if len(shown) > 1:
        shown[-1] = "and " + shown[-1]
    who = (", " if len(shown) > 2 else " ").join(shown)
    where = ", ".join(x for x in (ref.paper, _chicago_date(ref.date_parts)) if x)
    parts = [_stop(who)] if who else []
    parts.append(f"“{_stop(ref.full_title)}”")
    if where:
        parts.append(f"{where}.")
    return " ".join(parts)


@dataclass(frozen=True)
class CitationStyle:
    label: str
    format: Callable[[Reference], str]


CITATION_STYLES: dict[str, CitationStyle] = {
    "gb-t-7714": CitationStyle("GB/T 7714", gb_t_7714),
    "apa": CitationStyle("APA", apa),
    "chicago": CitationStyle("Chicago", chicago),
}


def cite_in(style: str, view: ArticleView) -> str:
    """The article's citation in one of CITATION_STYLES."""
    return CITATION_STYLES[style].format(reference_of(view))
