"""An article as a document laid out for reading Chinese: its headline lines, the line that
says where it appeared, the body's paragraphs and subheadings, an end mark and the link to the
next article.

The document is built block by block with QTextCursor.insertText, so the article's text is
always data, never markup. Sizes are in ems of the body text, so the whole page follows the
chosen text size."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import groupby

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)

from desktop.domain.kinds import BY_NAME
from desktop.services.articles import ArticleView
from desktop.ui.fonts import reading_families
from desktop.ui.labels import kind_names, label_words
from desktop.ui.settings import ReadingStyle
from desktop.ui.text_offsets import utf16_len
from desktop.ui.theme import Theme

NEXT_ARTICLE_LINK = "district:next-article"


@dataclass(frozen=True)
class BodyBlock:
    position: int  # document position (UTF-16) where the block's text starts
    offset: int  # code-point offset of the block's text in the article's text
    text: str


@dataclass(frozen=True)
class ArticleDocument:
    document: QTextDocument
    blocks: list[BodyBlock]  # the body's paragraphs and subheadings, in order
    headline: tuple[int, str]  # the headline's document position and text
    # Every line above the body a search can match (kicker, headline, subtitle): its document
    # position and text.
    head_lines: tuple[tuple[int, str], ...] = ()


class Typesetter:
    """The character and block formats of one theme and reading style."""

    def __init__(self, theme: Theme, style: ReadingStyle) -> None:
        self.theme, self.style = theme, style

    def families(self, sans: bool) -> list[str]:
        families = reading_families()
        if sans or self.style.typeface == "sans":
            return families[2:]
        if self.style.typeface == "serif":
            return families
        return [self.style.typeface, *families]  # the user's font; ours for what it lacks

    def font(self, scale: float = 1.0, *, bold: bool = False, sans: bool = False) -> QFont:
        font = QFont()
        font.setFamilies(self.families(sans))
        font.setPointSizeF(self.style.font_size * scale)
        font.setBold(bold)
        return font

    def em(self) -> float:
        """The width of one Chinese character of body text, in pixels."""
        return QFontMetricsF(self.font()).horizontalAdvance("中")

    def char(
        self, scale: float = 1.0, *, bold=False, sans=False, color: str | None = None
    ) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setFont(self.font(scale, bold=bold, sans=sans))
        fmt.setForeground(QColor(color or self.theme.text))
        return fmt

    def block(
        self,
        *,
        indent_em: float = 0,
        top: float = 0,
        bottom: float = 0.6,
        pitch: float = 1.4,
        scale: float = 1.0,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
    ) -> QTextBlockFormat:
        """A block whose lines are `pitch` ems of its own text (`scale` × body) apart."""
        fmt = QTextBlockFormat()
        em = self.em()
        fmt.setTextIndent(indent_em * em)
        fmt.setTopMargin(top * em)
        fmt.setBottomMargin(bottom * em)
        fmt.setAlignment(align)
        fmt.setLineHeight(pitch * em * scale, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
        return fmt


def empty_document(parent: QObject) -> QTextDocument:
    doc = QTextDocument(parent)
    option = doc.defaultTextOption()
    # Break between any two characters (Chinese has no spaces); Qt's line breaking keeps
    # closing punctuation (，。」) off the start of a line.
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    doc.setDefaultTextOption(option)
    doc.setDocumentMargin(0)
    return doc


def message_document(message: str, t: Typesetter, parent: QObject) -> QTextDocument:
    doc = empty_document(parent)
    cursor = QTextCursor(doc)
    cursor.setBlockFormat(t.block(top=6))
    cursor.insertText(message, t.char(1.0, sans=True, color=t.theme.muted))
    return doc


def meta_line(view: ArticleView) -> str:
    """Where the article appeared: paper, date, authors, source and its page jumps."""
    a = view.article
    parts = [
        view.paper or QCoreApplication.translate("ReaderView", "未知报纸"),
        view.date or QCoreApplication.translate("ReaderView", "日期未知"),
    ]
    if a.author_list:
        parts.append("、".join(a.author_list))
    if a.source:
        parts.append(
            QCoreApplication.translate("ReaderView", "来源：{source}").format(source=a.source)
        )
    if a.continued_from:
        parts.append(
            QCoreApplication.translate("ReaderView", "上接第{page}版").format(page=a.continued_from)
        )
    if a.continued_to:
        if a.kind == "teaser":
            parts.append(
                QCoreApplication.translate("ReaderView", "刊第{page}版").format(page=a.continued_to)
            )
        else:
            parts.append(
                QCoreApplication.translate("ReaderView", "下转第{page}版").format(
                    page=a.continued_to
                )
            )
    return " · ".join(parts)


class _Writer:
    """Appends blocks to a document; the first block takes the document's empty first one."""

    def __init__(self, doc: QTextDocument) -> None:
        self.cursor = QTextCursor(doc)
        self.first = True

    def add(self, text: str, block: QTextBlockFormat, char: QTextCharFormat) -> int:
        """Append `text` as a block; return the document position where its text starts."""
        if self.first:
            self.cursor.setBlockFormat(block)
            self.cursor.setBlockCharFormat(char)
            self.first = False
        else:
            self.cursor.insertBlock(block, char)
        position = self.cursor.position()
        self.cursor.insertText(text, char)
        return position


def _head(
    view: ArticleView, t: Typesetter, out: _Writer
) -> tuple[tuple[int, str], tuple[tuple[int, str], ...]]:
    """The lines above the body; returns the headline's position and text, and those of every
    line a search can match (kicker, headline, subtitle)."""
    a, theme = view.article, t.theme
    searchable: list[tuple[int, str]] = []
    labels = " · ".join(
        x for x in (a.section and f"【{a.section}】", a.column_label and f"«{a.column_label}»") if x
    )
    if labels:
        out.add(labels, t.block(bottom=0.3, scale=0.8), t.char(0.8, sans=True, color=theme.accent))
    if a.kicker:
        at = out.add(a.kicker, t.block(bottom=0.3, pitch=1.5), t.char(1.0, color=theme.muted))
        searchable.append((at, a.kicker))
    if not a.title and a.kind in BY_NAME and not BY_NAME[a.kind].headlined:
        # A photo caption or a numbered brief has no headline: name what it is, and let its
        # text follow whole, rather than make a title of its first line cut short.
        headline = kind_names()[a.kind]
        position = out.add(
            headline,
            t.block(bottom=0.4, pitch=1.4, scale=1.1),
            t.char(1.1, bold=True, sans=True, color=theme.accent),
        )
    else:
        headline = view.label_in(label_words())
        position = out.add(
            headline, t.block(bottom=0.3, pitch=1.35, scale=1.55), t.char(1.55, bold=True)
        )
        searchable.append((position, headline))
    if a.subtitle:
        at = out.add(
            a.subtitle, t.block(bottom=0.3, pitch=1.5, scale=1.1), t.char(1.1, color=theme.muted)
        )
        searchable.append((at, a.subtitle))
    out.add(
        meta_line(view),
        t.block(top=0.4, bottom=1.4, scale=0.8),
        t.char(0.8, sans=True, color=theme.muted),
    )
    return (position, headline), tuple(searchable)


def _body(view: ArticleView, t: Typesetter, out: _Writer) -> list[BodyBlock]:
    style = t.style
    justify = Qt.AlignmentFlag.AlignJustify if style.justify else Qt.AlignmentFlag.AlignLeft
    paragraph = (
        t.block(
            indent_em=2, bottom=style.paragraph_spacing, pitch=style.line_spacing, align=justify
        ),
        t.char(),
    )
    subheading = (t.block(top=0.8, bottom=0.5, pitch=1.5, scale=1.08), t.char(1.08, bold=True))
    blocks: list[BodyBlock] = []
    offset = 0
    for kind, run in groupby(view.article.block_list, key=lambda b: b["type"] == "subheading"):
        texts = [b["text"] for b in run]
        block_format, char_format = subheading if kind else paragraph
        # A run of blocks of one kind goes in with one call: Qt makes each "\n" a new block with
        # the same formats. An article of 100,000 paragraphs is then no slower to show than its
        # text is long.
        position = out.add("\n".join(texts), block_format, char_format)
        for text in texts:
            blocks.append(BodyBlock(position, offset, text))
            position += utf16_len(text) + 1
            offset += len(text) + 1
    if not blocks:
        out.add(
            QCoreApplication.translate("ReaderView", "（本篇没有正文）"),
            t.block(),
            t.char(color=t.theme.muted),
        )
    return blocks


def _end(t: Typesetter, next_title: str | None, out: _Writer) -> None:
    center = Qt.AlignmentFlag.AlignHCenter
    out.add(
        "◆", t.block(top=1.2, bottom=0.6, scale=0.8, align=center), t.char(0.8, color=t.theme.muted)
    )
    if next_title is not None:
        link = t.char(0.9, sans=True, color=t.theme.accent)
        link.setAnchor(True)
        link.setAnchorHref(NEXT_ARTICLE_LINK)
        out.add(
            QCoreApplication.translate("ReaderView", "下一篇：{title} →").format(title=next_title),
            t.block(bottom=1.0, scale=0.9, align=center),
            link,
        )


def article_document(
    view: ArticleView, t: Typesetter, next_title: str | None, parent: QObject
) -> ArticleDocument:
    """`view` laid out; `next_title` names the article a link at its end opens (None: none)."""
    doc = empty_document(parent)
    out = _Writer(doc)
    headline, head_lines = _head(view, t, out)
    blocks = _body(view, t, out)
    _end(t, next_title, out)
    return ArticleDocument(doc, blocks, headline, head_lines)
