"""Articles as Markdown and as plain text, each with its citation."""

from desktop.services.articles import get_article, list_articles
from desktop.services.exports import export_articles


def test_articles_as_markdown_and_text(db):
    view = get_article(db, list_articles(db)[0].id)
    md = export_articles([view], "markdown")
    assert md.startswith("*嘉定区全面从严治党警示教育大会举行")
    assert "# 共同营造风清气正的政治生态" in md
    text = export_articles([view], "text")
    assert "俞超. 共同营造风清气正的政治生态[N]. 嘉定报, 2023-05." in text
    assert view.article.text.split("\n")[0] in text
