"""Deterministic fuzz input: seeded, so a failure names an input that can be made again.

Inputs are built from the seeds' own lines and the newspaper's markers, cut, spliced and
damaged the ways real files are (wraps, stray spaces, control characters, other scripts), plus
plain noise, and lines that start and end with markers (`导读` / `本报讯）刊2版`). Sizes stay
small so that a hundred thousand of them run in seconds."""

from __future__ import annotations

import random
from collections.abc import Iterator

from desktop.resources import seed_files

SEED_TEXTS = [p.read_text("utf-8") for p in seed_files()]
SEED_LINES = [line for text in SEED_TEXTS for line in text.splitlines() if line.strip()]

MARKERS = [
    "本报讯 ", "撰稿 俞超", "记者 李双玖", "通讯员 蒋一超/摄", "【供稿：新城公司 翟芳华】",
    "来源:区投促中心", "[简讯]", "(下转第2版)", "下转►2版", "(上接第1版)", "导读", "刊2版►",
    "1、", "——", "……", "5月12日", "10 月 9 日", "2023年", "嘉定报", "青浦报", "嘉定国资",
]  # fmt: skip
NOISE = [
    "\u3000", " ", "\t", "\n", "\n\n", "\r\n", "\r", "\x00", "\x1b[31m", "\u202e", "\u200b",
    "\ufeff", "\ud800", "\udfff", "𠮷", "😀", "<script>alert(1)</script>", "**粗体**", "=SUM(A1)",
    "مرحبا", "Hello", "，", "。", "“", "”", "《", "》", "(", ")", "?", "!", "\\", "%", "'",
]  # fmt: skip


def _piece(rnd: random.Random) -> str:
    roll = rnd.random()
    if roll < 0.45:
        line = rnd.choice(SEED_LINES)
        start = rnd.randrange(len(line))
        return line[start : start + rnd.randint(1, 60)]
    if roll < 0.65:
        return rnd.choice(MARKERS)
    if roll < 0.9:
        return rnd.choice(NOISE)
    return "".join(chr(rnd.randint(0x20, 0x2FFFF)) for _ in range(rnd.randint(1, 6)))


# What a line of a page starts and ends with: the parser splits these off the line's text.
LINE_STARTS = [
    "本报讯", "本报讯 ", "本报讯）", "本报讯（记者 张三）", "本报北京1月13日电（记者 王珂）",
    "新华社北京3月5日电", "【新华社延安十日电】", "(上接第1版)", "（上接第一版）", "导读", "导读：",
    "[简讯]", "[ ]", "【供稿：新城公司 翟芳华】", "记者 李双玖", "□记者 胡蝶飞", "1、", "①",
    "第1版:要闻 2022-05-28", "2025年1月14日 星期二", "编者按：", "■", ">>>",
]  # fmt: skip
LINE_ENDS = [
    "刊2版►", "刊2版", " 刊3版►", "(下转第2版)", "（下转第二版）", "下转►2版", "下转第2版",
    " 撰稿 俞超", "。 撰稿 李华成", "。通讯员 蒋一超/摄", "。", "——", ")", "■详见A4",
    ">>>详见第9版", "（相关报道见第六版）", "/文", " 摄",
]  # fmt: skip


def _line(rnd: random.Random) -> str:
    parts = []
    if rnd.random() < 0.5:
        parts.append(rnd.choice(LINE_STARTS))
    parts.extend(_piece(rnd) for _ in range(rnd.randint(0, 3)))
    if rnd.random() < 0.5:
        parts.append(rnd.choice(LINE_ENDS))
    return "".join(parts)


def issue_texts(count: int, seed: int = 20261122) -> Iterator[str]:
    """`count` texts for the parser, each up to a few hundred characters: half of them loose
    pieces, half lines that start and end with the markers a page prints around its text."""
    rnd = random.Random(seed)
    for _ in range(count):
        if rnd.random() < 0.5:
            yield "".join(_piece(rnd) for _ in range(rnd.randint(0, 14)))
        else:
            sep = rnd.choice(["\n", "\n\n", "\r\n"])
            yield sep.join(_line(rnd) for _ in range(rnd.randint(1, 8)))


def query_strings(count: int, seed: int = 20261122) -> Iterator[str]:
    """`count` search strings: seed substrings, names, phrases, exclusions, FTS syntax, noise."""
    rnd = random.Random(seed)
    syntax = ['"', "-", "“", "”", "AND", "OR", "NOT", "NEAR", "(", ")", "*", "^", ":", "{", "}",
              "+", "'", "%", "_"]  # fmt: skip
    for _ in range(count):
        parts = []
        for _ in range(rnd.randint(1, 5)):
            roll = rnd.random()
            if roll < 0.5:
                line = rnd.choice(SEED_LINES)
                start = rnd.randrange(len(line))
                parts.append(line[start : start + rnd.randint(1, 6)])
            elif roll < 0.75:
                parts.append(rnd.choice(syntax))
            else:
                parts.append(rnd.choice(NOISE))
        yield rnd.choice(["", " ", "  "]).join(parts)
