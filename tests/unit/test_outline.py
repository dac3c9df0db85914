"""An issue's outline: what an editor checks at a glance, one block per article."""

from desktop.ingest import parse_text
from desktop.outline import article_outline, issue_outline, sentences
from desktop.resources import seed_files


def test_sentences_end_at_chinese_stops_and_keep_closing_quotes():
    assert sentences("他说：“好。”然后走了！还有吗？没有") == [
        "他说：“好。”",
        "然后走了！",
        "还有吗？",
        "没有",
    ]
    assert sentences("  ") == []


def test_an_issue_outline_heads_with_its_facts_and_lists_every_article():
    seed = seed_files()[0]
    issue = parse_text(seed.read_text("utf-8"), source=seed.name)
    outline = issue_outline(issue).split("\n")
    assert outline[0].startswith(f"{seed.name}  paper: 嘉定报  date: ")
    assert outline[0].endswith(f"articles: {len(issue.articles)}")
    assert set(outline[1]) == {"="}
    heads = [line for line in outline if line.startswith("#")]
    assert len(heads) == len(issue.articles)
    assert all(
        h.startswith(f"#{i} {a.kind}")
        for i, (h, a) in enumerate(zip(heads, issue.articles, strict=True))
    )


def test_an_article_outline_shows_its_headline_group_byline_and_first_and_last_sentence():
    seed = seed_files()[0]
    article = next(a for a in parse_text(seed.read_text("utf-8")).articles if a.title and a.authors)
    lines = article_outline(3, article)
    assert lines[0].startswith(f"#3 {article.kind}")
    assert f"    title     {article.title}" in lines
    assert f"    authors   {', '.join(article.authors)}" in lines
    body = sentences("".join(article.paragraphs))
    assert any(line.startswith("    body      ") and "paragraph" in line for line in lines)
    assert len(body) > 1
    last = body[-1] if len(body[-1]) <= 60 else body[-1][:59] + "…"
    assert lines[-1] == f"    last      {last}"
