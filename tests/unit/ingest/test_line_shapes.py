"""What a line looks like to the layout walker: a heading, a body's start, byline direction."""

from desktop.ingest.line_shapes import body_start, heading_shape, leading_bylines
from desktop.ingest.tokens import Layout, tokenize

NO_WRAP = Layout(False, 0.0)


def test_a_short_line_before_a_dateline_is_heading_shaped():
    title, body = tokenize(["第二篇标题", "本报讯 会议举行了。"])
    assert heading_shape(title, body, NO_WRAP)
    assert body_start(body, NO_WRAP)


def test_a_sentence_is_not_heading_shaped():
    sentence, nxt = tokenize(["会议强调，要抓好落实，推动经济高质量发展。", "下一行。"])
    assert not heading_shape(sentence, nxt, NO_WRAP)


def test_bylines_before_the_body_face_forward():
    assert leading_bylines(tokenize(["标题", "记者 李双玖", "本报讯 会议举行。"]))
    assert not leading_bylines(tokenize(["标题", "本报讯 会议举行。", "撰稿 俞超"]))


def test_a_kicker_over_a_slightly_wider_title_is_heading_shaped_in_a_wrapped_file():
    kicker, title = tokenize(["稻米飘香丰收季——", "“崇明大米”品牌越擦越亮"])
    assert heading_shape(kicker, title, Layout(True, 25.0))


def test_a_short_numbered_line_heads_a_section_and_a_numbered_brief_does_not():
    heading, body = tokenize(["一、深刻把握新质生产力的内涵", "新质生产力是先进生产力质态。"])
    assert heading_shape(heading, body, NO_WRAP)
    (brief,) = tokenize(["1、宜昌市近日开通三条城乡公交新线路，沿线二十余个行政村通车"])
    assert not heading_shape(brief, None, NO_WRAP)
