"""A briefing of five seeded articles, two of them highlighted, as the briefing tests make it."""

import io
from datetime import date

from docx import Document

from desktop.services import annotations
from desktop.services.articles import get_article, list_articles
from desktop.services.exports.briefing import make_briefing


def five(db):
    rows = [r for r in list_articles(db) if r.kind == "article"]
    return [get_article(db, rows[i].id) for i in (0, 1, 2, 7, 12)]


def sample_briefing(db, **options):
    views = five(db)
    annotations.highlight_quote(db, views[0].article.id, "以铜为镜，可以正衣冠", note="以案为鉴。")
    annotations.highlight_quote(db, views[1].article.id, "网格", color="green")
    return make_briefing(db, views, title="嘉定要闻简报", unit="区委办公室信息科",
                         day=date(2026, 12, 1), **options)  # fmt: skip


def paragraphs(data: bytes) -> list[str]:
    return [p.text for p in Document(io.BytesIO(data)).paragraphs]
