"""Which paper an issue is: read from its masthead or page header, guessed from places last.

The papers the parser knows are a bundled table (resources/papers.json): every Shanghai
district paper, the city papers, the national papers and the provincial dailies, each with its
aliases, the region it covers and, for district and provincial papers, the place names whose
frequency in the text is the last-resort guess.
"""

from __future__ import annotations

import functools
import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from desktop.ingest import markers
from desktop.resources import resource_path

_SPACES = re.compile(r"\s+")
_DATELINE_PAPER = re.compile(r"^(?P<name>[\u4e00-\u9fff]{2,8})讯")
# A paper's own reporter names the paper: 湖北日报全媒记者, 中青报·中青网记者 → 中青报, 中青网.
_REPORTER_PAPER = re.compile(
    r"^[□■◎●]?(?P<names>[\u4e00-\u9fff·]{2,16}?)(?:全媒体|融媒体|全媒|融媒|首席|特约|见习)?记者"
)
_SOURCE_PAPER = re.compile(r"(?:^|\s)来源[:：]\s*(?P<name>[\u4e00-\u9fff]{2,10})")
# How many mentions a place needs, and by how much it must lead, to be guessed.
_GUESS_MIN = {"district": 3, "provincial": 4}


@dataclass(frozen=True)
class Paper:
    name: str
    aliases: tuple[str, ...] = ()
    level: str = "city"  # district | city | provincial | national
    region: str = ""
    places: tuple[str, ...] = ()


class PaperTable:
    """The known papers, looked up by any of their names."""

    def __init__(self, papers: Iterable[Paper]) -> None:
        self.papers = tuple(papers)
        self.by_name: dict[str, str] = {}
        for paper in self.papers:
            for name in (paper.name, *paper.aliases):
                self.by_name[re.sub(r"\s+", "", name)] = paper.name

    @classmethod
    def from_json(cls, text: str) -> PaperTable:
        rows = json.loads(text)["papers"]
        return cls(
            Paper(
                r["name"],
                tuple(r.get("aliases", ())),
                r.get("level", "city"),
                r.get("region", ""),
                tuple(r.get("places", ())),
            )
            for r in rows
        )

    @property
    def names(self) -> frozenset[str]:
        return frozenset(self.by_name)

    def masthead(self, lines: Sequence[str]) -> str | None:
        """The paper a masthead, page header or own-name dateline (`南方日报讯`) prints, else the
        paper whose own reporter signs a byline (`湖北日报全媒记者 刘  畅`)."""
        for line in lines:
            compact = _SPACES.sub("", line)
            if (key := markers.masthead_key(line)) in self.by_name:
                return self.by_name[key]
            header = markers.page_header(line)
            name = header.name if header else None
            if name and name in self.by_name:
                return self.by_name[name]
            source = _SOURCE_PAPER.search(line)  # a web copy: 来源：浙江日报
            if source and source.group("name") in self.by_name:
                return self.by_name[source.group("name")]
            own = _DATELINE_PAPER.match(compact)
            if own and own.group("name") in self.by_name:
                return self.by_name[own.group("name")]
        for line in lines:  # no masthead: a byline of the paper's own reporter
            reporter = _REPORTER_PAPER.match(_SPACES.sub("", line))
            if reporter and len(line) <= 40 and markers.byline(line):
                for name in reporter.group("names").split("·"):
                    if name in self.by_name:
                        return self.by_name[name]
        return None

    def guess(self, text: str) -> str | None:
        """The district or province the text speaks of most, if it clearly leads."""
        for level in ("district", "provincial"):
            counts = Counter(
                {
                    p.name: sum(text.count(place) for place in p.places)
                    for p in self.papers
                    if p.level == level and p.places
                }
            )
            if not counts:
                continue
            (top, n), *rest = counts.most_common(2)
            runner_up = rest[0][1] if rest else 0
            if n >= _GUESS_MIN[level] and n >= 2 * runner_up:
                return top
        return None


@functools.cache
def bundled_papers() -> PaperTable:
    return PaperTable.from_json(resource_path("papers.json").read_text("utf-8"))
