"""Which articles an export takes: chosen ids, a search's results, a tag's articles, an issue —
in that order, each article once."""

from __future__ import annotations

from collections.abc import Iterable

from desktop.nlp import Segmenter
from desktop.services.articles import ArticleView, get_article, list_articles
from desktop.services.errors import InvalidInput
from desktop.services.search import search
from desktop.services.tags import articles_with_tags, list_tags
from desktop.store.database import Database


def selected_articles(
    db: Database,
    segmenter: Segmenter,
    *,
    ids: Iterable[int] = (),
    query: str | None = None,
    tag: str | None = None,
    issue: int | None = None,
) -> list[ArticleView]:
    """The articles named, in the order given (ids, then search results best first, then the
    tag's and the issue's in reading order). InvalidInput when nothing is chosen, when a named
    article, tag or issue does not exist, or when the choice holds no article."""
    chosen = list(ids)
    if not (chosen or query or tag is not None or issue is not None):
        raise InvalidInput(
            "Say which articles: --article ID …, --search QUERY, --tag NAME or --issue ID."
        )
    if query:
        chosen += search(db, segmenter, query, limit=None).article_ids
    if tag is not None:
        if all(t.name != tag for t in list_tags(db)):
            raise InvalidInput(f"There is no tag “{tag}”: `tags list` shows them.")
        chosen += articles_with_tags(db, [tag])
    if issue is not None:
        chosen += [row.id for row in list_articles(db, issue)]
    views = []
    for article_id in dict.fromkeys(chosen):
        view = get_article(db, article_id)
        if view is None:
            raise InvalidInput(f"There is no article {article_id}.")
        views.append(view)
    if not views:
        raise InvalidInput("No article matches that choice: nothing to export.")
    return views
