"""The article in a saved page's tree: its container, its headline group, its lines, the
site's chrome left out."""

from selectolax.lexbor import LexborHTMLParser

from desktop.ingest.html_article import (
    BODY_SIZE,
    article_container,
    body_lines,
    headline_group,
    node_text,
    outside_text,
    page_metas,
    strip_chrome,
)

PAGE = """<html><head><title>区委召开会议</title>
<meta name="publishdate" content="2024-05-12"></head><body>
<div class="nav"><a>首页</a><a>要闻</a></div>
<div class="header">第01版：要闻</div>
<div class="main">
  <h1>区委召开会议</h1><h3>部署下半年工作</h3>
  <div class="content"><p>本报讯 5月12日，会议举行。</p><p>会议强调，要抓好落实。<br>撰稿 俞超</p>
  <p>打印</p></div>
</div>
<div class="footer">版权所有</div><script>var x = 1;</script></body></html>"""


def _tree():
    tree = LexborHTMLParser(PAGE)
    strip_chrome(tree)
    return tree


def test_the_chrome_is_stripped_and_the_container_found():
    tree = _tree()
    assert tree.css_first(".nav") is None and tree.css_first("script") is None
    container = article_container(tree)
    assert container is not None and "会议举行" in node_text(container)


def test_each_paragraph_and_each_br_line_is_a_line_and_buttons_are_dropped():
    container = article_container(_tree())
    assert body_lines(container) == [
        "本报讯 5月12日，会议举行。",
        "会议强调，要抓好落实。",
        "撰稿 俞超",
    ]


def test_the_headline_group_is_sized_by_rank():
    tree = _tree()
    heads = headline_group(tree, article_container(tree))
    assert [text for text, _ in heads] == ["区委召开会议", "部署下半年工作"]
    title, deck = (size for _, size in heads)
    assert title > deck > BODY_SIZE


def test_the_text_outside_the_article_holds_the_page_header():
    tree = _tree()
    assert "第01版：要闻" in outside_text(tree, article_container(tree))


def test_meta_tags_are_read_by_lowercase_name():
    assert page_metas(LexborHTMLParser(PAGE))["publishdate"] == "2024-05-12"


def test_a_page_without_paragraph_text_has_no_container():
    assert article_container(LexborHTMLParser("<html><body><a>首页</a></body></html>")) is None
