"""Whether a byline's token is a person's name."""

from desktop.ingest.names import is_person_name, looks_like_name


def test_names_under_a_known_surname_look_like_names():
    assert looks_like_name("李博文")
    assert looks_like_name("欧阳晓光")


def test_organisations_and_words_are_not_names():
    assert not looks_like_name("新城公司")
    assert not looks_like_name("Hello")
    assert not looks_like_name("嘉")


def test_a_person_name_is_at_most_three_characters_under_a_single_surname():
    assert is_person_name("陈颖婷")
    assert not is_person_name("陈颖婷婷")
    assert is_person_name("欧阳晓光")
