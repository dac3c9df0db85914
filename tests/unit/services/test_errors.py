"""Input a user can correct: a message for the command line, a code and values for the window."""

import pytest

from desktop.services.errors import InvalidInput
from desktop.services.tags import rename_tag


def test_the_message_is_the_english_text_and_the_code_carries_the_values():
    error = InvalidInput("There is no tag “甲”.", code="no_tag", name="甲")
    assert str(error) == "There is no tag “甲”."
    assert (error.code, error.params) == ("no_tag", {"name": "甲"})
    assert isinstance(error, ValueError)


def test_a_message_without_a_code_has_no_values():
    error = InvalidInput("Say which articles.")
    assert (error.code, error.params) == ("", {})


def test_a_service_refuses_with_a_coded_error(db):
    with pytest.raises(InvalidInput, match="There is no tag") as refused:
        rename_tag(db, "不存在", "新")
    assert refused.value.code == "no_tag" and refused.value.params == {"name": "不存在"}
