"""Kinds of pieces and the labels of untitled ones, in the interface's language."""

from desktop.ui.labels import kind_names, label_words


def test_every_kind_has_a_chinese_name_in_list_order(qtbot):
    assert kind_names() == {
        "article": "文章",
        "photo": "图片",
        "brief": "简讯",
        "continuation": "续文",
        "teaser": "导读",
    }


def test_label_words_name_every_kind_but_plain_articles(qtbot):
    words = label_words()
    assert set(words.kinds) == {"photo", "brief", "continuation", "teaser"}
    assert words.kinds["photo"] == "图片"
    assert words.continued.format(page=3) == "（上接第3版）"
    assert words.empty == "（无正文）"
    assert words.separator == "："


def test_in_english_the_kinds_and_labels_are_english(english):
    names = ["Article", "Photo", "Brief", "Continued", "In this issue"]
    assert list(kind_names().values()) == names
    words = label_words()
    assert words.continued.format(page=3) == "(from page 3) "
    assert (words.empty, words.separator) == ("(no text)", ": ")
