"""Reading comfort: how the article is set, and the reader behaving as a reader, not an editor."""

import itertools

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor

from desktop.services import annotations
from desktop.ui.actions import ActionId, key_text
from desktop.ui.settings import DEFAULT_FONT_SIZE

TITLE = "共同营造风清气正的政治生态"
NO_LINE_START = "，。、；：？！）」』”’》"


def open_article(window, title=TITLE):
    ids = list(window.tree_model.article_ids_in_order())
    article_id = next(i for i in ids if window.tree_model.index_for_article(i).data() == title)
    window.reading.select_article(article_id)
    return article_id


def body_lines(reader):
    """(y, height, right edge, text, is the block's last line) of every body line laid out."""
    doc = reader.document()
    first = reader._blocks[0].position
    block = doc.findBlock(first)
    lines = []
    while block.isValid():
        layout = block.layout()
        top = doc.documentLayout().blockBoundingRect(block).top()
        text = block.text()
        for n in range(layout.lineCount()):
            line = layout.lineAt(n)
            end = line.textStart() + line.textLength()
            right = line.cursorToX(end)[0]
            chunk = text[line.textStart() : end]
            lines.append((top + line.y(), line.height(), right, chunk, n == layout.lineCount() - 1))
        block = block.next()
        if block.position() >= reader._blocks[-1].position + len(reader._blocks[-1].text) + 1:
            break
    return lines


def test_body_text_is_set_at_a_comfortable_pitch_justified_with_punctuation_kept_off_line_starts(
    window,
):
    open_article(window)
    reader = window.reader
    em = reader.em()
    lines = body_lines(reader)
    assert len(lines) > 20
    pitches = [b[0] - a[0] for a, b in itertools.pairwise(lines) if not a[4]]  # within a paragraph
    assert pitches and all(1.65 * em <= p <= 1.85 * em for p in pitches), (em, set(pitches))
    full = [line for line in lines if not line[4]]
    edges = [line[2] for line in full]
    assert max(edges) - min(edges) <= 0.15 * em  # justified: every full line ends at one edge
    assert not any(line[3][:1] in NO_LINE_START for line in lines)
    # Paragraphs stand apart: the gap between them is more than the line pitch.
    gaps = [b[0] - a[0] for a, b in itertools.pairwise(lines) if a[4]]
    assert gaps and min(gaps) >= max(pitches) + 0.4 * em
    # A maximum line length: a wide window keeps lines at about 36 characters.
    window.resize(1900, 900)
    window.splitter.setSizes([200, 1500, 200])
    longest = max(
        line[2] - reader.document().rootFrame().frameFormat().leftMargin()
        for line in body_lines(reader)
    )
    assert longest <= 36.5 * em


def test_the_reader_is_not_an_editor(window, qtbot):
    open_article(window)
    reader = window.reader
    assert reader.isReadOnly() and reader.cursorWidth() == 0
    flags = reader.textInteractionFlags()
    assert flags & Qt.TextInteractionFlag.TextSelectableByMouse
    assert flags & Qt.TextInteractionFlag.TextSelectableByKeyboard
    assert not flags & Qt.TextInteractionFlag.TextEditable
    qtbot.mouseClick(reader.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(300, 200))
    qtbot.keyClicks(reader, "abc")
    assert "abc" not in reader.toPlainText()


def test_ctrl_0_resets_the_text_size(window, qtbot):
    open_article(window)
    window.reader.setFocus()
    for _ in range(3):
        window.action_set[ActionId.FONT_BIGGER].trigger()
    assert window.ctx.settings.font_size == DEFAULT_FONT_SIZE + 3
    qtbot.keyClick(window.reader, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.ctx.settings.font_size == DEFAULT_FONT_SIZE
    assert window.reader.style_.font_size == DEFAULT_FONT_SIZE


def test_the_end_of_an_article_is_marked_and_links_to_the_next(window, qtbot):
    first = open_article(window)
    reader = window.reader
    text = reader.toPlainText()
    assert "◆" in text and "下一篇：" in text
    ids = window.reading.visible_article_ids()
    following = ids[ids.index(first) + 1]
    assert window.tree_model.index_for_article(following).data() in text
    # Click the link, as a reader does at the end of the article.
    doc = reader.document()
    link = doc.find("下一篇：")
    reader.verticalScrollBar().setValue(reader.verticalScrollBar().maximum())
    cursor = QTextCursor(doc)
    cursor.setPosition(link.selectionStart() + 2)
    point = reader.cursorRect(cursor).center()
    qtbot.mouseClick(reader.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.reading.current.article.id == following
    # The last article has the end mark but no link.
    window.reading.select_article(ids[-1])
    assert "◆" in reader.toPlainText() and "下一篇：" not in reader.toPlainText()


def test_the_star_shows_its_state_and_toolbar_tooltips_name_their_keys(window, qtbot):
    article_id = open_article(window)
    star = window.action_set[ActionId.STAR]
    assert star.isCheckable() and not star.isChecked()
    star.trigger()
    assert annotations.article_state(window.db, article_id).starred and star.isChecked()
    window.reading.step_article(1)
    assert not star.isChecked()
    window.reading.select_article(article_id)
    assert star.isChecked()
    star.trigger()
    assert not star.isChecked() and not annotations.article_state(window.db, article_id).starred
    shown = [a for a in window.toolbar.actions() if not a.isSeparator() and a.data() is not None]
    assert len(shown) >= 8
    for action in shown:
        keys = key_text(action)
        assert keys and keys in action.toolTip(), action.objectName()
