"""Qt counts UTF-16 units, the library code points: the two agree on BMP text and differ by one
unit for each astral character (𠮷) before the offset."""

from desktop.ui.text_offsets import from_utf16, to_utf16, utf16_len

TEXT = "吉𠮷野家𩸽定食"  # 𠮷 and 𩸽 are outside the BMP: two units each in Qt


def test_bmp_text_has_the_same_offsets_in_both_counts():
    text = "嘉定区新闻 abc"
    assert utf16_len(text) == len(text)
    assert [to_utf16(text, i) for i in range(len(text) + 1)] == list(range(len(text) + 1))
    assert [from_utf16(text, i) for i in range(len(text) + 1)] == list(range(len(text) + 1))


def test_each_astral_character_before_an_offset_adds_one_unit():
    assert utf16_len(TEXT) == len(TEXT) + 2
    assert to_utf16(TEXT, 1) == 1  # before 𠮷
    assert to_utf16(TEXT, 2) == 3  # after 𠮷
    assert to_utf16(TEXT, 5) == 7  # after 𩸽
    assert to_utf16(TEXT, len(TEXT)) == utf16_len(TEXT)


def test_offsets_round_trip_through_qt_units():
    for offset in range(len(TEXT) + 1):
        assert from_utf16(TEXT, to_utf16(TEXT, offset)) == offset


def test_a_position_inside_a_surrogate_pair_maps_to_the_pair_start():
    assert from_utf16(TEXT, 2) == 1  # between 𠮷's two units: 𠮷 itself starts at 1
    assert TEXT[from_utf16(TEXT, 2)] == "𠮷"


def test_units_past_the_end_map_to_the_end():
    assert from_utf16(TEXT, 100) == len(TEXT)
    assert from_utf16("", 3) == 0


def test_qt_agrees_with_the_unit_count(qtbot):
    from PySide6.QtGui import QTextDocument

    doc = QTextDocument(TEXT)
    assert doc.characterCount() - 1 == utf16_len(TEXT)  # Qt adds one paragraph separator
