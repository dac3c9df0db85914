"""Search never misses an article that contains the query text, and never raises."""

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import text as sql

from desktop.resources import seed_files
from desktop.services import library, tags
from desktop.services.errors import InvalidInput
from desktop.services.library import edit_issue, list_issues
from desktop.services.search import (
    MAX_QUERY_CHARS,
    MAX_TERMS,
    QueryTooLong,
    SearchFilters,
    parse_query,
    search,
)
from desktop.store.normalize import normalize


def all_articles(db):
    with db.session() as session:
        return session.execute(sql("SELECT id, search_text FROM article")).all()


def brute_force(db, *terms, excluded=()):
    """Every article whose text contains every term (and none of the excluded), by scanning."""
    wanted = [normalize(t) for t in terms]
    unwanted = [normalize(t) for t in excluded]
    return {
        row.id
        for row in all_articles(db)
        if all(t in row.search_text for t in wanted)
        and not any(t in row.search_text for t in unwanted)
    }


def found(db, segmenter, query, filters=None):
    filters = filters or SearchFilters()
    return set(search(db, segmenter, query, filters, limit=None).article_ids)


FIXED_QUERIES = [
    # words that cross jieba's word boundaries
    "定新", "区委书", "书记陆", "华社北", "方舟出", "委副书记、区", "网格工",
    # names, numbers, dates, Latin
    "陆方舟", "俞超", "李双玖", "赵志坚", "翟芳华", "2023", "102", "5月12日", "10月9日",
    "TOP", "top30", "GP", "36氪", "1+S+X", "1010",
    # single characters, common and rare
    "的", "嘉", "氪", "𠮷", "鑫", "，", "“", "·",
    # full-width / half-width variants of the same text
    "１０１０", "ＴＯＰ", "(扩大)", "（扩大）", "要求:",
]  # fmt: skip


def sampled_queries():
    """Substrings of the seeds' articles, 1 to 6 characters long, from random places."""
    rnd = random.Random(20261122)
    texts = [p.read_text("utf-8") for p in seed_files()]
    queries = []
    for length in (1, 2, 2, 3, 3, 4, 5, 6):
        for _ in range(40):
            text = rnd.choice(texts)
            start = rnd.randrange(0, len(text) - length)
            piece = text[start : start + length]
            if piece.strip() and "\n" not in piece and " " not in piece and '"' not in piece:
                queries.append(piece)
    return queries


@pytest.mark.parametrize("query", FIXED_QUERIES)
def test_recall_equals_a_brute_force_scan(seeded, segmenter, query):
    assert found(seeded, segmenter, query) == brute_force(seeded, query)


@pytest.mark.slow
def test_recall_on_hundreds_of_sampled_substrings(seeded, segmenter):
    queries = sampled_queries()
    assert len(queries) > 250
    misses = {q: brute_force(seeded, q) - found(seeded, segmenter, q) for q in queries}
    extra = {q: found(seeded, segmenter, q) - brute_force(seeded, q) for q in queries}
    assert {q: m for q, m in misses.items() if m} == {}
    assert {q: e for q, e in extra.items() if e} == {}
    # Nearly all occur somewhere; the few that do not come from printed markers (撰稿, 本报讯),
    # which are not part of an article's searchable text.
    assert sum(1 for q in queries if brute_force(seeded, q)) >= 0.97 * len(queries)


def test_words_must_all_occur(seeded, segmenter):
    assert found(seeded, segmenter, "陆方舟 深圳") == brute_force(seeded, "陆方舟", "深圳")
    assert found(seeded, segmenter, "陆方舟 深圳")


def test_a_quoted_phrase_is_one_term(seeded, segmenter):
    assert found(seeded, segmenter, '"汽车 嘉定"') == brute_force(seeded, "汽车嘉定")
    assert found(seeded, segmenter, "“汽车嘉定”") == brute_force(seeded, "汽车嘉定")
    assert found(seeded, segmenter, '"hello world"') == set()


def test_exclusions(seeded, segmenter):
    assert found(seeded, segmenter, "陆方舟 -深圳") == brute_force(
        seeded, "陆方舟", excluded=["深圳"]
    )
    assert found(seeded, segmenter, '陆方舟 -"网格工程"') == brute_force(
        seeded, "陆方舟", excluded=["网格工程"]
    )


def test_query_syntax():
    q = parse_query('嘉定  "汽车 嘉定" -深圳 -"招商 考察" "未闭合')
    assert q.terms == ("嘉定", "汽车嘉定", '"未闭合')
    assert q.excluded == ("深圳", "招商考察")
    assert parse_query("").empty and parse_query("  \t ").empty
    assert parse_query('"').terms == ('"',)


def test_results_are_ranked_and_carry_marked_snippets(seeded, segmenter):
    results = search(seeded, segmenter, "网格", limit=3)
    assert results.total == len(brute_force(seeded, "网格"))
    top = results.hits[0]
    assert "网格" in top.title  # a headline hit ranks first
    assert [r.score for r in results.hits] == sorted((r.score for r in results.hits), reverse=True)
    for hit in results.hits:
        assert hit.marks
        for start, end in hit.marks:
            assert normalize(hit.snippet[start:end]) == "网格"


def test_limit_zero_or_none_means_all(seeded, segmenter):
    assert len(search(seeded, segmenter, "的", limit=None).hits) == len(brute_force(seeded, "的"))
    assert len(search(seeded, segmenter, "的", limit=0).hits) == len(brute_force(seeded, "的"))


def test_filters(seeded, segmenter):
    everything = search(seeded, segmenter, "会议", limit=None).article_ids
    by_paper = found(seeded, segmenter, "会议", SearchFilters(paper="青浦报"))
    assert by_paper and by_paper < set(everything)
    assert (
        found(seeded, segmenter, "会议", SearchFilters(date_from="2025-01", date_to="2025-12"))
        >= by_paper
    )
    assert found(seeded, segmenter, "会议", SearchFilters(date_to="2023-05-31")) == found(
        seeded, segmenter, "会议", SearchFilters(date_from="2023-05", date_to="2023-05")
    )
    assert len(found(seeded, segmenter, "", SearchFilters(kind="teaser"))) == 2
    with seeded.session() as session:
        by_yu_chao = {
            r.id
            for r in session.execute(sql("SELECT id, authors FROM article"))
            if "俞超" in r.authors
        }
    assert len(by_yu_chao) == 6
    assert found(seeded, segmenter, "", SearchFilters(author="俞超")) == by_yu_chao
    assert found(seeded, segmenter, "", SearchFilters(author="俞")) == set()  # a whole name


def test_tag_filters_any_and_all(db, segmenter):
    a = search(db, segmenter, "陆方舟", limit=None).article_ids
    tags.tag_articles(db, "领导活动", a)
    tags.tag_articles(db, "深圳", search(db, segmenter, "深圳", limit=None).article_ids)
    both = found(db, segmenter, "", SearchFilters(tags=("领导活动", "深圳"), tag_mode="all"))
    either = found(db, segmenter, "", SearchFilters(tags=("领导活动", "深圳"), tag_mode="any"))
    assert both == brute_force(db, "陆方舟", "深圳")
    assert either == set(a) | brute_force(db, "深圳")


def test_an_edited_date_is_what_the_filter_sees(db, segmenter):
    issue = next(r for r in list_issues(db) if r.paper == "青浦报")
    edit_issue(db, issue.id, date="2019-07-01")
    assert found(
        db, segmenter, "金晓明", SearchFilters(date_from="2019", date_to="2019")
    ) == brute_force(db, "金晓明")


HOSTILE_QUERIES = [
    "", " ", "\x00", "\ud800", '"', '"嘉定', "-", "--嘉定", "AND", "NOT 嘉定", "嘉定 OR",
    "(", "*", "^嘉", "a:b", "{x}", "NEAR(嘉定)", "“", "𠮷" * 40,
]  # fmt: skip


@pytest.mark.parametrize("query", HOSTILE_QUERIES)
def test_a_hostile_query_string_is_answered_without_raising(seeded, segmenter, query):
    results = search(seeded, segmenter, query, limit=5)
    assert results.total >= len(results.hits)


@pytest.mark.slow
@given(st.text(max_size=40))
def test_any_query_string_is_answered_without_raising(seeded, segmenter, query):
    results = search(seeded, segmenter, query, limit=5)
    assert results.total >= len(results.hits)


@pytest.mark.slow
@given(
    st.lists(
        st.sampled_from(
            [
                '"',
                "-",
                "“",
                "AND",
                "OR",
                "NOT",
                "(",
                ")",
                "*",
                "^",
                ":",
                "{",
                "}",
                "嘉定",
                " ",
                "\x00",
                "\ud800",
                "NEAR",
            ]
        ),
        max_size=12,
    ).map("".join)
)
def test_fts_syntax_in_queries_is_just_text(seeded, segmenter, query):
    search(seeded, segmenter, query, limit=5)


# ---- long queries: bounded, refused clearly beyond the bounds, exact within them ----------


def _article_texts(db):
    return sorted((row.search_text for row in all_articles(db)), key=len, reverse=True)


def test_a_query_beyond_the_length_limit_is_refused_saying_the_limit(seeded, segmenter):
    for query in ("嘉" * 32_767, "词语 " * 16_000, "x" * (MAX_QUERY_CHARS + 1)):
        with pytest.raises(QueryTooLong) as info:
            search(seeded, segmenter, query)
        error = info.value
        assert isinstance(error, InvalidInput) and error.code == "query_too_long"
        assert error.params == {"count": len(query), "limit": MAX_QUERY_CHARS}
        assert f"at most {MAX_QUERY_CHARS:,} characters" in str(error)


def test_a_query_of_too_many_terms_is_refused_saying_the_limit(seeded, segmenter):
    words = sorted(
        {c for text in _article_texts(seeded) for c in text if "\u4e00" <= c <= "\u9fff"}
    )
    query = " ".join(words[: MAX_TERMS + 1])
    with pytest.raises(QueryTooLong) as info:
        search(seeded, segmenter, query)
    assert info.value.code == "too_many_terms"
    assert f"at most {MAX_TERMS} words and phrases" in str(info.value)
    # The same word many times is one term.
    assert search(seeded, segmenter, "嘉定 " * (MAX_QUERY_CHARS // 3)).total > 0


def test_the_longest_queries_allowed_find_exactly_what_a_scan_finds(seeded, segmenter):
    lines = [line for text in _article_texts(seeded) for line in text.split()]
    longest = max((line for line in lines if line[0] not in '"“”-'), key=len)
    assert len(longest) > 400  # a whole paragraph, pasted as one word
    rnd = random.Random(20261201)
    starts = [rnd.randrange(len(longest) - 8) for _ in range(MAX_TERMS)]
    chars = sorted({c for c in longest if "\u4e00" <= c <= "\u9fff"})
    queries = {
        "one long passage": longest[:MAX_QUERY_CHARS],
        "many short pieces": " ".join(longest[s : s + 3] for s in starts[:MAX_TERMS // 2]),
        "many single characters": " ".join(chars[:MAX_TERMS]),
        "many exclusions": "的 " + " ".join("-" + c for c in chars[-(MAX_TERMS - 1) :]),
    }  # fmt: skip
    for name, query in queries.items():
        assert len(query) <= MAX_QUERY_CHARS, name
        wanted = parse_query(query)
        assert found(seeded, segmenter, query) == brute_force(
            seeded, *wanted.terms, excluded=wanted.excluded
        ), name
    assert found(seeded, segmenter, queries["one long passage"])  # it is there: a real check


@pytest.mark.slow
@given(st.lists(st.text(min_size=1, max_size=12), min_size=1, max_size=MAX_TERMS))
def test_any_query_within_the_bounds_finds_exactly_what_a_scan_finds(seeded, segmenter, words):
    query = " ".join(words)[:MAX_QUERY_CHARS]
    try:
        wanted = parse_query(query)
    except QueryTooLong:
        return  # more than MAX_TERMS distinct words: refused, as the test above checks
    results = search(seeded, segmenter, query, limit=None)
    expected = (
        brute_force(seeded, *wanted.terms, excluded=wanted.excluded) if not wanted.empty else set()
    )
    assert set(results.article_ids) == expected


def test_letters_the_index_does_not_keep_are_still_found(db, segmenter, tmp_path):
    """New Tai Lue letters are letters to Python but not tokens to FTS5's older tables: the
    index can say nothing about them, and the exact check alone must find them."""
    text = seed_files()[0].read_text("utf-8").replace("陆方舟指出", "陆方舟ᦰᦱᦲ指出", 1)
    issue = tmp_path / "new-tai-lue.txt"
    issue.write_text(text, "utf-8")
    library.import_paths(db, segmenter, [issue])
    for query in ("ᦰᦱᦲ", "舟ᦰᦱᦲ指", "ᦱ"):
        assert found(db, segmenter, query) == brute_force(db, query) != set(), query
