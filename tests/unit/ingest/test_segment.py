"""Logical lines → articles: the walker's drafts finished into the parser's articles."""

from desktop.ingest.segment import segment_lines


def test_two_articles_are_found_with_their_headlines_bodies_and_authors():
    first, second = segment_lines(
        [
            "区委召开会议",
            "本报讯 5月12日，会议举行。",
            "会议强调，要抓好落实。",
            "撰稿 俞超",
            "",
            "第二篇标题",
            "本报讯 会议举行了。",
        ]
    )
    assert first.title == "区委召开会议" and first.authors == ["俞超"]
    assert first.paragraphs == ["5月12日，会议举行。", "会议强调，要抓好落实。"]
    assert first.markers == ["本报讯", "撰稿 俞超"]
    assert second.title == "第二篇标题" and second.paragraphs == ["会议举行了。"]


def test_untitled_items_under_a_briefs_label_are_briefs():
    articles = segment_lines(["[简讯]", "本报讯 5月12日，会议举行。"])
    assert [a.kind for a in articles] == ["brief"]


def test_no_lines_make_no_articles():
    assert segment_lines([]) == []
