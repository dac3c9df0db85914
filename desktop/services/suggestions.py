"""Suggested tags for an article: the bundled topic lexicon's, and the user's own tags learned
from the articles they have tagged, in one list that leaves out the tags it already has.

Training the learner reads and segments every tagged article, so the window keeps one and
retrains it in the background when `tagging_state` changes; `suggest_for_article` trains one
itself when it is given none.
"""

from __future__ import annotations

import hashlib

from sqlalchemy import text as sql

from desktop.nlp import Segmenter, TopicLexicon, TopicSuggestion
from desktop.nlp.tag_learner import TagLearner
from desktop.services.errors import InvalidInput
from desktop.store.database import Database
from desktop.store.models import Article

MIN_EXAMPLES = 2  # a tag on one article is not yet a pattern worth suggesting
MIN_SHARE = 0.2  # a learned tag with less of the learner's probability is left out


def article_text(article: Article) -> str:
    return "\n".join(
        x for x in (article.kicker, article.title, article.subtitle, article.text) if x
    )


def tagged_articles(db: Database) -> list[tuple[str, list[str]]]:
    """(text, tag names) of every article in the library that carries a tag."""
    with db.session() as session:
        rows = session.execute(
            sql(
                "SELECT a.id, a.kicker, a.title, a.subtitle, a.text, t.name FROM article a "
                "JOIN article_tag at ON at.article_key = a.key JOIN tag t ON t.id = at.tag_id "
                "ORDER BY a.id, t.name"
            )
        ).all()
    examples: dict[int, tuple[str, list[str]]] = {}
    for r in rows:
        if r.id not in examples:
            text = "\n".join(x for x in (r.kicker, r.title, r.subtitle, r.text) if x)
            examples[r.id] = (text, [])
        examples[r.id][1].append(r.name)
    return list(examples.values())


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
