"""Reading comfort: how the article is set, and the reader behaving as a reader, not an editor."""

import itertools

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont, QTextCursor

from desktop.services import annotations
from desktop.ui.actions import ActionId, key_text
from desktop.ui.settings import DEFAULT_FONT_SIZE
from desktop.ui.views.reading_settings import OWN_FONT, ReadingSettingsDialog

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
    star = window.action_set[ActionId.STAR]
    window.reading.current = None
    star.trigger()  # nothing open: nothing to star, and the button says so
    assert not star.isChecked()
    article_id = open_article(window)
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


def test_reading_settings_apply_live_and_are_remembered(open_window, data_dir, qtbot, monkeypatch):
    window = open_window(data_dir)
    open_article(window)
    seen = {}

    def drive(dialog):
        # The user sets a sans face, wider spacing and ragged-right text, watching the article.
        dialog.typeface.setCurrentIndex(dialog.typeface.findData("sans"))
        dialog.line_spacing.setValue(2.0)
        dialog.paragraph_spacing.setValue(1.5)
        dialog.line_length.setValue(30)
        dialog.margin.setValue(48)
        dialog.justify.setChecked(False)
        seen["style"] = window.reader.style_
        seen["pitch"] = pitch(window.reader)
        return 0

    monkeypatch.setattr(ReadingSettingsDialog, "exec", drive)
    window.action_set[ActionId.READING_SETTINGS].trigger()
    style = seen["style"]
    assert (style.typeface, style.line_spacing, style.line_length, style.justify) == (
        "sans",
        2.0,
        30,
        False,
    )
    assert abs(seen["pitch"] - 2.0 * window.reader.em()) < 1
    font = window.reader.document().findBlock(window.reader._blocks[0].position).charFormat()
    assert "Sans" in font.font().families()[0]
    window.close()
    again = open_window(data_dir)
    assert again.reader.style_ == style
    open_article(again)
    assert abs(pitch(again.reader) - 2.0 * again.reader.em()) < 1


def test_an_installed_font_can_be_chosen(window, monkeypatch):
    open_article(window)

    def drive(dialog):
        dialog.typeface.setCurrentIndex(dialog.typeface.findData(OWN_FONT))
        assert dialog.font_box.isEnabled()
        dialog.font_box.setCurrentFont(QFont("DejaVu Serif"))
        return 0

    monkeypatch.setattr(ReadingSettingsDialog, "exec", drive)
    window.action_set[ActionId.READING_SETTINGS].trigger()
    family = window.reader.style_.typeface
    assert family not in ("serif", "sans")
    block = window.reader.document().findBlock(window.reader._blocks[0].position)
    assert block.charFormat().font().families()[0] == family


def pitch(reader):
    lines = body_lines(reader)
    return next(b[0] - a[0] for a, b in itertools.pairwise(lines) if not a[4])


def test_focus_mode_shows_only_the_text_and_esc_leaves(window, qtbot):
    open_article(window)
    window.search_dock.show()
    qtbot.keyClick(window.reader, Qt.Key.Key_F11)
    assert window.reader.isVisible()
    for widget in (window.tree, window.tag_panel, window.toolbar, window.search_dock):
        assert not widget.isVisible()
    assert window.menuBar().isHidden()
    assert window.action_set[ActionId.FOCUS_MODE].isChecked()
    qtbot.keyClick(window.reader, Qt.Key.Key_Escape)
    for widget in (window.tree, window.tag_panel, window.toolbar, window.search_dock):
        assert widget.isVisible()
    assert not window.action_set[ActionId.FOCUS_MODE].isChecked()
    qtbot.keyClick(window.reader, Qt.Key.Key_F11)
    qtbot.keyClick(window.reader, Qt.Key.Key_F11)
    assert window.tree.isVisible() and window.notes_dock.isHidden()  # hidden before: stays so


def test_at_1000_by_700_the_text_gets_most_of_the_width(window, qtbot):
    open_article(window)
    window.resize(1000, 700)
    qtbot.waitUntil(lambda: window.reader.width() >= 0.6 * window.width() == 600)
    assert window.tree.width() > 120 and window.tag_panel.width() > 100  # still usable
