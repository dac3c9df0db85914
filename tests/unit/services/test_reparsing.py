"""Re-parsing with a parser whose output moved: highlights are on their own passage afterwards,
or kept and orphaned, never on another passage. The "new parser" edits the seeds' articles
near, inside and around highlights, adds a sentence in front of some, splits some in two and
reverses every issue's order, and knows where each old character went."""

import random
import sqlite3
from dataclasses import dataclass, replace

import pytest

from desktop.domain.anchoring import CONTEXT
from desktop.ingest import Block, parse_text
from desktop.services import annotations, tags
from desktop.services.articles import get_article
from desktop.services.reparsing import reparse
from desktop.services.search import search
from desktop.services.stats import stats
from tests.helpers.library_rows import first_article, snapshot

SEED = 20261201
LENGTHS = [1, 1, 2, 2, 2, 2, 3, 4, 6, 9, 15]  # the short ones are the hard ones
INSERTS = ["新增", "的", "，", "改动的文字", "区委"]


@dataclass
class Plan:
    """What the new parser does to one old article: `edits` as (position, how many characters
    it replaces, what it puts there), then a split before line `split_at`."""

    edits: list[tuple[int, int, str]]
    lead: str = ""
    split_at: int | None = None


def apply(text, plan):
    """The edited text and, for each old character, its index there (None: replaced)."""
    where: list[int | None] = [None] * len(text)
    pieces, length, cursor = [plan.lead], len(plan.lead), 0
    for pos, cut, put in sorted(plan.edits):
        for i in range(cursor, pos):
            where[i] = length + i - cursor
        pieces.append(text[cursor:pos] + put)
        length += pos - cursor + len(put)
        cursor = pos + cut
    for i in range(cursor, len(text)):
        where[i] = length + i - cursor
    pieces.append(text[cursor:])
    return "".join(pieces), where


def _edit_around(rnd, text, start, end, taken):
    """Edits near, inside or around the highlight at start–end (never touching a line end)."""
    kind = rnd.choice(["near", "near", "inside", "around", "none", "none"])
    spots = []
    if kind in ("near", "around"):
        spots.append(max(0, start - rnd.randint(1, 10)))
    if kind in ("near", "around") and (kind == "around" or rnd.random() < 0.5):
        spots.append(min(len(text) - 1, end + rnd.randint(0, 9)))
    if kind == "inside":
        spots.append(rnd.randrange(start, end))
    edits = []
    for pos in spots:
        cut = 1 if kind == "inside" and start <= pos < end else rnd.randint(0, 2)
        if "\n" in text[pos : pos + cut + 1] or any(abs(pos - p) < 4 for p in taken):
            continue
        put = rnd.choice(INSERTS)
        if cut and put[0] == text[pos]:
            put = "〇" + put
        taken.add(pos)
        edits.append((pos, cut, put))
    return edits


@pytest.fixture
def plotted(db):
    """The seeded library with many highlights at random places, and the new parser's plan."""
    rnd = random.Random(SEED)
    with sqlite3.connect(db.path) as conn:
        rows = conn.execute(
            "SELECT a.id, a.key, a.ordinal, a.text, i.sha256 FROM article a "
            "JOIN issue i ON i.id = a.issue_id ORDER BY i.id, a.ordinal"
        ).fetchall()
    plans, marks = {}, []
    for article_id, key, ordinal, text, sha in rows:
        plan = Plan([])
        if len(text) >= 40:
            taken: set[int] = set()
            for _ in range(max(2, len(text) // 60)):
                n = rnd.choice(LENGTHS)
                start = rnd.randrange(0, len(text) - n)
                h = annotations.add_highlight(db, article_id, start, start + n, note=f"#{start}")
                marks.append((h.id, sha, ordinal, start, start + n))
                plan.edits += _edit_around(rnd, text, start, start + n, taken)
            plan.lead = "【更新】编辑补充了一句导语。" if rnd.random() < 0.3 else ""
            lines = text.count("\n") + 1
            if lines >= 4 and rnd.random() < 0.4:
                plan.split_at = rnd.randrange(2, lines - 1)
        plans[(sha, ordinal)] = (plan, text, key)
    return plans, marks


def new_parser(plans):
    """A parse function like the next parser version's, and where each old article's
    characters go: (sha, ordinal) → (new ordinal, index) per character, or None."""
    places = {}

    def parse(raw, **kwargs):
        parsed = parse_text(raw, **kwargs)
        sha, articles = kwargs["sha256"], []
        for ordinal, article in enumerate(parsed.articles):
            plan, text, _key = plans[(sha, ordinal)]
            assert article.plain_text == text  # the library was made by this parser
            edited, where = apply(text, plan)
            lines = edited.split("\n") if article.blocks else []
            assert len(lines) == len(article.blocks)
            blocks = [Block(b.type, line) for b, line in zip(article.blocks, lines, strict=True)]
            cut = len(articles)
            if plan.split_at is None:
                articles.append(replace(article, blocks=blocks))
                go = [(cut, i) if i is not None else None for i in where]
            else:
                k = plan.split_at
                offset = len("\n".join(lines[:k])) + 1
                articles.append(replace(article, blocks=blocks[:k]))
                title = f"{article.title or '简讯'}（续）"
                articles.append(replace(article, blocks=blocks[k:], title=title))
                go = [
                    None
                    if i is None or i == offset - 1
                    else (cut, i)
                    if i < offset
                    else (cut + 1, i - offset)
                    for i in where
                ]
            places[(sha, ordinal)] = go
        total = len(articles)
        articles.reverse()  # the new parser orders the articles the other way round
        for key, go in places.items():
            if key[0] == sha:
                places[key] = [None if g is None else (total - 1 - g[0], g[1]) for g in go]
        return replace(parsed, articles=articles)

    return parse, places


def occurrences(text, part):
    return sum(text.startswith(part, i) for i in range(len(text)))


def expected_place(go, start, end):
    """Where the passage start–end is in the new parse, if it is there whole."""
    spots = go[start:end]
    if any(s is None for s in spots) or len({s[0] for s in spots}) != 1:
        return None
    if [s[1] for s in spots] != list(range(spots[0][1], spots[0][1] + end - start)):
        return None
    return spots[0][0], spots[0][1], spots[-1][1] + 1


@pytest.mark.slow
def test_reparse_puts_every_highlight_on_its_own_passage_or_orphans_it(plotted, db, segmenter):
    plans, marks = plotted
    parse, places = new_parser(plans)
    report = reparse(db, segmenter, parse=parse)

    with sqlite3.connect(db.path) as conn:
        rows = {
            r[0]: r[1:]
            for r in conn.execute(
                'SELECT h.id, h.orphaned, h.start, h."end", h.quote, h.note, a.ordinal, '
                "a.text, i.sha256 FROM highlight h LEFT JOIN article a ON a.key = h.article_key "
                "LEFT JOIN issue i ON i.id = a.issue_id"
            )
        }
    counts = dict.fromkeys(["on their passage", "orphaned", "misplaced", "passage gone"], 0)
    must_be_found = found = short = 0
    for hid, sha, ordinal, start, end in marks:
        orphaned, new_start, new_end, quote, note, new_ordinal, text, new_sha = rows[hid]
        assert note == f"#{start}" and len(quote) == end - start  # kept, whatever happened
        go = places[(sha, ordinal)]
        expected = expected_place(go, start, end)
        counts["passage gone"] += expected is None
        short += end - start <= 2
        old_text = plans[(sha, ordinal)][1]
        window = (max(0, start - CONTEXT), min(len(old_text), end + CONTEXT))
        intact = expected_place(go, *window) is not None
        if intact and occurrences(old_text, old_text[window[0] : window[1]]) == 1:
            must_be_found += 1  # nothing about it changed but where it is
            found += not orphaned
        if orphaned:
            counts["orphaned"] += 1
        elif expected == (new_ordinal, new_start, new_end) and new_sha == sha:
            assert text[new_start:new_end] == quote
            counts["on their passage"] += 1
        else:
            counts["misplaced"] += 1
    print(
        f"\n{len(marks)} highlights ({short} of 1–2 characters): {counts}; "
        f"{found} of {must_be_found} with quote and context intact found; {report}"
    )
    assert counts["misplaced"] == 0
    assert found == must_be_found  # what can be found is found: orphaning is not a way out
    assert report.highlights_orphaned == counts["orphaned"] >= counts["passage gone"] > 10
    assert report.highlights_kept + report.highlights_moved == counts["on their passage"]
    assert short > 60 and len(marks) > 250


def _shift_text(parse_result):
    """A parser whose output moved: a sentence added in front of every first paragraph, and
    a word changed in the middle of every article."""
    for article in parse_result.articles:
        if article.blocks:
            first = article.blocks[0]
            article.blocks[0] = Block(
                first.type, "【更新】编辑补充了一句导语。" + first.text.replace("会议", "会 议", 1)
            )
    return parse_result


def test_reparse_after_the_text_shifted_keeps_every_highlight_tag_and_state(db, segmenter):
    article = first_article(db)
    text = annotations_text(db, article.id)
    quote = "以铜为镜，可以正衣冠"
    h1 = annotations.highlight_quote(db, article.id, quote, color="green", note="名句")
    h2 = annotations.highlight_quote(db, article.id, "共同营造风清气正的政治生态")
    tags.tag_articles(db, "廉政建设", [article.id])
    annotations.set_starred(db, article.id)
    assert text.index(quote) == h1.start

    report = reparse(db, segmenter, parse=lambda *a, **k: _shift_text(parse_text(*a, **k)))
    assert report.highlights_orphaned == 0
    assert report.highlights_moved == 2

    again = first_article(db)
    assert again.key == article.key and again.starred
    new_text = annotations_text(db, again.id)
    marks = {h.id: h for h in annotations.article_highlights(db, again.id)}
    assert new_text[marks[h1.id].start : marks[h1.id].end] == quote
    assert marks[h1.id].note == "名句" and marks[h1.id].color == "green"
    assert new_text[marks[h2.id].start : marks[h2.id].end] == h2.quote
    assert [t.name for t in tags.article_tags(db, again.id)] == ["廉政建设"]


def annotations_text(db, article_id):
    return get_article(db, article_id).article.text


def test_a_highlight_whose_text_is_gone_is_kept_as_orphaned(db, segmenter):
    article = first_article(db)
    h = annotations.highlight_quote(db, article.id, "以铜为镜，可以正衣冠", note="要记住")

    def drop_the_sentence(*args, **kwargs):
        parsed = parse_text(*args, **kwargs)
        for a in parsed.articles:
            a.blocks = [
                replace(b, text=b.text.replace("以铜为镜，可以正衣冠；", "")) for b in a.blocks
            ]
        return parsed

    report = reparse(db, segmenter, parse=drop_the_sentence)
    assert report.highlights_orphaned == 1
    orphans = annotations.list_annotations(db, annotations.AnnotationFilters(orphaned=True))
    assert [(r.highlight.id, r.highlight.note, r.highlight.quote) for r in orphans] == [
        (h.id, "要记住", h.quote)
    ]
    assert stats(db).highlights == 1


def test_reparse_with_the_same_parser_changes_no_user_data(db, segmenter):
    article = first_article(db, "003")
    annotations.highlight_quote(db, article.id, "坚定信心")
    before = snapshot(db)
    reparse(db, segmenter)
    after = snapshot(db)
    for table in ("tag", "article_tag", "highlight", "article_state", "issue_edit"):
        assert after[table] == before[table]
    assert [r[2] for r in after["article"]] == [r[2] for r in before["article"]]  # the same keys


def test_articles_the_new_parse_gives_unchanged_are_not_indexed_again(db, segmenter):
    texts = []  # what jieba was given

    class Counting(type(segmenter)):
        def search_words(self, text):
            texts.append(text)
            return segmenter.search_words(text)

    before = snapshot(db)
    reparse(db, Counting())
    assert texts == []  # the same parser: every row and index row kept as it was
    assert snapshot(db) == before

    def one_article_changed(*args, **kwargs):
        parsed = parse_text(*args, **kwargs)
        if kwargs["source"].startswith("000"):
            first = parsed.articles[0].blocks[0]
            parsed.articles[0].blocks[0] = Block(first.type, first.text + "（有改动）")
        return parsed

    reparse(db, Counting(), parse=one_article_changed)
    assert len(texts) == 1 and "有改动" in texts[0]
    hits = search(db, segmenter, "有改动").article_ids
    assert hits == [first_article(db).id]
    assert search(db, segmenter, "融入路径").total == 1  # the articles kept are still found
