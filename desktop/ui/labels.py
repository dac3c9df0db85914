"""The labels of untitled pieces (图片：…, 简讯：…) in the interface's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.services.articles import LabelWords


def label_words() -> LabelWords:
    return LabelWords(
        kinds={
            "photo": QCoreApplication.translate("ArticleLabels", "图片"),
            "brief": QCoreApplication.translate("ArticleLabels", "简讯"),
            "continuation": QCoreApplication.translate("ArticleLabels", "续文"),
            "teaser": QCoreApplication.translate("ArticleLabels", "导读"),
        },
        continued=QCoreApplication.translate("ArticleLabels", "（上接第{page}版）"),
        empty=QCoreApplication.translate("ArticleLabels", "（无正文）"),
        separator=QCoreApplication.translate("ArticleLabels", "："),
    )
