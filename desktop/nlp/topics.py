"""Suggested topic tags: a lexicon of topics with their weighted keywords, matched against an
article.

Every keyword of every topic is found in one left-to-right scan that prefers the longest word at
each place, so 教育 inside 警示教育 counts for the warning meeting, not for schools. A topic's
score adds its keywords' weights, each damped by repetition (the tenth 汽车 adds less than the
first), raised when the word is in the headline or among jieba's own TF-IDF keywords for the
article. Every article with words gets a suggestion: when no keyword occurs, the topics whose
keywords share the most characters with the article's TF-IDF keywords are offered, weakly.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from pathlib import Path

from desktop.nlp.segmentation import Segmenter

HEADLINE_BOOST = 2.0  # a keyword in the headline counts this much more than one in the body
FALLBACK_SCALE = 0.1  # character-overlap guesses stay below any real keyword match
RELATIVE_FLOOR = 0.1  # a topic scoring under a tenth of the best one is noise, not a suggestion


@dataclass(frozen=True)
class Topic:
    name: str
    color: str
    keywords: tuple[str, ...]  # strongest first
    weights: tuple[float, ...] = ()  # one per keyword; 1.0 each when not given
    description: str = ""

    def weight(self, word: str) -> float:
        if not self.weights:
            return 1.0
        return self.weights[self.keywords.index(word)]


@dataclass(frozen=True)
class TopicSuggestion:
    topic: str
    color: str
    score: float
    triggers: tuple[str, ...]  # the article's words that point to the topic, strongest first
    # Where it comes from: "lexicon" (the bundled topics), "learned" (the user's own tagging),
    # or "both".
    source: str = "lexicon"


def _topic(data: dict) -> Topic:
    keywords = data["keywords"]
    # Keywords are {"word": weight}, or a plain list of words of weight 1.
    pairs = list(keywords.items()) if isinstance(keywords, dict) else [(w, 1.0) for w in keywords]
    pairs.sort(key=lambda p: -p[1])
    return Topic(
        data["name"],
        data["color"],
        tuple(w for w, _ in pairs),
        tuple(float(v) for _, v in pairs),
        data.get("description", ""),
    )


class TopicLexicon:
    def __init__(self, topics: list[Topic]) -> None:
        self.topics = topics
        self._by_word: dict[str, list[tuple[int, float]]] = {}
        for index, topic in enumerate(topics):
            for word in topic.keywords:
                self._by_word.setdefault(word, []).append((index, topic.weight(word)))
        words = sorted(self._by_word, key=len, reverse=True)
        self._pattern = re.compile("|".join(map(re.escape, words))) if words else None
        self._chars = [
            set("".join(topic.keywords)) | set(topic.name) for topic in topics
        ]  # for the fallback

    @classmethod
    def load(cls, path: Path) -> TopicLexicon:
        data = json.loads(path.read_text("utf-8"))
        return cls([_topic(t) for t in data["topics"]])

    def keyword_counts(self, text: str) -> dict[str, int]:
        """How often each keyword occurs, longest match first, without overlaps."""
        counts: dict[str, int] = {}
        if self._pattern is not None:
            for match in self._pattern.finditer(text):
                counts[match.group()] = counts.get(match.group(), 0) + 1
        return counts

    def suggest(
        self,
        text: str,
        segmenter: Segmenter,
        *,
        limit: int = 5,
        min_score: float = 0.0,
        headline: str = "",
        keywords: list[tuple[str, float]] | None = None,
    ) -> list[TopicSuggestion]:
        """The topics the article's words point to, best first. `text` is the whole article;
        `headline`, when given, is its title lines, whose keywords count more (suggest_tags
        passes the headline as the text's first lines, and gets the same boost from them).
        `keywords` are the article's TF-IDF keywords if the caller has them; jieba's cut costs
        as much as the rest, so an importer may pass [] to do without (the boost then does not
        apply, and an article with no keyword at all gets no fallback suggestion)."""
        if not text.strip():
            return []
        if keywords is None:
            keywords = segmenter.keywords(text, top=40)
        weights = dict(keywords)
        top_weight = max(weights.values(), default=1.0) or 1.0
        lead = headline or text[:80]
        in_lead = self.keyword_counts(lead)
        scores: dict[int, float] = {}
        found: dict[int, list[tuple[float, str]]] = {}
        for word, count in self.keyword_counts(text).items():
            # Repetition is evidence, with diminishing returns.
            strength = 1.0 + math.log(count)
            # A keyword jieba ranks high in this article counts up to twice as much.
            strength *= 1.0 + weights.get(word, 0.0) / top_weight
            if word in in_lead:
                strength *= HEADLINE_BOOST
            for index, weight in self._by_word[word]:
                if weight <= 0:
                    continue
                scores[index] = scores.get(index, 0.0) + weight * strength
                found.setdefault(index, []).append((weight * strength, word))
        if not scores:
            return self._fallback(keywords, limit)
        floor = max(min_score, RELATIVE_FLOOR * max(scores.values()))
        suggestions = []
        for index, score in scores.items():
            if score < floor:
                continue
            topic = self.topics[index]
            words = sorted(found[index], reverse=True)
            suggestions.append(
                TopicSuggestion(
                    topic.name, topic.color, round(score, 2), tuple(w for _, w in words)
                )
            )
        suggestions.sort(key=lambda s: (-s.score, s.topic))
        return suggestions[:limit]

    def _fallback(self, keywords: list[tuple[str, float]], limit: int) -> list[TopicSuggestion]:
        """Topics sharing characters with the article's strongest words, when none of their
        keywords occurs: a weak hint, named by the words that share them."""
        scored = []
        for index, chars in enumerate(self._chars):
            score, words = 0.0, []
            for word, weight in keywords[:10]:
                shared = sum(1 for c in set(word) if c in chars) / len(set(word))
                if shared >= 0.5:
                    score += weight * shared
                    words.append(word)
            if score > 0:
                topic = self.topics[index]
                scored.append(
                    TopicSuggestion(
                        topic.name, topic.color, round(score * FALLBACK_SCALE, 3), tuple(words)
                    )
                )
        scored.sort(key=lambda s: (-s.score, s.topic))
        return scored[:limit]
