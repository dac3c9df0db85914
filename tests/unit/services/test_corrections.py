"""Correcting a parse by hand on the seeded library (the first seed issue): each kind of
correction, the user's highlights, notes, tags and read state following the text they are on,
every correction applied again by a re-parse with a newer parser, undo and redo of each one, and
a correction that cannot be made or no longer applies."""

import json
import sqlite3
from dataclasses import replace

import pytest

from desktop.ingest import parse_text
from desktop.resources import seed_files
from desktop.services import annotations, library, reparsing, tags
from desktop.services import corrections as correcting
from desktop.services.errors import InvalidInput
from desktop.services.reparsing import reparse
from desktop.services.search import search
from tests.helpers.library_rows import snapshot


def issue_id(db, prefix="000"):
    with sqlite3.connect(db.path) as conn:
        return conn.execute(
            "SELECT id FROM issue WHERE source_name LIKE ?", (prefix + "%",)
        ).fetchone()[0]


def articles(db, issue):
    """The issue's articles in order, as (id, key, title, kicker, subtitle, text, blocks)."""
    with sqlite3.connect(db.path) as conn:
        rows = conn.execute(
            "SELECT id, key, title, kicker, subtitle, text, blocks, authors, section, corrected "
            "FROM article WHERE issue_id = ? ORDER BY ordinal",
            (issue,),
        ).fetchall()
    return [
        {"id": r[0], "key": r[1], "title": r[2], "kicker": r[3], "subtitle": r[4], "text": r[5],
         "paragraphs": [b["text"] for b in json.loads(r[6])], "authors": json.loads(r[7]),
         "section": r[8], "corrected": json.loads(r[9])}
        for r in rows
    ]  # fmt: skip


def highlight_in(db, article, paragraph, at=2, length=6, note=None):
    """Highlight characters of one of the article's paragraphs."""
    start = sum(len(p) + 1 for p in article["paragraphs"][:paragraph]) + at
    return annotations.add_highlight(db, article["id"], start, start + length, note=note)


def where_is(db, highlight_id):
    """The highlight's article (its key and text) and whether its quote is at its offsets."""
    with sqlite3.connect(db.path) as conn:
        key, start, end, quote, note, orphaned = conn.execute(
            'SELECT article_key, start, "end", quote, note, orphaned FROM highlight WHERE id = ?',
            (highlight_id,),
        ).fetchone()
        text = conn.execute("SELECT text FROM article WHERE key = ?", (key,)).fetchone()[0]
    assert not orphaned and text[start:end] == quote
    return key, note


def user_data(db, issue):
    """Where every highlight, note, tag and read mark of the issue is, by article text."""
    with sqlite3.connect(db.path) as conn:
        texts = dict(conn.execute("SELECT key, text FROM article WHERE issue_id = ?", (issue,)))
        marks = conn.execute(
            'SELECT article_key, start, "end", quote, note, orphaned FROM highlight ORDER BY id'
        ).fetchall()
        tagged = conn.execute(
            "SELECT article_key, tag_id FROM article_tag ORDER BY 1, 2"
        ).fetchall()
        read = conn.execute("SELECT article_key, read FROM article_state ORDER BY 1").fetchall()
    return (
        [(texts.get(k), s, e, q, n, o) for k, s, e, q, n, o in marks],
        sorted((texts.get(k), t) for k, t in tagged),
        sorted((texts.get(k), r) for k, r in read),
    )


def headlines(db, issue):
    return [(a["kicker"], a["title"], a["subtitle"], a["text"]) for a in articles(db, issue)]


@pytest.fixture
def corrected(db, segmenter):
    """Highlights, notes, tags and read marks on the first seed issue, then one correction of
    each kind over it; hands back what each highlight should be with afterwards."""
    issue = issue_id(db)
    a, b, c, _photo, _d, e = articles(db, issue)
    marks = {
        "split off": highlight_in(db, a, 4, note="分出的段落"),
        "stays": highlight_in(db, a, 0),
        "merged": highlight_in(db, e, 1, note="合并"),
        "moved": highlight_in(db, b, 6),
        "joined": highlight_in(db, c, 1, at=4),
        "cut": highlight_in(db, b, 2, at=12),
    }
    tags.tag_articles(db, "要闻", [a["id"], e["id"]])
    annotations.set_read(db, e["id"])
    annotations.set_read(db, b["id"])
    steps = []

    def at(ordinal):  # rows are rebuilt by each correction: ids are read again
        return articles(db, issue)[ordinal]["id"]

    steps.append(correcting.split(db, segmenter, at(0), 3, ["title"]))
    steps.append(correcting.merge(db, segmenter, at(5), "next"))
    steps.append(correcting.move_paragraph(db, segmenter, at(2), 6, "next"))
    steps.append(correcting.set_role(db, segmenter, at(0), "kicker", "subtitle"))
    fields = {"authors": ["俞超", "李华成"], "section": "要闻"}
    steps.append(correcting.edit_fields(db, segmenter, at(3), fields))
    steps.append(correcting.join_paragraphs(db, segmenter, at(3), 1))
    steps.append(correcting.cut_paragraph(db, segmenter, at(2), 2, 10))
    return issue, (a, b, c, e), marks, steps


def check_corrected(db, issue, originals, marks):
    a, b, c, e = originals
    now = articles(db, issue)
    assert len(now) == 6  # one split off, one merged away
    a1, a2, b1, c1, _photo, de = now
    assert a1["paragraphs"] == a["paragraphs"][:3] and a1["subtitle"] == a["kicker"]
    assert a1["kicker"] is None and a1["title"] == a["title"]
    assert a2["title"] == a["paragraphs"][3] and a2["paragraphs"] == a["paragraphs"][4:]
    assert b1["paragraphs"][2:4] == [b["paragraphs"][2][:10], b["paragraphs"][2][10:]]
    assert c1["paragraphs"][0] == b["paragraphs"][6]
    assert c1["paragraphs"][1] == c["paragraphs"][0] + c["paragraphs"][1]
    assert c1["authors"] == ["俞超", "李华成"] and c1["section"] == "要闻"
    assert de["paragraphs"][-1] == e["paragraphs"][-1]
    assert set(a2["corrected"]) == {"boundaries", "title"}
    assert {"authors", "section", "text", "boundaries"} <= set(c1["corrected"])
    expected = {"split off": a2, "stays": a1, "merged": de, "moved": c1, "joined": c1, "cut": b1}
    for name, article in expected.items():
        assert where_is(db, marks[name].id)[0] == article["key"], name
    assert where_is(db, marks["split off"].id)[1] == "分出的段落"
    data = user_data(db, issue)
    assert [text for text, _ in data[1]] == sorted([a1["text"], de["text"]])  # the tags
    assert sorted(text for text, _ in data[2]) == sorted([b1["text"], de["text"]])  # read


@pytest.mark.slow
def test_each_correction_keeps_the_users_data_and_survives_a_reparse(
    db, segmenter, corrected, monkeypatch
):
    issue, originals, marks, _ = corrected
    check_corrected(db, issue, originals, marks)
    hits = search(db, segmenter, originals[0]["paragraphs"][3][:8])
    assert articles(db, issue)[1]["id"] in hits.article_ids  # the index has the new article
    before = (headlines(db, issue), user_data(db, issue))

    monkeypatch.setattr(reparsing, "PARSER_VERSION", reparsing.PARSER_VERSION + 1)
    report = reparse(db, segmenter, only_outdated=True)
    assert report.issues == 5 and report.corrections_applied == 7
    assert report.corrections_orphaned == 0 and report.highlights_orphaned == 0
    assert (headlines(db, issue), user_data(db, issue)) == before
    check_corrected(db, issue, originals, marks)
    listed = correcting.list_corrections(db, issue)
    assert [c.operation for c in listed] == [
        "split",
        "merge",
        "move",
        "role",
        "edit",
        "join",
        "cut",
    ]
    assert not any(c.orphaned or c.undone for c in listed)


@pytest.mark.slow
def test_undo_and_redo_every_correction(db, segmenter, corrected):
    issue, originals, marks, steps = corrected
    states = [(headlines(db, issue), user_data(db, issue))]
    for view in reversed(steps):
        undone = correcting.undo(db, segmenter, issue)
        assert undone is not None and undone.id == view.correction.id and undone.undone
        states.append((headlines(db, issue), user_data(db, issue)))
    assert correcting.undo(db, segmenter, issue) is None
    a, b, c, e = originals
    first = articles(db, issue)
    assert [x["text"] for x in first[:3]] == [a["text"], b["text"], c["text"]]
    assert first[0]["kicker"] == a["kicker"] and first[-1]["text"] == e["text"]
    assert all(not x["corrected"] for x in first)
    for name in marks:
        where_is(db, marks[name].id)  # every highlight on its own passage again
    for expected in reversed(states[:-1]):
        assert correcting.redo(db, segmenter, issue) is not None
        assert (headlines(db, issue), user_data(db, issue)) == expected
    assert correcting.redo(db, segmenter, issue) is None
    check_corrected(db, issue, originals, marks)


def test_a_correction_that_cannot_be_made_changes_nothing(db, segmenter):
    issue = issue_id(db)
    first, *_, last = articles(db, issue)
    before = snapshot(db)
    with pytest.raises(InvalidInput, match="no article on that side"):
        correcting.merge(db, segmenter, last["id"], "next")
    with pytest.raises(InvalidInput, match="role"):
        correcting.set_role(db, segmenter, first["id"], 0, "headline")
    with pytest.raises(InvalidInput, match="not 100"):
        correcting.join_paragraphs(db, segmenter, first["id"], 99)
    with pytest.raises(InvalidInput, match="not at 0"):
        correcting.cut_paragraph(db, segmenter, first["id"], 0, 0)
    with pytest.raises(InvalidInput, match="no article 999999"):
        correcting.split(db, segmenter, 999999, 1, [])
    assert snapshot(db) == before
    assert correcting.list_corrections(db, issue) == []


def test_a_new_correction_after_an_undo_ends_the_redo(db, segmenter):
    issue = issue_id(db)
    correcting.join_paragraphs(db, segmenter, articles(db, issue)[0]["id"], 0)
    correcting.undo(db, segmenter, issue)
    correcting.set_role(db, segmenter, articles(db, issue)[0]["id"], "kicker", "subtitle")
    assert [c.operation for c in correcting.list_corrections(db, issue)] == ["role"]
    assert correcting.redo(db, segmenter, issue) is None


def test_a_correction_whose_text_is_gone_is_kept_orphaned_and_applies_when_it_is_back(
    db, segmenter, monkeypatch
):
    issue = issue_id(db)
    first = articles(db, issue)[0]
    gone = first["paragraphs"][3]
    correcting.split(db, segmenter, first["id"], 3, ["title"])

    def without_it(raw, **kwargs):
        parsed = parse_text(raw, **kwargs)
        for article in parsed.articles:
            article.blocks = [b for b in article.blocks if b.text != gone]
        return replace(parsed)

    monkeypatch.setattr(reparsing, "PARSER_VERSION", reparsing.PARSER_VERSION + 1)
    report = reparse(db, segmenter, parse=without_it)
    assert report.corrections_orphaned == 1
    (kept,) = correcting.list_corrections(db, issue)
    assert kept.orphaned and "orphaned" in kept.description
    assert len(articles(db, issue)) == 6  # not split: its line is gone

    monkeypatch.setattr(reparsing, "PARSER_VERSION", reparsing.PARSER_VERSION + 1)
    reparse(db, segmenter)
    (back,) = correcting.list_corrections(db, issue)
    assert not back.orphaned and articles(db, issue)[1]["title"] == gone


def test_the_articles_a_correction_rebuilds_keep_their_ids(db, segmenter):
    issue = issue_id(db)
    before = articles(db, issue)
    correcting.split(db, segmenter, before[0]["id"], 3, ["title"])
    after = articles(db, issue)
    assert (
        after[0]["id"] == before[0]["id"] and after[0]["paragraphs"] == before[0]["paragraphs"][:3]
    )
    assert [a["id"] for a in after[2:]] == [a["id"] for a in before[1:]]
    assert after[1]["id"] not in {a["id"] for a in before}


# ---- a paper's rules -------------------------------------------------------------------------


def _heads(db, issue):
    return [(a["kicker"], a["subtitle"]) for a in articles(db, issue)]


@pytest.mark.slow
def test_a_papers_rule_applies_to_its_issues_until_it_is_removed(db, segmenter):
    issue = issue_id(db, "003")  # 青浦报: its meetings' lines under the title read 区委…
    before, other_paper = _heads(db, issue), _heads(db, issue_id(db, "000"))
    ruled = [s for _, s in before if s and s.startswith("区委")]
    assert len(ruled) >= 2
    rule = correcting.add_rule(db, segmenter, "青浦报", "区委", "kicker")
    assert rule.issues == 1
    heads = _heads(db, issue)
    assert [k for k, _ in heads if k in ruled] == ruled
    assert all(s not in ruled for _, s in heads)
    assert "kicker" in articles(db, issue)[[k for k, _ in heads].index(ruled[0])]["corrected"]
    assert _heads(db, issue_id(db, "000")) == other_paper  # 嘉定报 has no such rule
    assert [(r.paper, r.starts_with, r.role) for r in correcting.list_rules(db)] == [
        ("青浦报", "区委", "kicker")
    ]
    with pytest.raises(InvalidInput, match="already"):
        correcting.add_rule(db, segmenter, "青浦报", "区委", "byline")

    report = reparse(db, segmenter)  # a re-parse applies it again
    assert report.issues == 5 and _heads(db, issue) == heads

    correcting.remove_rule(db, segmenter, rule.id)
    assert _heads(db, issue) == before and correcting.list_rules(db) == []


def test_a_rule_is_learnt_from_a_role_correction(db, segmenter):
    issue = issue_id(db, "003")
    index, subtitle = next(
        (i, a["subtitle"]) for i, a in enumerate(articles(db, issue)) if a["subtitle"]
    )
    made = correcting.set_role(
        db, segmenter, articles(db, issue)[index]["id"], "subtitle", "kicker"
    )
    rule = correcting.rule_from_correction(db, segmenter, made.correction.id)
    assert (rule.paper, rule.starts_with, rule.role) == ("青浦报", subtitle[:20], "kicker")
    with pytest.raises(InvalidInput, match="a correction of a line's role"):
        split = correcting.split(db, segmenter, articles(db, issue)[0]["id"], 1, [])
        correcting.rule_from_correction(db, segmenter, split.correction.id)
    with pytest.raises(InvalidInput, match="No issue of the library is of the paper"):
        correcting.add_rule(db, segmenter, "人民日报", "□记者", "byline")


def test_a_line_the_issue_holds_twice_alike_cannot_be_named(db, segmenter, tmp_path):
    # The same article printed twice (a reprint): its lines cannot be told apart by their text.
    raw = (seed_files()[0]).read_text(encoding="utf-8").split("嘉定部署推进网格工程建设")[0]
    twice = tmp_path / "twice.txt"
    twice.write_text(raw + raw, encoding="utf-8")
    (item,) = library.import_paths(db, segmenter, [twice]).items
    _, second = articles(db, item.issue_id)
    with pytest.raises(InvalidInput, match="same line with the same text around it"):
        correcting.join_paragraphs(db, segmenter, second["id"], 2)
    assert correcting.list_corrections(db, item.issue_id) == []
