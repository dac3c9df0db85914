"""Suggested topic tags: a lexicon of topics with their keywords, matched against an article.

A topic is suggested when its keywords occur often enough in the article; each suggestion
names the words that triggered it, weighted up when jieba ranks them among the article's own
keywords.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from desktop.nlp.segmentation import Segmenter


@dataclass(frozen=True)
class Topic:
    name: str
    color: str
    keywords: tuple[str, ...]


@dataclass(frozen=True)
class TopicSuggestion:
    topic: str
    color: str
    score: float
    triggers: tuple[str, ...]  # the article's words that point to the topic, strongest first


class TopicLexicon:
    def __init__(self, topics: list[Topic]) -> None:
        self.topics = topics

    @classmethod
    def load(cls, path: Path) -> TopicLexicon:
        data = json.loads(path.read_text("utf-8"))
        return cls([Topic(t["name"], t["color"], tuple(t["keywords"])) for t in data["topics"]])

    def suggest(
        self, text: str, segmenter: Segmenter, *, limit: int = 5, min_score: float = 3.0
    ) -> list[TopicSuggestion]:
        weights = dict(segmenter.keywords(text, top=40))
        top_weight = max(weights.values(), default=1.0)
        suggestions = []
        for topic in self.topics:
            found: list[tuple[float, str]] = []
            for word in topic.keywords:
                count = text.count(word)
                if count:
                    # A keyword jieba ranks high in this article counts up to twice as much.
                    boost = 1.0 + weights.get(word, 0.0) / top_weight
                    found.append((count * boost, word))
            score = sum(s for s, _ in found)
            # One word repeated is weaker evidence than several different ones.
            if len(found) >= 2 and score >= min_score:
                found.sort(reverse=True)
                suggestions.append(
                    TopicSuggestion(
                        topic.name, topic.color, round(score, 2), tuple(w for _, w in found)
                    )
                )
        suggestions.sort(key=lambda s: -s.score)
        return suggestions[:limit]
