"""The names of kinds of pieces, and the labels of untitled ones (图片：…, 简讯：…), in the
interface's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.services.articles import LabelWords


def kind_names() -> dict[str, str]:
    """Every kind of piece by its name in the interface's language, in the order lists show."""
    return {
        "article": QCoreApplication.translate("ArticleLabels", "文章"),
        "photo": QCoreApplication.translate("ArticleLabels", "图片"),
        "brief": QCoreApplication.translate("ArticleLabels", "简讯"),
        "continuation": QCoreApplication.translate("ArticleLabels", "续文"),
        "teaser": QCoreApplication.translate("ArticleLabels", "导读"),
    }


def label_words() -> LabelWords:
    names = kind_names()
    return LabelWords(
        kinds={kind: name for kind, name in names.items() if kind != "article"},
        continued=QCoreApplication.translate("ArticleLabels", "（上接第{page}版）"),
        empty=QCoreApplication.translate("ArticleLabels", "（无正文）"),
        separator=QCoreApplication.translate("ArticleLabels", "："),
    )
