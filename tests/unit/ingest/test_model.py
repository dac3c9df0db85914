"""The parser's contract: articles and issues as plain data, and their dictionaries."""

from desktop.ingest.model import Block, ParsedArticle, ParsedIssue


def _article() -> ParsedArticle:
    return ParsedArticle(
        title="区委召开会议",
        blocks=[Block("paragraph", "会议举行。"), Block("paragraph", "会议强调。")],
    )


def test_an_articles_paragraphs_and_plain_text_come_from_its_blocks():
    article = _article()
    assert article.paragraphs == ["会议举行。", "会议强调。"]
    assert article.plain_text == "会议举行。\n会议强调。"


def test_an_author_is_added_once():
    article = _article()
    article.add_author("俞超", "李双玖")
    article.add_author("俞超")
    assert article.authors == ["俞超", "李双玖"]


def test_an_issue_dict_holds_every_field_of_its_articles():
    issue = ParsedIssue("a.txt", "abc", "utf-8", "嘉定报", "2024-05-12", [_article()])
    data = issue.to_dict()
    assert data["paper"] == "嘉定报" and data["paper_guessed"] is False
    (article,) = data["articles"]
    assert article["title"] == "区委召开会议"
    assert article["blocks"][0] == {"type": "paragraph", "text": "会议举行。"}
    assert set(article) == {
        "kind", "section", "column", "kicker", "title", "subtitle", "authors", "source",
        "blocks", "continued_to", "continued_from", "markers",
    }  # fmt: skip
