"""Saved e-paper article pages → the article's lines, and the paper, date and page; several
pages of one issue → one issue. The pages are written here in three sites' styles."""

from __future__ import annotations

import html
import re

import pytest

from desktop.ingest import parse_text
from desktop.ingest.html import (
    BODY_SIZE,
    NoArticleError,
    SavedPage,
    group_issues,
    read_html,
)
from desktop.ingest.lines import parse_lines
from tests.corpus.score import score_issue
from tests.helpers.pdfs import Story, corpus_issues, corpus_pages

FARM = Story(
    heads=[
        ("kicker", "冬闲变冬忙——"),
        ("title", "冬日田野备春耕"),
        ("subtitle", "各地抢抓农时做好农资储备"),
    ],
    paragraphs=[
        "本报北京1月12日电（记者 王珂） 记者从农业农村部获悉：当前各地正抓住冬闲时节，组织农资企业"
        "加快化肥、种子、农药的调运与储备，确保春耕用种用肥不断档、不脱销。",
        "据介绍，截至目前，全国冬春化肥储备已达年度计划的八成以上，主要农作物种子供应总体充足。",
    ],
)
TRADE = Story(
    heads=[("title", "外贸规模稳中有增")],
    paragraphs=[
        "新华社北京1月12日电 国务院新闻办公室12日举行新闻发布会，介绍2023年全年进出口情况。",
        "这位负责人说，2024年将继续推动外贸质升量稳，扩大优质产品进口。",
    ],
)
NAV = ["首页", "上一版", "下一版", "版面导航", "往期回顾"]
FOOTER = "版权所有 区融媒体中心 沪ICP备12345678号"


def _heads(story: Story, tags: dict[str, str]) -> str:
    return "".join(tags[role].format(html.escape(text)) for role, text in story.heads)


def _paragraphs(story: Story, indent: str = "") -> str:
    return "".join(f"<p>{indent}{html.escape(p)}</p>" for p in story.paragraphs)


def founder_page(story: Story, paper: str, date: str, page: int, section: str) -> bytes:
    """The 方正 e-paper system's article page: tables, GB2312, the text in founder-content."""
    y, m, d = date.split("-")
    heads = _heads(
        story,
        {
            "kicker": '<tr><td class="font01">{}</td></tr>',
            "title": '<tr><td class="font02">{}</td></tr>',
            "subtitle": '<tr><td class="font03">{}</td></tr>',
            "label": '<tr><td class="lanmu">{}</td></tr>',
        },
    )
    nav = "".join(f'<a href="node_{i}.htm">{x}</a> ' for i, x in enumerate(NAV))
    text = f"""<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{paper}</title></head>
<body><table class="nav-bar"><tr><td>{nav}</td></tr></table>
<table width="100%"><tr><td class="date">{paper} {y}年{m}月{d}日</td>
<td class="ban">第{page:02d}版：{section}</td></tr></table>
<table><tr><td>
  <table>{heads}</table>
  <div id="ozoom"><founder-content>{_paragraphs(story, "　　")}</founder-content></div>
  <table><tr><td><a href="#">放大</a> <a href="#">缩小</a> <a href="#">默认</a></td></tr></table>
</td><td class="sidebar"><ul><li><a>本版其他文章一</a></li><li><a>本版其他文章二</a></li></ul></td>
</tr></table>
<table class="footer"><tr><td>{FOOTER}</td></tr></table></body></html>"""
    return text.encode("gb18030")


def people_page(story: Story, paper: str, date: str, page: int, section: str) -> bytes:
    """A national paper's e-paper: h3 kicker, h1 title, h2 subtitle, UTF-8, date in <meta>."""
    y, m, d = date.split("-")
    heads = _heads(
        story,
        {
            "kicker": "<h3>{}</h3>",
            "title": "<h1>{}</h1>",
            "subtitle": "<h2>{}</h2>",
            "label": '<p class="lanmu">{}</p>',
        },
    )
    nav = "".join(f"<li><a>{x}</a></li>" for x in NAV)
    text = f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<meta name="publishdate" content="{date}">
<title>{story.heads[-1][1] if story.heads else paper} -- {paper}</title></head>
<body><div class="nav"><ul>{nav}</ul></div>
<div class="paper-bot"><p class="date">{paper} {int(y)}年{int(m)}月{int(d)}日</p></div>
<div class="main"><div class="article">{heads}
<p class="sec">《{paper}》（{y}年{m}月{d}日 第 {page:02d} 版）</p>
<div id="ozoom">{_paragraphs(story)}</div></div></div>
<div class="footer"><p>{FOOTER}</p></div></body></html>"""
    return text.encode("utf-8")


def cms_page(
    story: Story, paper: str, date: str, page: int, section: str, byline: str = ""
) -> bytes:
    """A news site's article: <article>, og: metadata, the page only in the file name, and a
    browser's `saved from url` comment."""
    heads = _heads(
        story,
        {
            "kicker": '<p class="kicker">{}</p>',
            "title": "<h1>{}</h1>",
            "subtitle": '<p class="subtitle">{}</p>',
            "label": '<span class="column">{}</span>',
        },
    )
    y, m, d = date.split("-")
    url = f"https://epaper.example.cn/html/{y}-{m}/{d}/content_88.htm"
    text = f"""<!-- saved from url=({len(url):04d}){url} -->
<html><head><meta charset="utf-8">
<meta property="og:site_name" content="{paper}数字报">
<meta property="article:published_time" content="{date}T08:00:00+08:00">
</head><body><header class="site-top"><a>登录</a><a>订阅</a></header>
<nav>{" | ".join(NAV)}</nav>
<article><header>{heads}{f'<p class="author">{byline}</p>' if byline else ""}</header>
<div class="content">{_paragraphs(story)}</div>
<div class="share-tools">分享到：微信 微博</div></article>
<footer>{FOOTER}</footer></body></html>"""
    return text.encode("utf-8")


STYLES = {"founder": founder_page, "people": people_page, "cms": cms_page}
NAMES = {
    "founder": "content_12{n}.htm",
    "people": "nw.D110000renmrb_{n}.htm",
    "cms": "{date}_p{page}_{n}.html",
}


def _save(style: str, story: Story, paper: str, date: str, page: int, n: int = 1) -> SavedPage:
    data = STYLES[style](story, paper, date, page, "要闻")
    return read_html(data, NAMES[style].format(n=n, date=date, page=page))


@pytest.mark.parametrize("style", sorted(STYLES))
def test_the_article_is_read_and_the_sites_chrome_dropped(style):
    saved = _save(style, FARM, "人民日报", "2024-01-13", 1)
    texts = [x.text for x in saved.lines]
    heads = [x for x in saved.lines if x.size and x.size > BODY_SIZE]
    assert [x.text for x in heads] == [t for _, t in FARM.heads]
    assert max(heads, key=lambda x: x.size).text == "冬日田野备春耕"  # the title is the largest
    assert [t for t in texts if t in FARM.paragraphs] == FARM.paragraphs
    chrome = [*NAV, FOOTER, "放大", "本版其他文章一", "分享到：微信 微博", "登录"]
    assert not [t for t in texts for c in chrome if c in t]
    assert (saved.paper, saved.date, saved.page) == ("人民日报", "2024-01-13", 1)
    assert {x.page for x in saved.lines} == {1}


def test_a_byline_outside_the_text_comes_after_the_headlines():
    data = cms_page(FARM, "浦东时报", "2024-10-15", 2, "要闻", byline="记者 李华")
    saved = read_html(data, "2024-10-15_p2_1.html")
    texts = [x.text for x in saved.lines]
    assert texts.index("记者 李华") == len(FARM.heads)
    assert saved.lines[len(FARM.heads)].size == BODY_SIZE
    assert (saved.paper, saved.date, saved.page) == ("浦东时报", "2024-10-15", 2)


def test_a_page_in_gb2312_is_read_in_its_charset():
    saved = _save("founder", TRADE, "嘉定报", "2023-05-16", 3)
    assert saved.encoding == "html/gb18030"
    assert saved.lines[0].text == "外贸规模稳中有增"
    assert (saved.paper, saved.date, saved.page) == ("嘉定报", "2023-05-16", 3)


def test_the_date_and_page_can_come_from_the_file_name():
    text = "入夏以来，本市多个社区开放纳凉点。" * 3
    page = f"<html><body><h1>社区纳凉点开放</h1><div><p>{text}</p></div></body></html>"
    saved = read_html(page.encode("utf-8"), "松江报_2024-03-29_第02版_3.html")
    assert (saved.paper, saved.date, saved.page) == ("松江报", "2024-03-29", 2)


def test_a_page_without_an_article_is_refused_with_a_specific_message():
    links = "<ul><li><a>标题一</a></li><li><a>标题二</a></li></ul>"
    index = f"<html><body><nav><a>首页</a></nav>{links}</body></html>"
    with pytest.raises(NoArticleError) as caught:
        read_html(index.encode("utf-8"), "node_2.htm")
    assert "holds no article text" in str(caught.value)


def test_saved_pages_of_one_issue_become_one_issue_in_page_order():
    pages = [
        _save("people", TRADE, "人民日报", "2024-01-13", 2, n=3),
        _save("people", FARM, "人民日报", "2024-01-13", 1, n=1),
        _save("people", TRADE, "人民日报", "2024-01-14", 1, n=2),
        _save("people", FARM, "人民日报", "2024-01-13", 2, n=4),
    ]
    issues = list(group_issues(pages))
    assert [(i.date, [p.page for p in i.pages]) for i in issues] == [
        ("2024-01-13", [1, 2, 2]),
        ("2024-01-14", [1]),
    ]
    lines = issues[0].lines
    headers = [x for x in lines if x.size is None]  # what the pages' own lines are not
    assert [(x.text, x.page) for x in headers] == [  # the page's own header lines, as printed
        ("人民日报 2024年01月13日", 1),
        ("第01版 2024-01-13", 1),
        ("人民日报 2024年01月13日", 2),
        ("第02版 2024-01-13", 2),
    ]
    parsed = parse_lines(lines, source=issues[0].source, sha256=issues[0].sha256, encoding="html")
    assert (parsed.paper, parsed.date) == ("人民日报", "2024-01-13")
    assert [a.title for a in parsed.articles] == [
        "冬日田野备春耕",
        "外贸规模稳中有增",
        "冬日田野备春耕",
    ]


def test_the_same_files_make_the_same_issue():
    def issue():
        pages = [
            _save("cms", s, "浦东时报", "2024-10-15", 1, n) for n, s in enumerate([FARM, TRADE])
        ]
        return next(group_issues(pages))

    assert issue().sha256 == issue().sha256


def test_a_paragraph_that_starts_like_a_button_is_kept():
    story = Story([("title", "技能大赛落幕")], ["大赛组委会表示，本届比赛规模大。", "放大", "小"])
    texts = [x.text for x in _save("people", story, "工人日报", "2023-09-12", 1).lines]
    assert texts == ["技能大赛落幕", "大赛组委会表示，本届比赛规模大。"]


# ---- saved pages of the labelled corpus ----

ISSUES = corpus_issues()


def _corpus_pages(n: int) -> list[SavedPage]:
    """Issue n as an e-paper site saves it: one page per story, in one site's style."""
    issue = ISSUES[n]
    style = sorted(STYLES)[n % len(STYLES)]
    date = issue.expected["date"] or "2024-01-01"
    date = date if len(date) == 10 else f"{date}-01"
    page = int(re.search(r"(\d+)$", issue.stem).group(1))
    stories = corpus_pages(issue.text, issue.expected)[0].stories
    paper = issue.expected["paper"] or ""
    return [
        read_html(STYLES[style](story, paper, date, page, "要闻"), f"{issue.stem}-{k}.htm")
        for k, story in enumerate(stories)
    ]


# Issues added to the dev corpus after the readers were tuned, where the saved page or the PDF
# still scores below the text: known gaps, kept in view (xfail is strict: a fix shows).
AFTER_TUNING = {"beijing-2024-09-10-p5"}
PDF_AFTER_TUNING = {
    "beijing-2024-09-10-p5", "gongren-2023-09-12-p1", "xinmin-2024-07-21-a2", "xinmin-2025-02-14-a1"
}  # fmt: skip


def _known_gaps(gaps: set[str], *, one_fast: bool = True) -> list:
    """The corpus issues as parameters, slow; with `one_fast`, the first one without a known
    gap in the fast suite."""
    fast = next(n for n, issue in enumerate(ISSUES) if issue.stem not in gaps) if one_fast else -1
    params = []
    for n, issue in enumerate(ISSUES):
        marks = [] if n == fast else [pytest.mark.slow]
        if issue.stem in gaps:
            marks.append(pytest.mark.xfail(reason="below the text file: a known gap"))
        params.append(pytest.param(n, marks=marks))
    return params


@pytest.mark.parametrize("n", _known_gaps(AFTER_TUNING), ids=[i.stem for i in ISSUES])
def test_saved_pages_of_a_corpus_issue_parse_at_least_as_well_as_its_text(n):
    issue = ISSUES[n]
    (saved,) = group_issues(_corpus_pages(n))
    parsed = parse_lines(saved.lines, source=saved.source, sha256=saved.sha256, encoding="html")
    by_text = score_issue(parse_text(issue.text), issue.expected).figures()
    by_pages = score_issue(parsed, issue.expected).figures()
    assert {k: v for k, v in by_pages.items() if v < by_text[k]} == {}, (by_text, by_pages)
