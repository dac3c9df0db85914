from desktop.services.people import PersonEntry
from desktop.ui.models.people import PeopleModel, PersonRole


def test_a_person_shows_name_count_and_titles(qtmodeltester):
    model = PeopleModel()
    model.set_rows(
        [
            PersonEntry("王建国", 3, ("区长",), (7, 4)),
            PersonEntry("李<b>梅</b>", 1, (), (2,)),
            PersonEntry("陈立", 2, ("区委书记", "区长", "主任"), (5,)),
        ]
    )
    first = model.index(0)
    assert first.data() == "王建国  3  · 区长"  # the title in the row, not only on hover
    assert model.index(1).data() == "李<b>梅</b>  1"
    assert model.index(2).data() == "陈立  2  · 区委书记、区长…"
    assert first.data(PersonRole.NAME) == "王建国"
    assert first.data(PersonRole.COUNT) == 3
    assert first.data(PersonRole.ARTICLES) == [7, 4]
    assert "区长" in first.data(0x03)  # ToolTipRole: the titles as printed
    assert model.index(1).data(PersonRole.NAME) == "李<b>梅</b>"  # data, not markup
    qtmodeltester.check(model)
