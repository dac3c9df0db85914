"""A headline group's lines → kicker (引题), title (主题), subtitle (副题) and column label.

Chinese papers pair a factual line (who met, what was held) with a thematic one (the message).
The thematic line is the main title; a factual line before it is the kicker, after it the
subtitle. A kicker often ends in `——` or `……`; a column or series label is a short slogan
(`大兴调查研究`, `筑梦新时代 踏厉新征程`) printed beside the title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.ingest.conventions import COLUMN_ENDINGS, COLUMN_LABELS
from desktop.ingest.text import cjk_count, clean_heading

_KICKER_END = ("——", "……", "…", "：", ":", "--")
# A second line starting or a first line ending like this is one title wrapped over two lines.
_WRAP_START = ("暨", "及", "和", "与", "并", "以及", "兼")
_WRAP_END = ("、", "，", ",", "暨", "及", "和", "与", "的", "并")
# Verbs that make a headline line report an event rather than state a theme.
_EVENT = re.compile(
    r"举行|召开|闭幕|开幕|会见|会晤|调研|考察|走访|开展|启动|签约|揭牌|授牌|出席|慰问|举办|视察|座谈|召集"
)
_PUNCT = re.compile(r"[，,、；;：:。！？!?“”‘’《》()（）—…·]")


@dataclass
class Headline:
    kicker: str | None = None
    title: str | None = None
    subtitle: str | None = None
    column: str | None = None


def _is_column_label(line: str) -> bool:
    """A short slogan-like label: `开年第一访`, a column's name (`荆楚时评`), or two balanced
    phrases `筑梦新时代 踏厉新征程`."""
    if _PUNCT.search(line) or re.search(r"\d", line):
        return False
    if cjk_count(line) == len(line) <= 10 and line.endswith(tuple(COLUMN_ENDINGS)):
        return True
    parts = line.split()
    if len(parts) == 1:
        return 2 <= cjk_count(line) <= 6 and cjk_count(line) == len(line)
    return len(parts) == 2 and len(parts[0]) == len(parts[1]) and 3 <= len(parts[0]) <= 6


def join_wrapped(lines: list[str]) -> list[str]:
    """Rejoin a title that the layout wrapped over two lines."""
    out: list[str] = []
    for line in lines:
        if out and (line.startswith(_WRAP_START) or out[-1].endswith(_WRAP_END)):
            out[-1] += line
        else:
            out.append(line)
    return out


def _is_event(line: str) -> bool:
    return bool(_EVENT.search(line))


def _clauses(line: str) -> int:
    return len([p for p in re.split(r"[，,]", line) if p])


def assign(lines: list[str]) -> Headline:
    """Give each line of a headline group its role."""
    lines = join_wrapped([clean_heading(x) for x in lines if x.strip()])
    head = Headline()
    if not lines:
        return head
    if len(lines) >= 2:
        if lines[0] in COLUMN_LABELS:  # a known column's name decides before the shape
            head.column = lines.pop(0)
        elif lines[-1] in COLUMN_LABELS or _is_column_label(lines[-1]):
            head.column = lines.pop()
        elif _is_column_label(lines[0]):
            head.column = lines.pop(0)
    if len(lines) >= 2 and lines[0].endswith(_KICKER_END):
        head.kicker = lines.pop(0)
    if len(lines) >= 2 and lines[-1].startswith("——"):
        head.subtitle = lines.pop()
    if not lines:
        return head
    if len(lines) == 1:
        if head.kicker is None and head.subtitle is None and lines[0].endswith(_KICKER_END[:2]):
            head.kicker = lines[0]  # a kicker whose title is missing: keep it as printed
        else:
            head.title = lines[0]
        return head
    if head.kicker is not None:
        head.title = lines[0]
        if head.subtitle is None:
            head.subtitle = " ".join(lines[1:])
        else:
            head.title = " ".join(lines)
        return head
    if len(lines) == 2 and head.subtitle is None:
        first, second = lines
        kicker_first = (_is_event(first) and not _is_event(second)) or (
            _clauses(first) >= 3 and len(first) >= 1.5 * len(second)
        )
        if kicker_first:
            head.kicker, head.title = first, second
        else:
            head.title, head.subtitle = first, second
        return head
    head.kicker, head.title = lines[0], lines[1]
    rest = lines[2:]
    if head.subtitle is not None:
        rest.append(head.subtitle)
    head.subtitle = " ".join(rest) or None
    return head
