"""The one way into the parser: a sequence of source lines, with layout facts when known.

Plain text gives only the text of each line. A PDF or a saved web page can also say which page
a line is on, its font size and its box; the font size is the strongest sign of a headline
there is, so a line printed larger than the body text is read as a headline line.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from desktop.ingest.meta import infer_date, infer_paper
from desktop.ingest.model import ParsedIssue
from desktop.ingest.papers import PaperTable, bundled_papers
from desktop.ingest.segment import segment_lines
from desktop.ingest.unwrap import logical_lines, split_run_on

# A line this much larger than the body text is a headline line.
_HEADLINE_SIZE = 1.15


@dataclass(frozen=True)
class SourceLine:
    text: str
    page: int | None = None
    size: float | None = None
    bbox: tuple[float, float, float, float] | None = None


def text_lines(text: str) -> list[SourceLine]:
    return [SourceLine(line) for line in text.splitlines()]


def _body_size(lines: Sequence[SourceLine]) -> float | None:
    """The font size most of the text is set in, or None when the source gives no sizes."""
    weights: Counter[float] = Counter()
    for line in lines:
        if line.size is not None and line.size > 0:
            weights[line.size] += len(line.text.strip())
    return weights.most_common(1)[0][0] if weights else None


def parse_lines(
    lines: Sequence[SourceLine],
    *,
    source: str,
    sha256: str,
    encoding: str,
    papers: PaperTable | None = None,
) -> ParsedIssue:
    """Parse the lines of one issue. Never raises on any input. `papers` are the papers known
    by name (the bundled table unless given: a user's own paper can be added to it)."""
    papers = papers or bundled_papers()
    kept: list[SourceLine] = []
    for line in lines:
        for part in line.text.splitlines():  # a source line may hold several printed ones
            if part.strip():
                kept.append(SourceLine(part.strip(), line.page, line.size, line.bbox))
    body = _body_size(kept)
    large = [
        body is not None and x.size is not None and x.size >= _HEADLINE_SIZE * body for x in kept
    ]
    # A wrap joins lines of one page and one size only: anything else is a new line.
    texts: list[str] = []
    flags: list[bool] = []
    start = 0
    for i in range(1, len(kept) + 1):
        if i == len(kept) or (kept[i].page, kept[i].size) != (kept[start].page, kept[start].size):
            joined, _ = logical_lines([x.text for x in kept[start:i]])
            for line in joined:
                parts = split_run_on(line)
                texts.extend(parts)
                flags.extend([large[start]] * len(parts))
            start = i
    if not sha256:
        raw = "\n".join(x.text for x in lines)
        sha256 = hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest()
    # Paper and date are read from the printed lines (a page saved as one line cut into its
    # lines, wrapped lines joined), so that a page header is a line of its own.
    printed = "\n".join(texts)
    paper, guessed = infer_paper(printed, papers)
    return ParsedIssue(
        source=source,
        sha256=sha256,
        encoding=encoding,
        paper=paper,
        date=infer_date(printed),
        articles=segment_lines(texts, flags, papers.names),
        paper_guessed=guessed,
    )
