"""Character-level helpers for Chinese newspaper text: classes, display width, repairs.

Everything here is a pure function on strings; the parser's layout rules are built from them.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from desktop.chartables import keep_if

# Sentence-final punctuation. A fragment ending in one of these (possibly followed by closing
# quotes or brackets) ends a sentence; anything else was cut by a column end or a hard wrap.
SENTENCE_END = frozenset("。！？!?…")
# Closing marks that may follow the sentence end: `…了。”` still ends the sentence.
CLOSERS = frozenset("”’」』）)】》〉\"'")
# A fragment ending in one of these cannot be a heading: the sentence goes on.
CONTINUES = frozenset("，,、；;（(“‘《〈「『—-·")

_OPEN_CLOSE = {
    "“": "”",
    "‘": "’",
    "《": "》",
    "（": "）",
    "(": ")",
    "「": "」",
    "『": "』",
    "【": "】",
}

# Half-width punctuation that becomes full-width when it stands in Chinese text.
_TO_FULL = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）"}
# The inverse fold, used to compare input and output character by character.
FOLD = {v: k for k, v in _TO_FULL.items()}

_WS = re.compile(r"\s+")


def is_cjk(ch: str) -> bool:
    """True for CJK ideographs (the BMP blocks and the supplementary planes)."""
    o = ord(ch)
    return (
        0x4E00 <= o <= 0x9FFF
        or 0x3400 <= o <= 0x4DBF
        or 0xF900 <= o <= 0xFAFF
        or 0x20000 <= o <= 0x3134F
    )


def is_cjk_punct(ch: str) -> bool:
    o = ord(ch)
    return 0x3000 < o <= 0x303F or 0xFF01 <= o <= 0xFF0F or 0xFF1A <= o <= 0xFF20 or ch in "“”‘’…—·"


def is_wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in ("W", "F")


_WIDE_ONLY = keep_if(is_wide)
_CJK_ONLY = keep_if(is_cjk)


@functools.lru_cache(maxsize=8192)
def display_width(s: str) -> float:
    """Width in full-width cells: how much of a printed column the text takes. (Each line is
    measured by the unwrapper, the tokenizer and the walker: cached.)"""
    return (len(s) + len(s.translate(_WIDE_ONLY))) / 2


_AMBIGUOUS_WIDE = keep_if(lambda ch: unicodedata.east_asian_width(ch) in ("W", "F", "A"))


@functools.lru_cache(maxsize=8192)
def print_width(s: str) -> float:
    """Width in cells as a Chinese layout sets it: quotes, dots and dashes (`“”·—`, of
    ambiguous width) take a whole cell, as the characters beside them do."""
    return (len(s) + len(s.translate(_AMBIGUOUS_WIDE))) / 2


def cjk_count(s: str) -> int:
    return len(s.translate(_CJK_ONLY))


def strip_closers(s: str) -> str:
    return s.rstrip("".join(CLOSERS))


def ends_sentence(s: str) -> bool:
    core = strip_closers(s.rstrip())
    return bool(core) and core[-1] in SENTENCE_END


def ends_open(s: str) -> bool:
    """True when the text visibly continues: a comma, an enumeration mark, an opening quote."""
    s = s.rstrip()
    return bool(s) and s[-1] in CONTINUES and not s.endswith(("——", "--"))


def balanced(s: str) -> bool:
    """True when every opening quote or bracket in the text is closed in it."""
    depth: dict[str, int] = {}
    closing = {v: k for k, v in _OPEN_CLOSE.items()}
    for ch in s:
        if ch in _OPEN_CLOSE:
            depth[ch] = depth.get(ch, 0) + 1
        elif ch in closing:
            opener = closing[ch]
            depth[opener] = depth.get(opener, 0) - 1
    return all(v == 0 for v in depth.values())


def _chinese_side(ch: str) -> bool:
    return is_cjk(ch) or is_cjk_punct(ch)


def fold_punctuation(s: str) -> str:
    """Make half-width punctuation that stands in Chinese text full-width (`日,嘉定` → `日，嘉定`).

    Punctuation between Latin letters or digits (`1,000`, `Hello, world`) is left alone.
    """
    if not any(c in _TO_FULL for c in s):
        return s
    out = list(s)
    n = len(s)
    for i, ch in enumerate(s):
        if ch not in _TO_FULL:
            continue
        j = i - 1
        while j >= 0 and s[j] == " ":
            j -= 1
        k = i + 1
        while k < n and s[k] == " ":
            k += 1
        prev_cn = j >= 0 and _chinese_side(s[j])
        next_cn = k < n and _chinese_side(s[k])
        if ch == "(":
            hit = next_cn or (prev_cn and k < n and not s[k].isascii())
        elif ch == ")":
            hit = prev_cn or (next_cn and j >= 0 and not s[j].isascii())
        else:
            hit = prev_cn or next_cn
        if hit:
            out[i] = _TO_FULL[ch]
    return "".join(out)


def _phrase_edge(ch: str) -> bool:
    """Characters that can end or begin a headline phrase: ideographs, quotes, book titles."""
    return is_cjk(ch) or ch in "“”‘’《》「」『』"


def _joinable(a: str, b: str, keep_between_cjk: bool) -> bool:
    """Whether the whitespace between characters a and b is layout damage to remove."""
    a_cn, b_cn = _chinese_side(a), _chinese_side(b)
    if a_cn and b_cn:
        # A space between two Chinese characters is damage in running text; in a headline it
        # separates two phrases (`找准产业赛道 推动产业集群化发展`) and stays.
        return not (keep_between_cjk and _phrase_edge(a) and _phrase_edge(b))
    if (a_cn and b.isdigit()) or (b_cn and a.isdigit()):
        return True
    # Full-width punctuation never wants a space after or before it.
    return is_cjk_punct(a) or is_cjk_punct(b)


def squeeze_spaces(s: str, *, keep_between_cjk: bool = False) -> str:
    """Remove layout spaces inside Chinese text (`10 月 9 日` → `10月9日`); keep Latin spacing."""
    s = s.strip()
    if not _WS.search(s):
        return s
    parts: list[str] = []
    pos = 0
    for m in _WS.finditer(s):
        parts.append(s[pos : m.start()])
        a, b = s[m.start() - 1], s[m.end()]
        parts.append("" if _joinable(a, b, keep_between_cjk) else " ")
        pos = m.end()
    parts.append(s[pos:])
    return "".join(parts)


def join_fragments(a: str, b: str) -> str:
    """Join two pieces of one paragraph broken by a wrap; Latin words keep a space."""
    if not a:
        return b
    if not b:
        return a
    if a[-1].isascii() and a[-1].isalnum() and b[0].isascii() and b[0].isalnum():
        return f"{a} {b}"
    return a + b


def clean_text(s: str) -> str:
    """Repair a paragraph: fold punctuation, then remove layout spaces."""
    return squeeze_spaces(fold_punctuation(s))


def clean_heading(s: str) -> str:
    """Repair a headline line: like clean_text, but phrase-separating spaces stay (one each)."""
    return squeeze_spaces(fold_punctuation(_WS.sub(" ", s)), keep_between_cjk=True)
