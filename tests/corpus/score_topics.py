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
from desktop.nlp.tag_learner import TagLearner, article_words
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


def leave_one_out(
    articles: list[LabelledArticle], segmenter: Segmenter
) -> dict[str, tuple[float, float, int]]:
    """Top-1 and top-3 of the learner for each article, trained on all the others."""
    words = {a.id: article_words(a.full_text, segmenter) for a in articles}
    learner = TagLearner()
    for a in articles:
        learner.learn(words[a.id], a.topics)
    hits: dict[str, list[tuple[bool, bool]]] = {}
    for a in articles:
        learner.forget(words[a.id], a.topics)
        names = [s.tag for s in learner.suggest_words(words[a.id], limit=3)]
        learner.learn(words[a.id], a.topics)
        part = "seeds" if a.id.startswith("seed:") else ("heldout" if a.id[0] == "h" else "dev")
        hits.setdefault(part, []).append(
            (bool(names) and names[0] in a.topics, bool(set(names) & set(a.topics)))
        )
    return {
        part: (sum(h[0] for h in rows) / len(rows), sum(h[1] for h in rows) / len(rows), len(rows))
        for part, rows in hits.items()
    }


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
    everything = [a for articles in parts.values() for a in articles]
    print(f"Learned tags, leave-one-out over all {len(everything)} articles (tags = topics):")
    for part, (top1, top3, n) in leave_one_out(everything, segmenter).items():
        print(f"  {part:8} {n:4} articles  top-1 {top1:.3f}  top-3 {top3:.3f}")


if __name__ == "__main__":
    main()
