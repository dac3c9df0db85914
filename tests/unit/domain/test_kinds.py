"""The kinds' table is the one place a kind is named: the parser's kinds, the labels the
library and the window use, the CLI's --kind choices and the tree's icons all come from it."""

from desktop.domain.kinds import BY_NAME, KIND_NAMES, KINDS
from desktop.ingest import parse_text
from desktop.resources import seed_files
from desktop.services.articles import CHINESE


def test_each_kind_is_named_once_with_a_chinese_label():
    assert len(KIND_NAMES) == len(set(KIND_NAMES)) == len(KINDS)
    assert all(k.label and all("\u4e00" <= c <= "\u9fff" for c in k.label) for k in KINDS)
    assert BY_NAME["article"].headlined and not BY_NAME["photo"].headlined


def test_the_parser_makes_only_kinds_of_the_table():
    for seed in seed_files():
        issue = parse_text(seed.read_text("utf-8"), source=seed.name)
        assert {a.kind for a in issue.articles} <= set(KIND_NAMES)


def test_untitled_pieces_are_labelled_from_the_table():
    assert CHINESE.kinds == {k.name: k.label for k in KINDS if k.name != "article"}
