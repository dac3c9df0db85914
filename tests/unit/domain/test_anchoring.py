import pytest

from desktop.domain.anchoring import AnchorText, find_passage, make_anchor


def reanchor(text, anchor, old_text=None):
    """Where the anchored passage is in one article's `text` now, or None."""
    old = AnchorText(old_text) if old_text is not None else None
    found = find_passage([("the article", AnchorText(text))], anchor, old)
    return None if found is None else found[1:]


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


def test_a_short_quote_is_not_kept_where_its_context_has_gone():
    # The old position now holds the same two characters, but in another sentence.
    text = "要推进网格工程建设，网格员每天巡查。"
    anchor = make_anchor(text, 3, 5)  # 网格 of 网格工程
    moved = "全区" + text  # the passage moved by two characters
    assert reanchor(moved, anchor) == (5, 7)
    other = text.replace("要推进网格工程建设，", "要推进工程建设，另外")  # this 网格 is gone
    assert "网格" in other and reanchor(other, anchor) is None


def test_a_short_quote_with_its_context_changed_on_both_sides_is_not_guessed():
    text = "区委书记陆方舟出席会议并强调，要推进网格工程建设。网格是基础，网格员是骨干。"
    start = text.index("网格工程")
    anchor = make_anchor(text, start, start + 2)
    edited = text[: start - 1] + "新" + "网格" + "改" + text[start + 3 :]
    assert reanchor(edited, anchor, old_text=text) is None
    assert reanchor(edited, anchor) is None


def test_of_two_places_that_agree_alike_neither_is_taken():
    sentence = "坚持以人民为中心的发展思想，推动经济社会高质量发展，不断增进民生福祉。"
    text = "会议指出：" + sentence * 4 + "会议要求。"
    start = text.index("人民", 5 + len(sentence))  # in the second copy, which reads as the third
    anchor = make_anchor(text, start, start + 2)
    window = anchor.prefix + anchor.quote + anchor.suffix
    assert sum(text.startswith(window, i) for i in range(len(text))) == 2  # the third copy too
    edited = "本报讯 " + text
    assert reanchor(edited, anchor, old_text=text) is None
    assert reanchor(edited, anchor) is None
    assert reanchor(text, anchor, old_text=text) == (start, start + 2)  # unchanged: still there


def test_with_the_old_text_known_less_context_is_enough():
    text = "会议要求，各级党组织要把学习贯彻落到实处，确保取得实效。"
    start = text.index("落到")
    anchor = make_anchor(text, start, start + 2)
    edited = text.replace("确保取得实效", "务求实效")  # the context after changed
    found = reanchor(edited, anchor, old_text=text)
    assert found is not None and edited[found[0] : found[1]] == "落到"
