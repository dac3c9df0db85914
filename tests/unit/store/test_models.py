"""The models as callers use them: defaults filled in on the way into a real library, JSON
columns read back as lists, and the file's own rules (unique, case-blind tag names, links)
holding for rows written through them."""

import re

import pytest
from sqlalchemy.exc import IntegrityError

from desktop.store.database import open_database
from desktop.store.models import Article, ArticleTag, Highlight, Issue, Paper, Tag, utc_now


@pytest.fixture
def library(tmp_path):
    db = open_database(tmp_path / "lib.sqlite3")
    yield db
    db.close()


def _issue(session, sha="abc"):
    issue = Issue(
        sha256=sha, source_name="x.txt", encoding="utf-8", raw_text="一", parser_version=1
    )
    session.add(issue)
    session.flush()
    return issue


def test_timestamps_are_iso_text_in_utc():
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00", utc_now())


def test_an_article_reads_its_json_columns_as_lists(library):
    with library.session() as session:
        issue = _issue(session)
        session.add(
            Article(
                issue_id=issue.id,
                key="k1",
                ordinal=0,
                kind="news",
                authors='["王伟", "李娜"]',
                blocks='[{"type": "p", "text": "正文"}]',
            )
        )
    with library.session() as session:
        article = session.get(Article, 1)
        assert article.author_list == ["王伟", "李娜"]
        assert article.block_list == [{"type": "p", "text": "正文"}]
        assert article.markers == "[]" and article.text == ""


def test_a_highlight_gets_its_defaults_and_an_id(library):
    with library.session() as session:
        highlight = Highlight(
            article_key="k", issue_sha256="s", start=0, end=2, quote="嘉定", color="yellow"
        )
        session.add(highlight)
    assert highlight.id == 1
    assert (highlight.prefix, highlight.suffix, highlight.orphaned, highlight.note) == (
        "",
        "",
        False,
        None,
    )
    assert highlight.created_at == highlight.updated_at


def test_tag_names_are_unique_whatever_their_case(library):
    with library.session() as session:
        session.add(Tag(name="Economy", color="#123456"))
    with pytest.raises(IntegrityError), library.session() as session:
        session.add(Tag(name="economy", color="#654321"))


def test_a_paper_name_and_an_issue_hash_are_unique(library):
    with library.session() as session:
        session.add(Paper(name="嘉定报"))
        _issue(session)
    with pytest.raises(IntegrityError), library.session() as session:
        session.add(Paper(name="嘉定报"))
    with pytest.raises(IntegrityError), library.session() as session:
        _issue(session)


def test_a_tag_on_an_article_goes_with_its_tag(library):
    with library.session() as session:
        tag = Tag(name="经济", color="#123456")
        session.add(tag)
        session.flush()
        session.add(ArticleTag(article_key="k", tag_id=tag.id))
    with library.session() as session:
        session.delete(session.get(Tag, tag.id))
    with library.session() as session:
        assert session.get(ArticleTag, ("k", tag.id)) is None
