"""The kinds of piece a newspaper page holds, in one table: the name the parse and the library
use, the label in Chinese (the interface translates it), the tree's icon, and whether a piece
of the kind has a headline of its own. A new kind is a row here (and the parser rule that makes
it)."""

from __future__ import annotations

from dataclasses import dataclass


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for the interface's catalogue: pyside6-lupdate finds it by this name, the
    window translates it in `context`. Nothing here imports Qt."""
    return text


LABEL_CONTEXT = "ArticleLabels"


@dataclass(frozen=True)
class ArticleKind:
    name: str  # as parsed, stored and given to --kind
    label: str  # Chinese
    icon: str | None  # a qtawesome name for the tree; None: the plain article look
    headlined: bool  # False: a photo caption or a numbered brief is what it is, with no title


KINDS: tuple[ArticleKind, ...] = (
    ArticleKind("article", QT_TRANSLATE_NOOP("ArticleLabels", "文章"), None, True),
    ArticleKind("photo", QT_TRANSLATE_NOOP("ArticleLabels", "图片"), "fa5s.image", False),
    ArticleKind("brief", QT_TRANSLATE_NOOP("ArticleLabels", "简讯"), "fa5s.list-ul", False),
    ArticleKind(
        "continuation", QT_TRANSLATE_NOOP("ArticleLabels", "续文"), "fa5s.level-up-alt", True
    ),
    ArticleKind("teaser", QT_TRANSLATE_NOOP("ArticleLabels", "导读"), "fa5s.bookmark", True),
)
BY_NAME = {kind.name: kind for kind in KINDS}
KIND_NAMES = tuple(BY_NAME)
