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


def test_the_masthead_decides_before_the_places_the_text_speaks_of():
    text = "解放日报\n嘉定区委书记。嘉定新城。嘉定汽车。嘉定工业区。"
    assert infer_paper(text) == ("解放日报", False)
    assert infer_paper("上海法治报 2021年09月01日\n正文。") == ("上海法治报", False)
    assert infer_paper("南方日报讯（记者/吴哲）2月26日，会议召开。") == ("南方日报", False)


def test_a_provincial_daily_is_guessed_from_its_province_and_says_so():
    assert infer_paper("浙江省委召开会议。浙江各地。浙江山区县。浙江海岛。") == ("浙江日报", True)


def test_a_printed_date_decides_in_digits_or_chinese_numerals():
    assert infer_date("第1版:要闻 2022-05-28\n3月4日，会议举行。") == "2022-05-28"
    assert infer_date("上海法治报 2021年09月01日\n8月31日。") == "2021-09-01"
    assert infer_date("解放日报\n一九四六年五月十一日 星期六\n【新华社延安十日电】") == "1946-05-11"


def test_a_year_named_in_passing_is_not_the_issue_year():
    text = "依据2021年出台的条例，5月3日，2024年城市更新工作会议召开。"
    assert infer_date(text) == "2024-05"
    assert infer_date("自2022年规划获批以来，5月23日，项目开工。") == "2022-05"  # nothing better
