from desktop.ingest.headline import Headline, assign


def test_kicker_ending_in_dashes():
    h = assign(["大会举行，陆方舟讲话要求：检身正己、压实责任——", "共同营造风清气正的政治生态"])
    assert h == Headline(
        kicker="大会举行，陆方舟讲话要求：检身正己、压实责任——", title="共同营造风清气正的政治生态"
    )


def test_theme_line_is_the_title_and_the_event_line_its_subtitle():
    h = assign(["全面推进乡村振兴战略落地见效", "青浦召开实施乡村振兴战略工作领导小组会议"])
    assert (h.title, h.subtitle) == (
        "全面推进乡村振兴战略落地见效",
        "青浦召开实施乡村振兴战略工作领导小组会议",
    )


def test_event_line_first_is_the_kicker():
    h = assign(["开展燃气安全检查、召开安全防范工作会议", "推动安全检查落细落实落到位"])
    assert (h.kicker, h.title) == (
        "开展燃气安全检查、召开安全防范工作会议",
        "推动安全检查落细落实落到位",
    )


def test_column_label_beside_the_title():
    assert assign(["区领导调研新汽车产业发展载体建设", "大兴调查研究"]).column == "大兴调查研究"
    h = assign(["城市街区共商……", "把党建触角延伸到基层“细胞”中", "筑梦新时代 踏厉新征程"])
    assert (h.kicker, h.title, h.column) == (
        "城市街区共商……",
        "把党建触角延伸到基层“细胞”中",
        "筑梦新时代 踏厉新征程",
    )


def test_title_wrapped_over_two_lines():
    h = assign(["区国资委党委召开主题教育读书班第四、第五次专题学习研讨会", "暨党委中心组学习会"])
    assert h.title == "区国资委党委召开主题教育读书班第四、第五次专题学习研讨会暨党委中心组学习会"
    assert h.subtitle is None


def test_single_line_and_empty_groups():
    assert assign(["区妇联执委会议召开"]) == Headline(title="区妇联执委会议召开")
    assert assign([]) == Headline()


def test_a_short_line_ending_like_a_columns_name_is_the_column():
    h = assign(["金山新时代文明实践", "“老娘舅”调解室里的烟火人情"])
    assert (h.column, h.title) == ("金山新时代文明实践", "“老娘舅”调解室里的烟火人情")
    h = assign(["给“夜经济”多一些包容和耐心", "大众时评"])
    assert (h.column, h.title) == ("大众时评", "给“夜经济”多一些包容和耐心")
