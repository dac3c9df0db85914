"""The word tables of the people finder: what they hold and how their patterns match."""

from desktop.nlp.name_words import (
    COMPOUND_SURNAMES,
    FOLLOWER_SET,
    FOLLOWERS,
    LIST_HEAD_PATTERN,
    SURNAMES,
    TITLE_PATTERN,
    TITLES,
    alternation,
)


def test_an_alternation_takes_the_longest_word_first():
    pattern = alternation(["书记", "副书记", "区委副书记"])
    assert pattern.match("区委副书记陆方舟").group() == "区委副书记"


def test_the_title_pattern_finds_the_longest_title():
    assert TITLE_PATTERN.search("副区长高香主持").group() == "副区长"
    assert LIST_HEAD_PATTERN.match("区领导冯捷、张劲松出席")


def test_the_tables_hold_single_characters_and_words_as_they_should():
    assert all(len(s) == 1 for s in SURNAMES) and "陆" in SURNAMES
    assert all(len(s) == 2 for s in COMPOUND_SURNAMES) and "欧阳" in COMPOUND_SURNAMES
    assert "总书记" in TITLES and frozenset(FOLLOWERS) == FOLLOWER_SET
