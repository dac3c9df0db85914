"""Character tables for str.translate that decide each character once."""

from desktop.chartables import CharTable, keep_if


def test_a_table_applies_its_rule_and_asks_it_once_per_character():
    asked = []

    def rule(c: str) -> str | None:
        asked.append(c)
        return None if c == "、" else c.upper()

    table = CharTable(rule)
    assert "a、b、a".translate(table) == "ABA"
    assert "aab".translate(table) == "AAB"
    assert sorted(asked) == ["a", "b", "、"]


def test_keep_if_keeps_the_characters_that_pass_and_drops_the_rest():
    assert "嘉定 2023，区委".translate(keep_if(str.isalnum)) == "嘉定2023区委"
