"""Topic suggestions against the labelled corpus: `python tests/corpus/score_topics.py`.

Prints, for the dev part (the one the vocabulary was tuned on), the held-out part (written
first, never tuned on) and the labels of the seed articles: how often the first suggestion is
one of the article's topics (top-1) and how often one of the first three is (top-3), and how
many articles get no suggestion. Then the learn-from-my-tags classifier, leave-one-out over the
corpus: trained on every other article with its topics as the user's tags, how often its first
(top-1) or first three (top-3) suggestions for the article left out name one of its topics.
`--misses dev` lists the dev articles that missed, with what they were offered.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "topics"))

from labelled import PARTS, LabelledArticle, load

from desktop.nlp import Segmenter, TopicLexicon
from desktop.resources import resource_path


def lexicon_figures(
    articles: list[LabelledArticle], lexicon: TopicLexicon, segmenter: Segmenter, show: bool
) -> tuple[float, float, int]:
    top1 = top3 = empty = 0
    for a in articles:
        names = [s.topic for s in lexicon.suggest(a.full_text, segmenter, limit=3)]
        empty += not names
        top1 += bool(names) and names[0] in a.topics
        hit = bool(set(names) & set(a.topics))
        top3 += hit
        if show and not hit:
            print(f"  miss {a.id}: offered {names}, labelled {list(a.topics)}")
    n = len(articles) or 1
    return top1 / n, top3 / n, empty


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--misses", choices=PARTS, action="append", default=[])
    args = parser.parse_args()
    segmenter = Segmenter()
    lexicon = TopicLexicon.load(resource_path("topics.json"))
    parts = {part: load(part) for part in PARTS}
    print(f"Topic lexicon: {len(lexicon.topics)} topics")
    for part, articles in parts.items():
        top1, top3, empty = lexicon_figures(articles, lexicon, segmenter, part in args.misses)
        print(
            f"  {part:8} {len(articles):4} articles  top-1 {top1:.3f}  top-3 {top3:.3f}  "
            f"without a suggestion {empty}"
        )


if __name__ == "__main__":
    main()
