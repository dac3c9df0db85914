"""The names of kinds of pieces, and the labels of untitled ones (图片：…, 简讯：…), in the
interface's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.domain.kinds import KINDS, LABEL_CONTEXT
from desktop.services.articles import LabelWords


def kind_names() -> dict[str, str]:
    """Every kind of piece by its name in the interface's language, in the order lists show."""
    return {k.name: QCoreApplication.translate(LABEL_CONTEXT, k.label) for k in KINDS}


def label_words() -> LabelWords:
    names = kind_names()
    return LabelWords(
        kinds={kind: name for kind, name in names.items() if kind != "article"},
        continued=QCoreApplication.translate("ArticleLabels", "（上接第{page}版）"),
        empty=QCoreApplication.translate("ArticleLabels", "（无正文）"),
        separator=QCoreApplication.translate("ArticleLabels", "："),
    )
