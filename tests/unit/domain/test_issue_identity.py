"""An issue is its text: the same text in another encoding, with other line ends or trailing
blanks is the same issue; a change a reader sees is another."""

from desktop.domain.issue_identity import identity_text, text_sha256

TEXT = "嘉定报\n2023年5月16日\n　　陆方舟指出，要以案为鉴。"


def test_line_ends_byte_order_marks_and_trailing_blanks_do_not_change_the_identity():
    same = [
        TEXT.replace("\n", "\r\n"),
        TEXT.replace("\n", "\r"),
        "\ufeff" + TEXT,
        TEXT.replace("\n", " \t　\n") + "\n\n  ",
    ]
    assert {text_sha256(t) for t in same} == {text_sha256(TEXT)}


def test_what_a_reader_sees_changes_the_identity():
    assert text_sha256(TEXT + "。") != text_sha256(TEXT)
    # Indentation at the start of a line is layout the parser reads.
    assert text_sha256(TEXT.replace("　　陆", "陆")) != text_sha256(TEXT)


def test_the_normal_form_keeps_indentation_and_drops_what_ends_lines():
    assert identity_text("\ufeff  甲 \r\n乙\t\r\n\r\n") == "  甲\n乙"


def test_text_that_is_not_valid_unicode_still_has_an_identity():
    assert len(text_sha256("甲\ud800乙")) == 64
