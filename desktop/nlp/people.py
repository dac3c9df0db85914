"""The people an article names: found by the shapes district papers print them in, counted.

A name is taken where the paper's own shapes say it is one:

- after a title: 区委书记陆方舟出席, 区委副书记、区长高香主持, 站长屈伟感叹, 记者 李双玖;
- in a list after a title or 区领导: 区领导冯捷、张劲松、姚卫华出席, 委员顾骏、陈建国等;
- before a title: 刘多副市长出席, 习近平总书记, 陈海燕同志;
- at the head of a clause before a verb of speaking or doing: 陆方舟强调, 。高香指出;
- after an age: 今年70岁的蒋桂英是;
- in the byline (the article's authors, given by the caller).

A candidate must start with a surname of name_words' table (or, after a diplomat's or a
foreign firm's title, be a foreign name: 赤松秀一, 克劳斯·穆勒), end where the text goes on
with punctuation or a word that follows names (出席, 强调, 、, 等 …), and not be a word jieba's
dictionary knows (names are not in it; 介绍, 全面, 马陆 are), a place (followed by 镇, 路 …) or
an organisation. Once an article's names are known, every occurrence of each is counted.
jieba's part-of-speech tagger is not used: it loads a second dictionary (0.6 s, ~100 MB) and
still takes 马陆 for a name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from desktop.nlp.name_words import (
    ADDRESSES,
    AMBIGUOUS_SURNAMES,
    CJK_ONLY,
    CLAUSE_STARTS,
    CLAUSE_VERBS,
    COMMON_WORD,
    COMPOUND_SURNAMES,
    FOLLOWER_SET,
    FOLLOWERS,
    FOREIGN_NAME,
    FOREIGN_TITLES,
    KINSHIP,
    LIST_HEAD_PATTERN,
    NAME_ENDS_NOT,
    NOT_AFTER_TITLE,
    NOT_AUTHORS,
    NOT_IN_NAME,
    PLACE_AFTER,
    PUNCTUATION,
    SURNAMES,
    TITLE_CUTS,
    TITLE_PATTERN,
    TITLES,
    TITLES_AFTER,
    alternation,
)
from desktop.nlp.segmentation import Segmenter


@dataclass(frozen=True)
class NamedPerson:
    name: str
    count: int  # times named in the text, byline included
    titles: tuple[str, ...]  # as printed before the name, in order of appearance


@dataclass
class _Found:
    titles: list[str] = field(default_factory=list)
    strong: bool = False

    def add_title(self, title: str) -> None:
        if title and title not in self.titles:
            self.titles.append(title)


class PeopleFinder:
    def __init__(self, segmenter: Segmenter) -> None:
        self.segmenter = segmenter

    @cached_property
    def _follower_lengths(self) -> dict[str, list[int]]:
        # first character → lengths of the followers starting with it, longest first
        table: dict[str, set[int]] = {}
        for word in FOLLOWERS:
            table.setdefault(word[0], set()).add(len(word))
        return {c: sorted(n, reverse=True) for c, n in table.items()}

    def _follow_strength(self, text: str, at: int) -> int:
        """How clearly the text at `at` goes on after a name: 3 punctuation or the end, 2 a
        follower of two or more characters, 1 one of a single character, 0 not at all."""
        if at >= len(text) or text[at] in PUNCTUATION:
            return 3
        for n in self._follower_lengths.get(text[at], ()):
            if text[at : at + n] in FOLLOWER_SET:
                return 2 if n > 1 else 1
        if TITLE_PATTERN.match(text, at) and text[at : at + 2] in TITLES_AFTER | {"总书"}:
            return 2
        return 0

    def _is_name(self, candidate: str, *, strong: bool, foreign: bool = False) -> bool:
        if len(candidate) < 2:
            return False
        if foreign and "·" in candidate:
            return bool(FOREIGN_NAME.match(candidate))
        if not CJK_ONLY.match(candidate) or any(c in NOT_IN_NAME for c in candidate):
            return False
        if candidate[-1] in NAME_ENDS_NOT or candidate[-2:] in KINSHIP:
            return False
        if candidate[:2] in COMPOUND_SURNAMES:
            surname_ok = len(candidate) in (3, 4)
        else:
            surname = candidate[0] in SURNAMES and (
                strong or candidate[0] not in AMBIGUOUS_SURNAMES
            )
            surname_ok = surname and len(candidate) in (2, 3)
        if not surname_ok and not (
            foreign and len(candidate) == 4 and candidate[0] not in SURNAMES
        ):
            return False
        if any(candidate[:n] in FOLLOWER_SET for n in (2, 3, 4)):
            return False
        frequency = self.segmenter.word_frequency(candidate)
        return frequency < (COMMON_WORD if strong else 1)

    def _name_at(
        self,
        text: str,
        at: int,
        *,
        strong: bool,
        foreign: bool = False,
        sure: frozenset[str] | set[str] = frozenset(),
    ) -> str | None:
        """The name starting at `at`, if the text has one there: a name already sure (the
        byline's, or one found elsewhere), else of the lengths that pass, the one the text most
        clearly goes on after (the shorter one on a tie)."""
        for name in sure:
            if text.startswith(name, at):
                return name
        if (
            not foreign
            and text[at : at + 1] not in SURNAMES
            and text[at : at + 2] not in COMPOUND_SURNAMES
        ):
            return None  # most clause starts: no name can start here
        best, best_strength = None, 0
        for n in (2, 3, 4) if not foreign else (2, 3, 4, 5, 6, 7, 8, 9):
            candidate = text[at : at + n]
            if len(candidate) < n:
                break
            if any(c in PUNCTUATION and c != "·" for c in candidate):
                break
            strength = self._follow_strength(text, at + n)
            if strength > best_strength and self._is_name(
                candidate, strong=strong, foreign=foreign
            ):
                if strength == 1 and any(text.startswith(p, at + n) for p in PLACE_AFTER):
                    continue  # 马陆镇: the 镇 is not a particle
                common_start = self.segmenter.word_frequency(candidate[:2]) >= COMMON_WORD
                if n == 3 and strength == 1 and common_start:
                    continue  # 领导班子以及: 班子 is a word, and 以 may not follow a name
                best, best_strength = candidate, strength
                if strength >= 2:
                    break
        if best is None and strong and not foreign:
            # A four-character name (罗布次仁) only where the text clearly ends after it.
            candidate = text[at : at + 4]
            if (
                len(candidate) == 4
                and self._follow_strength(text, at + 4) == 3
                and candidate[0] in SURNAMES
                and CJK_ONLY.match(candidate)
                and not any(c in NOT_IN_NAME for c in candidate)
                and self.segmenter.word_frequency(candidate) == 0
                and not any(
                    self.segmenter.word_frequency(candidate[i : i + 2]) >= COMMON_WORD
                    for i in (1, 2)
                )
            ):
                best = candidate
        if best is None and strong:
            best = self._jieba_name_at(text, at)
        return best

    def _jieba_name_at(self, text: str, at: int) -> str | None:
        """After a title, the name jieba cuts out as one word (主任马建平推介): its next word
        starts where the name ends, so the name is not the start of a longer word."""
        tokens = self.segmenter.cut(text[at : at + 10])
        if len(tokens) < 2:
            return None
        for candidate in (tokens[0], tokens[0] + tokens[1]):
            if len(candidate) in (2, 3) and self._is_name(candidate, strong=True):
                rest = text[at + len(candidate) : at + len(candidate) + 2]
                if rest and (
                    rest[0] in PUNCTUATION
                    or self.segmenter.word_frequency(rest) > 0
                    or self.segmenter.word_frequency(rest[0]) > 0
                ):
                    return candidate
        return None

    def _title_before(self, text: str, end: int, floor: int) -> str:
        """The title printed just before `end` (the name's start): back to the clause's start,
        a 的, or `floor` (where the previous name ended), at most 30 characters."""
        while end > floor and text[end - 1] == " ":  # 记者 李双玖
            end -= 1
        start = end
        while start > floor and end - start < 30:
            c = text[start - 1]
            # 西上海（集团）有限公司董事长: brackets inside a title are part of it
            if (c in CLAUSE_STARTS and c not in "、·（）()") or c == "的":
                break
            start -= 1
        title = text[start:end].strip()
        cut = max((title.rfind(v) + len(v) for v in TITLE_CUTS if v in title), default=0)
        return title[cut:].lstrip("和与及、，（(").strip()

    def find(
        self,
        text: str,
        *,
        authors: tuple[str, ...] | list[str] = (),
        known: frozenset = frozenset(),
        credits: str = "",
    ) -> list[NamedPerson]:
        """The people named in the text (headline and body), and the authors, with how many
        times each is named; `known` are names found in other articles, counted here too;
        `credits` the printed bylines (记者 李双玖, 通讯员 蒋一超/摄), for the authors' titles."""
        found: dict[str, _Found] = {}
        authors = [a for a in map(author_name, authors) if a]
        sure = set(authors) | {k for k in known if k in text}

        def take(name: str, title: str = "", strong: bool = True) -> None:
            entry = found.setdefault(name, _Found())
            entry.strong = entry.strong or strong
            for part in re.split(r"[、·，]", title):
                if part and (TITLE_PATTERN.search(part) or part.endswith("领导")):
                    entry.add_title(part)

        # After a title, and the list that may follow it.
        last_end = 0
        for m in TITLE_PATTERN.finditer(text):
            if m.start() < last_end:
                continue
            at = m.end()
            while at < len(text) and text[at] == " ":
                at += 1
            if at < len(text) and text[at] in NOT_AFTER_TITLE:
                continue
            foreign = m.group() in FOREIGN_TITLES
            name = self._name_at(text, at, strong=True, foreign=foreign, sure=sure)
            if name is None:
                continue
            title = self._title_before(text, m.end(), last_end)
            take(name, title)
            last_end = self._take_list(text, at + len(name), title, take, sure)
        # Lists after 区领导.
        for m in LIST_HEAD_PATTERN.finditer(text):
            at = m.end()
            name = self._name_at(text, at, strong=True, sure=sure)
            if name is not None:
                head = m.group() if m.group().endswith("领导") else ""
                take(name, head)
                self._take_list(text, at + len(name), head, take, sure)
        # Before a title.
        for m in TITLE_PATTERN.finditer(text):
            if m.group() not in TITLES_AFTER:
                continue
            for n in (3, 2, 4):
                start = m.start() - n
                if start < 0:
                    continue
                candidate = text[start : m.start()]
                if self._is_name(candidate, strong=True) and self._starts_a_token(text, start):
                    title = m.group() if m.group() not in ADDRESSES else ""
                    take(candidate, title)
                    break
        # At the head of a clause, before a verb; after an age.
        for at in self._clause_starts(text):
            name = self._name_at(text, at, strong=False, sure=sure)
            if name is not None and any(text.startswith(v, at + len(name)) for v in CLAUSE_VERBS):
                take(name, strong=False)
        for m in re.finditer(r"的", text):  # 获得冠军的周天宇说
            name = self._name_at(text, m.end(), strong=False, sure=sure)
            if name is not None and any(
                text.startswith(v, m.end() + len(name)) for v in CLAUSE_VERBS
            ):
                take(name, strong=False)
        for m in re.finditer(r"\d+岁的|岁的", text):
            name = self._name_at(text, m.end(), strong=False, sure=sure)
            if name is not None:
                take(name, strong=False)
        for author in authors:
            at = credits.find(author)
            take(author, self._title_before(credits, at, 0) if at > 0 else "")
        for name in known:
            if name not in found and name in text:
                found[name] = _Found()

        people = []
        for name, entry in found.items():
            count = len(self.mentions(text, name, found.keys())) + authors.count(name)
            if count:
                people.append(NamedPerson(name, count, tuple(entry.titles)))
        people.sort(key=lambda p: (-p.count, text.find(p.name) % (len(text) + 1), p.name))
        return people

    def _take_list(self, text: str, at: int, title: str, take, sure: set[str]) -> int:
        """Take the names that follow in a list (、); returns where the last one ends."""
        while at < len(text) and text[at] == "、":
            name = self._name_at(text, at + 1, strong=True, sure=sure)
            if name is None:
                break
            take(name, title)
            at += 1 + len(name)
        return at

    def _clause_starts(self, text: str):
        yield 0
        for i, c in enumerate(text):
            if c in CLAUSE_STARTS and c not in "·":
                yield i + 1

    def _starts_a_token(self, text: str, start: int) -> bool:
        """Whether jieba's cut of the sentence around `start` has a word starting there."""
        left = start
        while left > 0 and text[left - 1] not in CLAUSE_STARTS and start - left < 40:
            left -= 1
        offset = left
        for token in self.segmenter.cut(text[left : start + 8]):
            if offset == start:
                return True
            if offset > start:
                return False
            offset += len(token)
        return offset == start

    def mentions(
        self, text: str, name: str, others: frozenset[str] | set[str] = frozenset()
    ) -> list[tuple[int, int]]:
        """Where the name is printed in the text, as (start, end) offsets: not inside a longer
        name of `others` (the article's other people), and a two-character name only where a
        title, punctuation or a follower stands beside it (高健 is not in 提高健康)."""
        longer = [other for other in others if name in other and other != name]
        spans = []
        for m in re.finditer(re.escape(name), text):
            s, e = m.span()
            if any(self._covers(text, other, s, e) for other in longer):
                continue
            if len(name) == 2 and not self._stands_alone(text, s, e):
                continue
            spans.append((s, e))
        return spans

    @staticmethod
    def _covers(text: str, other: str, s: int, e: int) -> bool:
        return any(text.startswith(other, at) for at in range(max(0, e - len(other)), s + 1))

    def _stands_alone(self, text: str, s: int, e: int) -> bool:
        if self._follow_strength(text, e) >= 1:
            return True
        before = text[max(0, s - 6) : s]
        return (
            s == 0
            or text[s - 1] in PUNCTUATION
            or bool(before and any(before.endswith(t) for t in TITLES))
        )


def author_name(author: str) -> str:
    """A byline's name, without the 摄 a photo credit may leave on it; "" for a role word."""
    author = author.strip()
    if author in NOT_AUTHORS:
        return ""
    if len(author) >= 3 and author.endswith("摄"):
        return author[:-1]
    return author


def find_in_articles(
    finder: PeopleFinder,
    articles: list[tuple[str, tuple[str, ...] | list[str], str]],
    first: list[list[NamedPerson]] | None = None,
) -> list[list[NamedPerson]]:
    """The people of each (text, authors, credits), the names found in any one of them counted
    in all (习近平 printed with his title in one article, alone in the next). `first` are the
    articles' own people (`finder.find` of each) if the caller has them cached; only the
    articles that print a name found elsewhere are looked at again."""
    if first is None:
        first = [finder.find(t, authors=a, credits=c) for t, a, c in articles]
    known = frozenset(p.name for people in first for p in people if len(p.name) > 2)
    if not known:
        return first
    pattern = alternation(known)
    result = []
    for (text, authors, credits), people in zip(articles, first, strict=True):
        have = {p.name for p in people}
        if any(m.group() not in have for m in pattern.finditer(text)):
            people = finder.find(text, authors=authors, credits=credits, known=known)
        result.append(people)
    return result
