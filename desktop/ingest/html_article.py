"""The article in a saved web page's tree: its body container, its headline group and its
lines, with the site's chrome (navigation, buttons, footers) taken out.

The article is the page's body container (the e-paper systems' own `founder-content` or
`#ozoom`, an `<article>`, or the element holding the most paragraph text); its headline group
is the headings and title-classed lines just before it, set in sizes by rank (h1 the title) so
the parser reads them as headline lines; bylines and paragraphs follow at body size.
"""

from __future__ import annotations

import re
import unicodedata

from selectolax.lexbor import LexborHTMLParser, LexborNode

BODY_SIZE = 10.0
_TITLE_SIZE = 22.0
_DECK_SIZE = 15.0  # a kicker or a subtitle
_MINOR_HEAD_SIZE = 13.0

# What is never the article: the site's chrome.
_DROP_TAGS = "script, style, noscript, template, nav, footer, aside, form, iframe, select, button"
_CHROME = re.compile(
    r"(^|[-_ ])(nav|menu|footer|foot|copyright|banner|breadcrumb|crumb|share|toolbar|"
    r"sidebar|links?|pager|pagination|ad|ads|advert|comment|related|tools?|bottom|top)"
    r"($|[-_ \d])",
    re.I,
)
# Where e-paper systems and news sites keep an article's text.
_CONTAINERS = (
    "founder-content",
    "#ozoom",
    "[itemprop=articleBody]",
    "#articleContent",
    ".article-content",
    ".article_content",
    "article .content",
    ".content",
    "#content",
    "article",
)
_TITLE_CLASS = re.compile(r"(^|[-_ ])(title|biaoti|bt|font02|maintitle|h1)($|[-_ \d])", re.I)
_DECK_CLASS = re.compile(
    r"(^|[-_ ])(subtitle|sub-title|fbt|yt|yinti|kicker|pretitle|intro|font01|font03|h2|h3)"
    r"($|[-_ \d])",
    re.I,
)
# A column or section label (`今日谈`, `[领导关注]`): set a little larger than the body.
_LABEL_CLASS = re.compile(r"(^|[-_ ])(column|lanmu|section|channel|label)($|[-_ \d])", re.I)
_LABEL_SIZE = 11.0
_BYLINE = re.compile(
    r"^[■●◆▲\s]*(本报|首席|特约|特聘)?(记者|通讯员|作者|撰稿|文|图|摄影|编辑|来源|供稿)"
)
# A line that is only a button's label (never a line that starts with one: `大赛…`).
_BUTTON_TEXT = re.compile(
    r"^[【\[]?\s*(上一篇|下一篇|上一版|下一版|返回目录|返回|放大|缩小|默认|打印|关闭|分享|字号|"
    r"大|中|小)\s*[】\]]?$"
)


def strip_chrome(tree: LexborHTMLParser) -> None:
    """Take out what is never the article: scripts, forms, and elements classed as chrome
    (unless they hold the article)."""
    for node in tree.css(_DROP_TAGS):
        node.decompose()
    for node in list(tree.css("[class], [id]")):
        label = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}"
        if _CHROME.search(label) and not _holds_container(node):
            node.decompose()


def node_text(node: LexborNode | None) -> str:
    if node is None:
        return ""
    return _clean(node.text(separator="", strip=False))


def _clean(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("\xa0", " ")
    return re.sub(r"[ \t\r\n\f\v]+", " ", text).strip()


def page_metas(tree: LexborHTMLParser) -> dict[str, str]:
    out: dict[str, str] = {}
    for node in tree.css("meta[content]"):
        key = node.attributes.get("name") or node.attributes.get("property") or ""
        value = node.attributes.get("content") or ""
        if key and value.strip():
            out.setdefault(key.strip().lower(), value.strip())
    return out


def _holds_container(node: LexborNode) -> bool:
    """A wrapper whose class reads like chrome (`main-top`) may still hold the article."""
    if any(node.css_first(sel) is not None for sel in ("founder-content", "#ozoom", "article")):
        return True
    return sum(len(node_text(p)) for p in node.css("p")) >= 200


def article_container(tree: LexborHTMLParser) -> LexborNode | None:
    for selector in _CONTAINERS:
        for node in tree.css(selector):
            if node_text(node):  # an e-paper's text box holds the article, however short
                return node
    # No known container: the element whose own paragraphs hold the most text.
    best, best_len = None, 0
    for node in tree.css("div, td, section, main, body"):
        own = sum(len(node_text(p)) for p in node.css("p") if p.parent == node)
        if own > best_len:
            best, best_len = node, own
    return best if best_len >= 20 else None


def _leaf(node: LexborNode) -> bool:
    """No elements inside (a node's own css() matches the node itself: look at children)."""
    return next(node.iter(), None) is None


def _has(node: LexborNode, selector: str) -> bool:
    return any(child.css_first(selector) is not None for child in node.iter())


def _paragraph_nodes(container: LexborNode) -> list[LexborNode]:
    blocks = [p for p in container.css("p, li, h4, h5, h6") if not _has(p, "p")]
    return blocks or [container]


def body_lines(container: LexborNode) -> list[str]:
    """Each paragraph, and each line a <br> starts, as one line."""
    out: list[str] = []
    for block in _paragraph_nodes(container):
        for line in _lines_of(block):
            if line and not _BUTTON_TEXT.match(line):
                out.append(line)
    return out


def _lines_of(node: LexborNode) -> list[str]:
    pieces: list[str] = [""]
    for child in node.traverse(include_text=True):
        if child.tag == "br":
            pieces.append("")
        elif child.tag == "-text":
            pieces[-1] += child.text_content or ""
    return [_clean(p) for p in pieces]


def headline_group(tree: LexborHTMLParser, container: LexborNode) -> list[tuple[str, float]]:
    """The headings and title-classed lines just before the article's text, in order, with
    a size by rank; a byline among them is kept at body size. They are looked for in the
    smallest block around the article that has any."""
    body = set(body_lines(container))
    scope = container.parent
    for _ in range(5):
        if scope is None:
            break
        found = [(t, size) for t, size in _heads_before(scope, container) if t not in body]
        if any(size > BODY_SIZE for _, size in found):
            return _unique(found)
        if scope.tag in ("body", "html"):
            break
        scope = scope.parent
    return []


def _unique(heads: list[tuple[str, float]]) -> list[tuple[str, float]]:
    seen: set[str] = set()
    out = []
    for text, size in heads:
        if text not in seen:
            seen.add(text)
            out.append((text, size))
    return out


def _heads_before(scope: LexborNode, container: LexborNode) -> list[tuple[str, float]]:
    out: list[tuple[str, float]] = []

    def walk(node: LexborNode) -> bool:
        """Collect under `node`; False once the container is reached."""
        for child in node.iter():
            if child == container:
                return False
            size = _head_size(child)
            if size is not None:
                text = node_text(child)
                if text and len(text) <= 80:
                    out.append((text, size))
                continue
            if _leaf(child):  # a byline line, or chrome
                text = node_text(child)
                if text and len(text) <= 40 and _BYLINE.match(text):
                    out.append((text, BODY_SIZE))
                continue
            if not walk(child):
                return False
        return True

    walk(scope)
    return out


def _head_size(node: LexborNode) -> float | None:
    tag = node.tag
    label = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}"
    if tag == "h1" or _TITLE_CLASS.search(label):
        return _TITLE_SIZE
    if tag in ("h2", "h3") or _DECK_CLASS.search(label):
        return _DECK_SIZE
    if tag in ("h4", "h5", "h6"):
        return _MINOR_HEAD_SIZE
    if _LABEL_CLASS.search(label):
        return _LABEL_SIZE
    return None


def outside_text(tree: LexborHTMLParser, container: LexborNode) -> list[str]:
    """The page's lines outside the article: its header and what chrome is left."""
    inside = set(body_lines(container))
    out: list[str] = []
    body = tree.body
    if body is None:
        return out
    for node in body.traverse():
        if node.tag in ("-text", "-comment") or not _leaf(node):
            continue
        text = node_text(node)
        if text and text not in inside:
            out.append(text)
    return out
