"""The one normal form of the index and of queries: full-width and compatibility forms folded,
case folded, with a map back to the characters the reader sees."""

from desktop.store.normalize import char_tokens, is_token_char, normalize, normalize_with_map


def test_full_width_letters_digits_and_punctuation_become_their_plain_forms():
    assert normalize("ＡＢＣ１２３，全角") == "abc123,全角"
    assert normalize("Shanghai 上海") == "shanghai 上海"


def test_a_character_may_expand_and_the_map_leads_back_to_it():
    text = "温度３０℃…好"
    normal, origin = normalize_with_map(text)
    assert normal == "温度30°c...好"
    assert len(origin) == len(normal)
    assert [text[i] for i in origin] == list("温度３０℃℃………好")


def test_without_expansion_the_map_is_one_for_one():
    normal, origin = normalize_with_map("嘉定区，２０２３年")
    assert normal == "嘉定区,2023年"
    assert list(origin) == list(range(len("嘉定区，２０２３年")))


def test_a_lone_surrogate_is_replaced_so_the_text_can_be_stored():
    normal = normalize("a\udc80b")
    assert normal == "a?b"
    normal.encode("utf-8")  # would raise for a lone surrogate


def test_every_letter_and_number_is_its_own_token_and_the_rest_is_left_out():
    assert char_tokens(normalize("嘉定，Ａ b1…")) == "嘉 定 a b 1"
    assert is_token_char("嘉") and is_token_char("7") and not is_token_char("，")
