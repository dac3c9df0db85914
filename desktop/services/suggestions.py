"""Suggested tags for an article: the bundled topic lexicon's, and the user's own tags learned
from the articles they have tagged, in one list that leaves out the tags it already has.

Training the learner reads and segments every tagged article, so the window keeps a
`LearnerCache` and refreshes it in the background as the user tags (it segments only articles
it has not seen); `suggest_for_article` trains a learner itself when it is given none.
"""

from __future__ import annotations

import hashlib

from sqlalchemy import text as sql

from desktop.nlp import Segmenter, TopicLexicon, TopicSuggestion
from desktop.nlp.tag_learner import TagLearner, article_words
from desktop.services.errors import InvalidInput
from desktop.store.database import Database
from desktop.store.models import Article

MIN_EXAMPLES = 2  # a tag on one article is not yet a pattern worth suggesting
MIN_SHARE = 0.2  # a learned tag with less of the learner's probability is left out


def article_text(article: Article) -> str:
    return "\n".join(
        x for x in (article.kicker, article.title, article.subtitle, article.text) if x
    )


def _tagged(db: Database) -> dict[str, tuple[str, list[str]]]:
    """article key → (text, tag names) for every tagged article."""
    with db.session() as session:
        rows = session.execute(
            sql(
                "SELECT a.key, a.kicker, a.title, a.subtitle, a.text, t.name FROM article a "
                "JOIN article_tag at ON at.article_key = a.key JOIN tag t ON t.id = at.tag_id "
                "ORDER BY a.id, t.name"
            )
        ).all()
    examples: dict[str, tuple[str, list[str]]] = {}
    for r in rows:
        if r.key not in examples:
            text = "\n".join(x for x in (r.kicker, r.title, r.subtitle, r.text) if x)
            examples[r.key] = (text, [])
        examples[r.key][1].append(r.name)
    return examples


def tagged_articles(db: Database) -> list[tuple[str, list[str]]]:
    """(text, tag names) of every article in the library that carries a tag."""
    return list(_tagged(db).values())


def tagging_state(db: Database) -> str:
    """A fingerprint of who carries which tag: when it changes, the learner is out of date."""
    with db.session() as session:
        rows = session.execute(
            sql(
                "SELECT at.article_key, t.name FROM article_tag at JOIN tag t ON t.id = at.tag_id "
                "ORDER BY at.article_key, t.name"
            )
        ).all()
    digest = hashlib.sha256()
    for r in rows:
        digest.update(f"{r.article_key}\t{r.name}\n".encode())
    return digest.hexdigest()


def train_learner(db: Database, segmenter: Segmenter) -> TagLearner:
    return TagLearner.train(tagged_articles(db), segmenter)


class LearnerCache:
    """The learner, kept up to date with the user's tagging for the window: `refresh` builds a
    new learner when the tagging has changed, segmenting only the articles it has not seen
    (or whose text changed); the rest it counts again from their words, kept here. Each
    refresh returns a new learner, so one handed out earlier is never changed under a reader.
    One refresh at a time (the window's background job)."""

    def __init__(self) -> None:
        self.learner = TagLearner()
        self._state: str | None = None
        self._words: dict[str, tuple[int, list[str]]] = {}  # key → (hash of text, words)

    def refresh(self, db: Database, segmenter: Segmenter) -> TagLearner:
        state = tagging_state(db)
        if state == self._state:
            return self.learner
        learner = TagLearner()
        words: dict[str, tuple[int, list[str]]] = {}
        for key, (text, tags) in _tagged(db).items():
            digest = hash(text)
            kept = self._words.get(key)
            if kept is None or kept[0] != digest:
                kept = (digest, article_words(text, segmenter))
            words[key] = kept
            learner.learn(kept[1], tags)
        self._words, self._state, self.learner = words, state, learner
        return learner


def suggest_for_article(
    db: Database,
    segmenter: Segmenter,
    lexicon: TopicLexicon,
    article_id: int,
    learner: TagLearner | None = None,
    *,
    limit: int = 5,
) -> list[TopicSuggestion]:
    """Lexicon topics and learned tags for the article, best first, without the tags it has.

    Both kinds are scored 0..1 (a lexicon topic against the best one, a learned tag by its share
    of the learner's probability); a tag both point to adds half the weaker score to the
    stronger, and names the words of both."""
    with db.session() as session:
        article = session.get(Article, article_id)
        if article is None:
            raise InvalidInput(f"There is no article {article_id}.")
        text = article_text(article)
        rows = session.execute(
            sql(
                "SELECT t.name, t.color, EXISTS(SELECT 1 FROM article_tag at "
                "WHERE at.tag_id = t.id AND at.article_key = :key) AS has FROM tag t"
            ),
            {"key": article.key},
        ).all()
    colors = {r.name.lower(): r.color for r in rows}
    have = {r.name.lower() for r in rows if r.has}
    if learner is None:
        learner = train_learner(db, segmenter)

    lexical = lexicon.suggest(text, segmenter, limit=limit + len(have))
    best = max((s.score for s in lexical), default=1.0) or 1.0
    merged: dict[str, TopicSuggestion] = {}
    for s in lexical:
        color = colors.get(s.topic.lower(), s.color)
        merged[s.topic.lower()] = TopicSuggestion(s.topic, color, s.score / best, s.triggers)
    learned = learner.suggest(text, segmenter, limit=limit + len(have), min_examples=MIN_EXAMPLES)
    for s in learned:
        if s.score < MIN_SHARE:
            break
        key = s.tag.lower()
        if key not in colors:  # the tag has been deleted since the learner was trained
            continue
        other = merged.get(key)
        if other is None:
            merged[key] = TopicSuggestion(s.tag, colors[key], s.score, s.triggers, "learned")
        else:
            high, low = max(other.score, s.score), min(other.score, s.score)
            triggers = tuple(dict.fromkeys(other.triggers + s.triggers))
            merged[key] = TopicSuggestion(s.tag, colors[key], high + low / 2, triggers, "both")
    suggestions = [
        TopicSuggestion(s.topic, s.color, round(s.score, 3), s.triggers, s.source)
        for key, s in merged.items()
        if key not in have
    ]
    suggestions.sort(key=lambda s: (-s.score, s.source != "both", s.topic))
    return suggestions[:limit]
