import pytest

from desktop.store.anchoring import make_anchor, reanchor

TEXT = "区委书记陆方舟出席会议并强调，要推进网格工程建设。陆方舟指出，网格工程是一项基础性工作。"


def test_unchanged_text_keeps_the_position():
    anchor = make_anchor(TEXT, 16, 22)
    assert reanchor(TEXT, anchor) == (16, 22)


def test_text_inserted_before_moves_the_highlight_with_it():
    anchor = make_anchor(TEXT, 16, 22)
    shifted = "本报讯 5月12日，" + TEXT
    start, end = reanchor(shifted, anchor)
    assert shifted[start:end] == anchor.quote


def test_the_occurrence_with_the_same_context_wins():
    anchor = make_anchor(TEXT, TEXT.index("陆方舟指出"), TEXT.index("陆方舟指出") + 3)
    changed = TEXT.replace("区委书记", "区委书记、区长")
    start, end = reanchor(changed, anchor)
    assert changed[start:end] == "陆方舟" and changed[end : end + 2] == "指出"


def test_a_punctuation_width_change_is_found_in_the_normal_form():
    anchor = make_anchor("要以案为鉴,警钟长鸣。", 0, 10)
    start, end = reanchor("要以案为鉴，警钟长鸣。", anchor)
    assert (start, end) == (0, 10)


def test_a_vanished_passage_is_not_found():
    anchor = make_anchor(TEXT, 16, 22)
    assert reanchor("全新的文字，没有原来的句子。", anchor) is None


def test_characters_outside_the_bmp_count_as_one():
    text = "𠮷野家的招牌在嘉定。"
    anchor = make_anchor(text, 1, 4)
    assert anchor.quote == "野家的"
    assert reanchor("新" + text, anchor) == (2, 5)


@pytest.mark.parametrize(("start", "end"), [(-1, 3), (3, 3), (0, 10_000)])
def test_ranges_outside_the_text_are_refused(start, end):
    with pytest.raises(ValueError, match="outside"):
        make_anchor(TEXT, start, end)
