"""Hard-wrapped text → its logical lines.

Text copied from a print layout or saved by some tools is cut into lines of one width (20 to 40
cells), sometimes with a blank line after every line. A headline or a byline cut that way reads
as two short lines, and a paragraph as many. When most lines stop at nearly the same width and
almost none is wider, the file is hard-wrapped at that width: a line that fills the width goes
on in the next line, unless the next line plainly starts something new (a dateline, a heading
after a finished sentence, a marker).

Files wrapped irregularly (real column ends of different widths) are left as they are: the
layout walker joins their paragraphs by punctuation.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from desktop.ingest import conventions as conv
from desktop.ingest import markers
from desktop.ingest.page_line import is_page_line, split_page_line
from desktop.ingest.text import display_width, ends_sentence, join_fragments, print_width

_MIN_LINE = 10.0  # narrower lines (labels, names, short headings) say nothing about the wrap
_MIN_WIDTH = 12.0
_SHARE_FULL = 0.3  # of the measured lines, at least this many (and three) stop at the width …
_SHARE_WIDER = 0.05  # … and at most this many are wider than it
_MIN_SHORT_WRAP, _MAX_WRAP = 20.0, 40.5  # the widths a short file is read as wrapped at
_SHARE_NEAR = 0.5  # … and lines a little short of it are far fewer than those that reach it


@dataclass(frozen=True)
class Wrap:
    """A hard wrap at `width` cells as `measure` counts them, or none (width 0)."""

    width: float
    measure: Callable[[str], float] = display_width

    def full(self, width: float) -> bool:
        # A wide character that does not fit leaves the line half a cell or a cell short.
        return self.width > 0 and width >= self.width - 0.5

    def fills(self, line: str) -> bool:
        return self.full(self.measure(line))

    def nearly_fills(self, line: str) -> bool:
        """Full but for a space the cut fell on."""
        return self.full(self.measure(line) + 1)


NO_WRAP = Wrap(0.0)


def find_wrap(lines: list[str]) -> Wrap:
    """The wrap of `lines`, counting quotes and dots as half a cell (as a terminal does) or a
    whole one (as a Chinese layout does), and with or without punctuation hung past the edge
    (a layout lets `，。、` stand in the margin rather than open the next line): whichever way
    makes more lines reach the width."""
    best, best_full = NO_WRAP, 0
    for measure in (display_width, print_width):
        wrap = detect_wrap([measure(x) for x in lines])
        if wrap.width == 0:  # only then may lines one mark wider be punctuation hung out
            wrap = detect_wrap([measure(x) - _hangs(x) * measure(x[-1:]) for x in lines])
        full = sum(1 for x in lines if wrap.full(measure(x)))
        if full > best_full:
            best, best_full = Wrap(wrap.width, measure), full
    return best


def _hangs(line: str) -> bool:
    return line[-1:] in _HANGING


def detect_wrap(widths: list[float]) -> Wrap:
    measured = [w for w in widths if w >= _MIN_LINE]
    if len(measured) < 4:
        return NO_WRAP
    counts = Counter(round(w * 2) / 2 for w in measured)
    best, best_n = 0.0, 0
    for w in counts:
        n = counts[w] + counts.get(w - 0.5, 0)
        if n > best_n or (n == best_n and w > best):
            best, best_n = w, n
    if best < _MIN_WIDTH or best_n < max(3, _SHARE_FULL * len(measured)):
        return _short_wrap(measured)
    wider = sum(1 for w in measured if w > best + 0.5)
    # Justified columns of several widths (a real page's column ends) are no one wrap.
    near = sum(1 for w in measured if best - 3 < w < best - 0.5)
    if wider > _SHARE_WIDER * len(measured) or near > _SHARE_NEAR * best_n:
        return NO_WRAP
    return Wrap(best)


def _short_wrap(measured: list[float]) -> Wrap:
    """A short file: too few lines to count, but a wrap is plain when no line is wider than
    a wrap ever is and the widest width is reached twice (paragraphs rarely tie)."""
    widest = max(measured)
    at_widest = sum(1 for w in measured if w >= widest - 0.5)
    if _MIN_SHORT_WRAP <= widest <= _MAX_WRAP and at_widest >= 2:
        return Wrap(widest)
    return NO_WRAP


def _starts_anew(line: str) -> bool:
    return bool(
        line[:1] in _ITEM_MARKS  # a bullet or numbered caption opens an item of its own
        or markers.dateline(line)
        or markers.jump_from(line)
        or markers.SECTION.match(line)
        or markers.TOC_HEAD.match(line)
        or markers.byline(line)
        or markers.contributor(line)
    )


def _trailing_marker(line: str) -> str:
    """The marker that ends `line` (a jump, a page reference, a byline), or ''."""
    for found in (
        markers.jump_to(line),
        markers.inline_toc_page(line),
        markers.trailing_cross_reference(line),
    ):
        if found:
            return found[1]
    byline = markers.trailing_byline(line)
    return byline[1].text if byline else ""


def _ends_with_marker(line: str) -> bool:
    return bool(_trailing_marker(line))


def _marker_across(line: str, nxt: str) -> bool:
    """Joined, do `line` and `nxt` end with a marker that begins in `line`? Then a line end cut
    it in two (`…重点项目。■` / `详见A4`, `…。 记者` / `孙中钦 摄`)."""
    marker = _trailing_marker(join_fragments(line, nxt))
    return len(marker.strip()) > len(nxt) and not _ends_with_marker(line)


_ITEM_MARKS = frozenset(conv.BULLETS + conv.TOC_BULLETS + "①②③④⑤⑥⑦⑧⑨⑩")
# Punctuation a layout may hang in the margin past the column's edge.
_HANGING = frozenset("，。、；：？！”’）")
# Closing punctuation, which Chinese typesetting never puts at the start of a line.
_NO_LINE_START = frozenset("。，、；：？！）」』”’》〉】")
_CUT_MARKER_TAIL = 10  # the longest piece of a marker a line end may cut off
_LONE_CREDITS = frozenset({"摄", "摄影", "/摄", "／摄", "文", "/文", "图", "/图"})
_PUNCT = re.compile(r"[，,。、；;：:！？!?]")
_BODY_START = re.compile(r"^(?:近日|日前|近期|据悉|据了解|今年以来|为进一步|为了|根据|随着)")


def _headline_then_body(line: str, nxt: str) -> bool:
    """A headline as wide as the column, then the body's first line: no wrap between them."""
    return not _PUNCT.search(line) and bool(markers.DATE_START.match(nxt) or _BODY_START.match(nxt))


def _cut_mid_sentence(line: str, nxt: str, wrap: Wrap, *, first: bool) -> bool:
    """`line` fills the width and stops mid-sentence: it surely goes on in `nxt`."""
    if nxt[:1] in _NO_LINE_START:
        return True  # `。`, `，`, `）` never open a line of print: the wrap cut before them
    if nxt in _LONE_CREDITS:
        return True  # `记者 孙中钦` / `摄`: the wrap fell on the space before the credit word
    if ends_sentence(line):
        return False
    if markers.page_header(line):
        # A page header goes on only into more of itself, never into the headline under it.
        return wrap.nearly_fills(line) and bool(markers.page_header(join_fragments(line, nxt)))
    if not wrap.fills(line):
        # A marker cut in two, perhaps at the space inside it, which the cut took:
        # `…留念。 记者` / `孙中钦 摄`, `…服务。（记者` / `吴佳）`, `…乐趣。通讯` / `员 俞佳/摄`.
        short = wrap.nearly_fills(line) or len(nxt) <= _CUT_MARKER_TAIL
        return short and _marker_across(line, nxt)
    joined = join_fragments(line, nxt)
    refused = _starts_anew(nxt) or (_ends_with_marker(line) and not _ends_with_marker(joined))
    if refused or (first and _headline_then_body(line, nxt)):
        return _marker_across(line, nxt)  # unless the wrap cut a marker in two
    return True


_DATELINE_SPAN = 80  # a dateline with its people is never longer: look no further
_SENTENCE_GAP = re.compile(r"(?<=[。！？!?])[”’」』）)]?\s*")


def split_run_on(line: str) -> list[str]:
    """A page saved as one line: its printed lines when gaps set them apart (page_line), else
    a dateline after a finished sentence starts a new line."""
    if len(line) < 80:
        return [line]
    if is_page_line(line):
        return split_page_line(line)
    cuts = [
        m.end()
        for m in _SENTENCE_GAP.finditer(line)
        if m.end() < len(line) and markers.dateline(line[m.end() : m.end() + _DATELINE_SPAN])
    ]
    if not cuts:
        return [line]
    bounds = [0, *cuts, len(line)]
    return [line[a:b].strip() for a, b in itertools.pairwise(bounds) if line[a:b].strip()]


def _rejoin_cut_markers(lines: list[str]) -> tuple[list[str], list[list[int]]]:
    """With no wrap to undo, only a marker cut in two at a line end goes back together
    (`…重点项目。（下转` / `第二版）`): a jump's page or a byline's name must not be lost; and
    a line that opens with closing punctuation, which no line of print does, goes on the last."""
    out: list[str] = []
    groups: list[list[int]] = []
    for i, line in enumerate(lines):
        cut = out and len(line) <= _CUT_MARKER_TAIL and _marker_across(out[-1], line)
        if cut or (out and line[:1] in _NO_LINE_START):
            out[-1] = join_fragments(out[-1], line)
            groups[-1].append(i)
            continue
        out.append(line)
        groups.append([i])
    return out, groups


def logical_lines(lines: list[str]) -> tuple[list[str], list[list[int]]]:
    """The logical lines of `lines` (stripped, non-empty) and, for each, the indexes it joins."""
    wrap = find_wrap(lines)
    if wrap.width == 0:
        return _rejoin_cut_markers(lines)
    texts: list[str] = []
    groups: list[list[int]] = []
    for i, line in enumerate(lines):
        if texts and _cut_mid_sentence(lines[i - 1], line, wrap, first=len(groups[-1]) == 1):
            texts[-1] = join_fragments(texts[-1], line)
            groups[-1].append(i)
        else:
            texts.append(line)
            groups.append([i])
    # A sentence may also end at the very edge while its paragraph goes on. The next piece is
    # more of the paragraph when it too ends a sentence; a heading does not.
    out: list[str] = []
    out_groups: list[list[int]] = []
    for text, group in zip(texts, groups, strict=True):
        if out:
            last = lines[out_groups[-1][-1]]
            if (
                wrap.fills(last)
                and ends_sentence(last)
                and not _ends_with_marker(last)
                and not _starts_anew(text)
                and ends_sentence(text)
            ):
                out[-1] = join_fragments(out[-1], text)
                out_groups[-1].extend(group)
                continue
        out.append(text)
        out_groups.append(group)
    return out, out_groups
