"""Learning the user's own tags: a multinomial naive Bayes classifier over jieba words.

Trained from (words, tags) pairs, one per tagged article (an article with several tags counts
for each). It suggests the tags whose articles use the same words, and names the words that
point to each: those of the article that are much more frequent under the tag than in the
user's articles as a whole. Counts are plain dicts, so training is one pass over the words,
an article can be forgotten again (untagged, or left out to measure), and the whole model
serialises to JSON for the service's cache.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from desktop.nlp.segmentation import Segmenter

FORMAT = 1
COMMON_IDF = 5.0  # words commoner than this in jieba's IDF table (工作, 发展) are not evidence
SMOOTHING = 0.1  # additive smoothing of word counts (Lidstone; 0.1 is best on the dev corpus)
TRIGGERS = 6
SHARPNESS = 10.0


@dataclass(frozen=True)
class LearnedTag:
    tag: str
    score: float  # the tag's share of the (tempered) probability among the learned tags, 0..1
    triggers: tuple[str, ...]  # the article's words that point to the tag, strongest first
    examples: int  # how many of the user's articles carry the tag


def article_words(text: str, segmenter: Segmenter) -> list[str]:
    """The words the learner counts."""
    return segmenter.words(text, min_idf=COMMON_IDF)


def _weights(words: Iterable[str]) -> dict[str, float]:
    # A word said ten times is not ten times the evidence: 1 + log(count).
    return {w: 1.0 + math.log(n) for w, n in Counter(words).items()}


class TagLearner:
    def __init__(self) -> None:
        self.articles = 0
        self.tag_articles: dict[str, int] = {}
        self.word_counts: dict[str, dict[str, float]] = {}  # tag → word → weight
        self.tag_totals: dict[str, float] = {}
        self.all_counts: dict[str, float] = {}  # word → weight over all articles
        self.all_total = 0.0

    @classmethod
    def train(
        cls, examples: Iterable[tuple[str, Iterable[str]]], segmenter: Segmenter
    ) -> TagLearner:
        """A learner from (text, tags) pairs."""
        learner = cls()
        for text, tags in examples:
            learner.learn(article_words(text, segmenter), tags)
        return learner

    def learn(self, words: Iterable[str], tags: Iterable[str]) -> None:
        self._add(_weights(words), set(tags), +1)

    def forget(self, words: Iterable[str], tags: Iterable[str]) -> None:
        """Undo learn() of the same words and tags."""
        self._add(_weights(words), set(tags), -1)

    def _add(self, weights: dict[str, float], tags: set[str], sign: int) -> None:
        if not tags:
            return
        self.articles += sign
        for w, x in weights.items():
            self.all_counts[w] = self.all_counts.get(w, 0.0) + sign * x
            if self.all_counts[w] <= 1e-9:
                del self.all_counts[w]
        self.all_total = max(0.0, self.all_total + sign * sum(weights.values()))
        for tag in tags:
            self.tag_articles[tag] = self.tag_articles.get(tag, 0) + sign
            counts = self.word_counts.setdefault(tag, {})
            for w, x in weights.items():
                counts[w] = counts.get(w, 0.0) + sign * x
                if counts[w] <= 1e-9:
                    del counts[w]
            self.tag_totals[tag] = max(
                0.0, self.tag_totals.get(tag, 0.0) + sign * sum(weights.values())
            )
            if self.tag_articles[tag] <= 0:
                for table in (self.tag_articles, self.word_counts, self.tag_totals):
                    del table[tag]

    @property
    def tags(self) -> list[str]:
        return sorted(self.tag_articles)

    def suggest_words(
        self, words: Iterable[str], *, limit: int = 5, min_examples: int = 1
    ) -> list[LearnedTag]:
        """The tags these words point to, best first."""
        weights = {w: x for w, x in _weights(words).items() if w in self.all_counts}
        tags = [t for t, n in self.tag_articles.items() if n >= min_examples]
        if not weights or not tags:
            return []
        vocabulary = len(self.all_counts)
        log_scores = {}
        for tag in tags:
            counts, denominator = (
                self.word_counts[tag],
                self.tag_totals[tag] + SMOOTHING * vocabulary,
            )
            score = math.log(self.tag_articles[tag] / self.articles)
            for w, x in weights.items():
                score += x * math.log((counts.get(w, 0.0) + SMOOTHING) / denominator)
            log_scores[tag] = score
        # "None of them": the words as likely as in all the user's tagged articles together.
        # A tag must explain the article better than that to get a real share.
        overall = self.all_total + SMOOTHING * vocabulary
        background = math.log(1 / (len(tags) + 1)) + sum(
            x * math.log((self.all_counts[w] + SMOOTHING) / overall) for w, x in weights.items()
        )
        # Naive Bayes is sure of itself on long texts: the shares are taken of the scores per
        # word, sharpened by SHARPNESS, so that they stay a useful 0..1 measure of evidence.
        size = sum(weights.values())
        tempered = {t: SHARPNESS * s / size for t, s in log_scores.items()}
        tempered[""] = SHARPNESS * background / size
        top = max(tempered.values())
        shares = {t: math.exp(s - top) for t, s in tempered.items()}
        total = sum(shares.values())
        ranked = sorted(tags, key=lambda t: (-shares[t], t))[:limit]
        return [
            LearnedTag(
                t, round(shares[t] / total, 4), self._triggers(t, weights), self.tag_articles[t]
            )
            for t in ranked
        ]

    def suggest(
        self, text: str, segmenter: Segmenter, *, limit: int = 5, min_examples: int = 1
    ) -> list[LearnedTag]:
        return self.suggest_words(
            article_words(text, segmenter), limit=limit, min_examples=min_examples
        )

    def _triggers(self, tag: str, weights: dict[str, float]) -> tuple[str, ...]:
        """The article's words much more frequent under the tag than in all the user's
        articles, the strongest first."""
        vocabulary = len(self.all_counts)
        counts = self.word_counts[tag]
        in_tag = self.tag_totals[tag] + SMOOTHING * vocabulary
        overall = self.all_total + SMOOTHING * vocabulary
        lifts = {}
        for w, x in weights.items():
            if w in counts:
                ratio = math.log((counts[w] + SMOOTHING) / in_tag) - math.log(
                    (self.all_counts[w] + SMOOTHING) / overall
                )
                if ratio > 0:
                    lifts[w] = x * ratio
        if not lifts:
            # One tag (or every tagged article under it): nothing stands out against the others,
            # so the words the article shares most with the tag's articles say why.
            lifts = {w: x * counts[w] for w, x in weights.items() if w in counts}
        return tuple(sorted(lifts, key=lambda w: (-lifts[w], w))[:TRIGGERS])

    def to_json(self) -> dict:
        return {
            "format": FORMAT,
            "articles": self.articles,
            "tag_articles": self.tag_articles,
            "word_counts": self.word_counts,
            "all_counts": self.all_counts,
        }

    @classmethod
    def from_json(cls, data: dict) -> TagLearner:
        if data.get("format") != FORMAT:
            raise ValueError(f"A tag learner of format {data.get('format')!r} cannot be read.")
        learner = cls()
        learner.articles = int(data["articles"])
        learner.tag_articles = {t: int(n) for t, n in data["tag_articles"].items()}
        learner.word_counts = {
            t: {w: float(x) for w, x in counts.items()} for t, counts in data["word_counts"].items()
        }
        learner.tag_totals = {t: sum(c.values()) for t, c in learner.word_counts.items()}
        learner.all_counts = {w: float(x) for w, x in data["all_counts"].items()}
        learner.all_total = sum(learner.all_counts.values())
        return learner
