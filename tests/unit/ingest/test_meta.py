import pytest

from desktop.ingest.meta import infer_date, infer_paper


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("2023年5月16日 星期二\n本报讯 5月12日，会议举行。", "2023-05-16"),
        ("5月12日，会议部署2023年重点工作。5月14日，联赛开赛。", "2023-05"),
        ("6月25日，庆祝中国共产党成立102周年主题集会举行。大赛将于2025年举行。", "2023-06"),
        ("3月12日，听取2024年工作汇报，审议通过了2025年工作要点。曾在2001年获奖。", "2025-03"),
        ("到2035年基本建成。2024年成绩突出。", "2024"),
        ("12月30日，会议举行。1月2日，会议举行。", None),
        ("没有日期的文字", None),
    ],
)
def test_issue_date(text, date):
    assert infer_date(text) == date


def test_a_january_issue_looking_back_at_december():
    assert infer_date("2024年12月30日，会议举行。1月2日，会议举行。") == "2025-01"


def test_paper_is_named_after_its_district():
    # Place names are only a guess, and the parse says so.
    assert infer_paper("嘉定区委书记。嘉定新城。嘉定汽车。青浦区长。") == ("嘉定报", True)
    assert infer_paper("青浦区委。青浦新城。青浦工业。") == ("青浦报", True)
    assert infer_paper("一篇没有地名的文章") == (None, False)
