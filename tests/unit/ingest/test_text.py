import pytest

from desktop.ingest.text import (
    balanced,
    clean_heading,
    clean_text,
    display_width,
    ends_sentence,
    fold_punctuation,
    join_fragments,
    squeeze_spaces,
)


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("10 月 9 日上午", "10月9日上午"),
        ("召开 2023 年国资系统", "召开2023年国资系统"),
        ("推动制造业“智 改数转”。", "推动制造业“智改数转”。"),
        ("对 11家企业", "对11家企业"),
        ("中国最受 GP 关注", "中国最受 GP 关注"),  # Latin words keep their spacing
        ("Hello  world", "Hello world"),
        ("5月12日,嘉定区", "5月12日，嘉定区"),
        ("要求:以铜为镜", "要求：以铜为镜"),
        ("中心组(扩大)学习会", "中心组（扩大）学习会"),
        ("1,000 people, 2 cars", "1,000 people, 2 cars"),
    ],
)
def test_clean_text(raw, clean):
    assert clean_text(raw) == clean


def test_headings_keep_the_space_between_phrases():
    assert clean_heading("找准产业赛道  推动产业集群化发展") == "找准产业赛道 推动产业集群化发展"
    assert clean_heading("试行“彩虹管理” 打造“归线畅道”") == "试行“彩虹管理” 打造“归线畅道”"
    assert clean_heading("区国资委召开 2023 年会议") == "区国资委召开2023年会议"


def test_sentence_ends():
    assert ends_sentence("会议举行。")
    assert ends_sentence("“要学习陈海燕。”")
    assert ends_sentence("……")
    assert not ends_sentence("深刻认识全面")
    assert not ends_sentence("一是要加")


def test_balanced_quotes_and_brackets():
    assert balanced("“远香有邻 众治有芳”《考核办法》（扩大）")
    assert not balanced("“2025年,我们将循着‘转型升")


def test_display_width_counts_cells():
    assert display_width("嘉定") == 2
    assert display_width("10月") == 2


def test_joining_wrapped_fragments():
    assert join_fragments("深刻认识全面", "从严治党") == "深刻认识全面从严治党"
    assert join_fragments("the quick", "brown fox") == "the quick brown fox"


def test_fold_leaves_plain_latin_alone():
    assert fold_punctuation("a, b: c") == "a, b: c"
    assert squeeze_spaces("  嘉定 区 ") == "嘉定区"
