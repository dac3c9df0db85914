"""The people finder against the labelled corpus: `python tests/corpus/score_people.py`.

For each part — dev (tuned on), held-out (written first, never tuned on) and the labels of
the seed articles — prints precision, recall and F1 on the names (a name found in an article
that the labels have there, or not), the share of the labelled names whose count is right,
and of the found people with labelled titles, the share whose titles were all found.
As in the library's index, each part is one library: names found in one of its articles are
counted in the others too. `--misses dev` lists what was missed, wrongly found or miscounted.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "topics"))

from labelled import PARTS, LabelledArticle, load

from desktop.nlp import Segmenter
from desktop.nlp.people import PeopleFinder, find_in_articles


def figures(
    articles: list[LabelledArticle], finder: PeopleFinder, show: bool
) -> tuple[float, float, float, float, int, float]:
    found_all = find_in_articles(finder, [(a.full_text, a.authors, a.credits) for a in articles])
    true_pos = false_pos = false_neg = right_counts = labelled = titled = right_titles = 0
    for a, found in zip(articles, found_all, strict=True):
        gold = {p.name: p.count for p in a.people}
        mine = {p.name: p.count for p in found}
        mine_titles = {p.name: set(p.titles) for p in found}
        for person in a.people:
            if person.titles and person.name in mine:
                titled += 1
                right = set(person.titles) <= mine_titles[person.name]
                right_titles += right
                if show and not right:
                    print(
                        f"  titles {a.id} {person.name}: found {sorted(mine_titles[person.name])}"
                        f", labelled {list(person.titles)}"
                    )
        labelled += len(gold)
        for name, count in gold.items():
            if name in mine:
                true_pos += 1
                right_counts += mine[name] == count
                if show and mine[name] != count:
                    print(f"  count {a.id} {name}: found {mine[name]}, labelled {count}")
            else:
                false_neg += 1
                if show:
                    print(f"  missed {a.id} {name}")
        for name in mine.keys() - gold.keys():
            false_pos += 1
            if show:
                print(f"  wrong  {a.id} {name} ({mine[name]})")
    precision = true_pos / ((true_pos + false_pos) or 1)
    recall = true_pos / ((true_pos + false_neg) or 1)
    f1 = 2 * precision * recall / ((precision + recall) or 1)
    return (
        precision,
        recall,
        f1,
        right_counts / (labelled or 1),
        labelled,
        right_titles / (titled or 1),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--misses", choices=PARTS, action="append", default=[])
    args = parser.parse_args()
    finder = PeopleFinder(Segmenter())
    print("People: names (precision, recall, F1) and counts right, per part")
    for part in PARTS:
        p, r, f1, counts, n, titles = figures(load(part), finder, part in args.misses)
        print(
            f"  {part:8} {n:4} labelled names  precision {p:.3f}  recall {r:.3f}  "
            f"F1 {f1:.3f}  counts right {counts:.3f}  titles right {titles:.3f}"
        )


if __name__ == "__main__":
    main()
