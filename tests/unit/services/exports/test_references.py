"""References for Zotero, EndNote and JabRef: each field where the format's specification puts
it (CSL-JSON 1.0 schema, the RIS tag list, BibTeX's @article), from the seeded articles."""

import json

import pytest

from desktop.services.articles import get_article, list_articles
from desktop.services.citation import reference_of
from desktop.services.exports import export_references
from desktop.services.exports.references import bibtex_escape, citation_key


def _first_article(db):
    return get_article(
        db, list_articles(db)[0].id
    )  # 俞超, 共同营造风清气正的政治生态, 嘉定报 2023-05


def _two_authors(db):
    return next(
        v for r in list_articles(db) if len((v := get_article(db, r.id)).article.author_list) == 2
    )


def test_csl_json_is_an_article_newspaper_with_its_paper_date_and_split_authors(db):
    view = _first_article(db)
    [item] = json.loads(export_references([view], "csl-json"))
    assert item["type"] == "article-newspaper"
    assert item["title"] == "共同营造风清气正的政治生态"
    assert item["container-title"] == "嘉定报"
    assert item["issued"] == {"date-parts": [[2023, 5]]}
    assert item["author"] == [{"family": "俞", "given": "超"}]
    assert item["language"] == "zh-CN"
    assert item["note"].startswith("嘉定区全面从严治党警示教育大会举行")
    assert item["abstract"].startswith("5月12日，嘉定区全面从严治党警示教育大会")
    assert item["id"] == citation_key(reference_of(view))
    assert "page" not in item  # the page of this article is not known


def test_csl_json_items_match_the_csl_data_schema(db):
    # The fields and value shapes of https://resource.citationstyles.org/schema/v1.0/input/json/csl-data.json
    items = json.loads(
        export_references([get_article(db, r.id) for r in list_articles(db)], "csl-json")
    )
    allowed = {"id", "type", "title", "container-title", "issued", "page", "author", "language",
               "note", "abstract"}  # fmt: skip
    for item in items:
        assert set(item) <= allowed and isinstance(item["id"], str)
        for name in item.get("author", []):
            assert set(name) in ({"family", "given"}, {"literal"})
        parts = item["issued"]["date-parts"]
        assert (
            len(parts) == 1
            and 1 <= len(parts[0]) <= 3
            and all(isinstance(p, int) for p in parts[0])
        )
    assert len({i["id"] for i in items}) == len(items)


def test_a_teaser_cites_the_page_it_points_to(db):
    teasers = [get_article(db, r.id) for r in list_articles(db) if r.kind == "teaser"]
    if not teasers:
        pytest.skip("the seeds hold no teaser")
    [item] = json.loads(export_references(teasers[:1], "csl-json"))
    assert item["page"] == teasers[0].article.continued_to


def test_ris_is_a_news_record_with_every_field_under_its_tag(db):
    view = _two_authors(db)
    ris = export_references([view], "ris")
    lines = ris.split("\r\n")
    assert lines[0] == "TY  - NEWS" and "ER  - " in lines and lines[-1] == ""
    tags = [(line[:2], line[6:]) for line in lines if line]
    assert all(line[2:6] == "  - " for line in lines if line)
    assert ("TI", view.article.title) in tags
    assert [v for t, v in tags if t == "AU"] == ["俞, 超", "李, 华成"]
    assert ("T2", view.paper) in tags
    year, month = view.date.split("-")[:2]
    assert ("PY", year) in tags and ("DA", f"{year}/{month}//") in tags
    assert ("LA", "zh-CN") in tags


def test_ris_values_stay_on_their_line(db):
    view = _first_article(db)
    view.article.title = "第一行\nER  - 注入"
    ris = export_references([view], "ris")
    assert "TI  - 第一行 ER - 注入\r\n" in ris
    assert [line for line in ris.split("\r\n") if line.startswith("ER")] == ["ER  - "]


def test_bibtex_is_an_article_in_its_newspaper_with_escaped_text_and_a_stable_key(db):
    view = _two_authors(db)
    bib = export_references([view], "bibtex")
    key = citation_key(reference_of(view))
    assert bib.startswith(f"@article{{{key},\n") and bib.endswith("\n}\n")
    assert "  author = {俞, 超 and 李, 华成}" in bib
    assert f"  journal = {{{view.paper}}}" in bib
    year, month = view.date.split("-")[:2]
    assert f"  year = {{{year}}}" in bib and "  month = jun" in bib
    assert "  entrysubtype = {newspaper}" in bib and "  language = {zh-CN}" in bib
    assert export_references([view], "bibtex") == bib  # the same key and text every time
    assert key.isascii() and key.startswith(f"dr{year}-{month}-")


def test_bibtex_specials_in_text_are_escaped():
    assert bibtex_escape("50% & $5 #1 a_b {x} ^~\\") == (
        r"50\% \& \$5 \#1 a\_b \{x\} \^{}\~{}\textbackslash{}"
    )


def test_bibtex_braces_a_name_that_does_not_split(db):
    view = _first_article(db)
    view.article.authors = json.dumps(["穆罕默德·阿里", "Tom and Jerry Studio"])
    bib = export_references([view], "bibtex")
    assert "author = {{穆罕默德·阿里} and {Tom and Jerry Studio}}" in bib


def test_citeproc_reads_the_csl_json_and_formats_it(db):
    citeproc = pytest.importorskip("citeproc")
    from citeproc.source.json import CiteProcJSON

    view = _first_article(db)
    source = CiteProcJSON(json.loads(export_references([view], "csl-json")))
    style = citeproc.CitationStylesStyle("harvard-cite-them-right", validate=False)
    bibliography = citeproc.CitationStylesBibliography(style, source, citeproc.formatter.plain)
    bibliography.register(
        citeproc.Citation([citeproc.CitationItem(citation_key(reference_of(view)))])
    )
    [entry] = [str(e) for e in bibliography.bibliography()]
    assert "俞" in entry and "共同营造风清气正的政治生态" in entry
    assert "嘉定报" in entry and "2023" in entry
