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

from collections import Counter
from dataclasses import dataclass

from desktop.ingest import markers
from desktop.ingest.text import display_width, ends_sentence, join_fragments

_MIN_LINE = 10.0  # narrower lines (labels, names, short headings) say nothing about the wrap
_MIN_WIDTH = 12.0
_SHARE_FULL = 0.45  # of the measured lines, at least this many stop at the width …
_SHARE_WIDER = 0.05  # … and at most this many are wider than it


@dataclass(frozen=True)
class Wrap:
    """A hard wrap at `width` cells, or none (width 0)."""

    width: float

    def full(self, width: float) -> bool:
        # A wide character that does not fit leaves the line half a cell or a cell short.
        return self.width > 0 and width >= self.width - 0.5


NO_WRAP = Wrap(0.0)


def detect_wrap(widths: list[float]) -> Wrap:
    measured = [w for w in widths if w >= _MIN_LINE]
    if len(measured) < 6:
        return NO_WRAP
    counts = Counter(round(w * 2) / 2 for w in measured)
    best, best_n = 0.0, 0
    for w in counts:
        n = counts[w] + counts.get(w - 0.5, 0) + counts.get(w - 1.0, 0)
        if n > best_n or (n == best_n and w > best):
            best, best_n = w, n
    if best < _MIN_WIDTH or best_n < _SHARE_FULL * len(measured):
        return NO_WRAP
    wider = sum(1 for w in measured if w > best + 0.5)
    if wider > _SHARE_WIDER * len(measured):
        return NO_WRAP
    return Wrap(best)


def _starts_anew(line: str) -> bool:
    return bool(
        markers.dateline(line)
        or markers.jump_from(line)
        or markers.SECTION.match(line)
        or markers.TOC_HEAD.match(line)
        or markers.byline(line)
        or markers.contributor(line)
    )


def _ends_with_marker(line: str) -> bool:
    return bool(
        markers.jump_to(line) or markers.inline_toc_page(line) or markers.trailing_byline(line)
    )


def _cut_mid_sentence(line: str, nxt: str, wrap: Wrap) -> bool:
    """`line` fills the width and stops mid-sentence: it surely goes on in `nxt`."""
    return (
        wrap.full(display_width(line))
        and not ends_sentence(line)
        and not _ends_with_marker(line)
        and not _starts_anew(nxt)
    )


def logical_lines(lines: list[str]) -> tuple[list[str], list[list[int]]]:
    """The logical lines of `lines` (stripped, non-empty) and, for each, the indexes it joins."""
    wrap = detect_wrap([display_width(x) for x in lines])
    if wrap is NO_WRAP:
        return list(lines), [[i] for i in range(len(lines))]
    texts: list[str] = []
    groups: list[list[int]] = []
    for i, line in enumerate(lines):
        if texts and _cut_mid_sentence(lines[i - 1], line, wrap):
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
                wrap.full(display_width(last))
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
