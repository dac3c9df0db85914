"""Articles' text as Markdown or plain text, each with its citation."""

from __future__ import annotations

from collections.abc import Sequence

from desktop.services.articles import ArticleView
from desktop.services.citation import cite, reference_of
from desktop.services.exports.escaping import md_escape


def article_citation(view: ArticleView) -> str:
    """The article's GB/T 7714 citation, as the reader copies it with a quote."""
    ref = reference_of(view)
    return cite(ref.authors, ref.title, ref.paper, ref.date, subtitle=ref.subtitle, page=ref.page)


def articles_markdown(views: Sequence[ArticleView]) -> str:
    out: list[str] = []
    for view in views:
        a = view.article
        if a.kicker:
            out.append(f"*{md_escape(a.kicker)}*\n")
        out.append(f"# {md_escape(a.title or view.label)}\n")
        if a.subtitle:
            out.append(f"**{md_escape(a.subtitle)}**\n")
        out.append(f"*{md_escape(article_citation(view))}*\n")
        for block in a.block_list:
            prefix = "### " if block["type"] == "subheading" else ""
            out.append(prefix + md_escape(block["text"]) + "\n")
        out.append("---\n")
    return "\n".join(out)


def articles_text(views: Sequence[ArticleView]) -> str:
    out: list[str] = []
    for view in views:
        a = view.article
        out += [x for x in (a.kicker, a.title or view.label, a.subtitle) if x]
        out.append(article_citation(view))
        out.append("")
        out += [b["text"] for b in a.block_list]
        out.append("\n" + "=" * 40 + "\n")
    return "\n".join(out)
