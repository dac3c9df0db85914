"""Corrections by hand over a real parse (the first seed): each operation does what the user
meant, names its line by text so that it applies again to a new parse, and one whose line is
gone does not apply (it is not an error: the caller keeps it, orphaned)."""

import pytest

from desktop.domain.corrections import (
    Correction,
    CorrectionError,
    anchor_line,
    apply_corrections,
    article_lines,
    check,
    cut_details,
)
from desktop.ingest import parse_file
from desktop.resources import seed_files


@pytest.fixture(scope="module")
def articles():
    return parse_file(seed_files()[0]).articles


def correct(articles, i, place, operation, **details):
    return Correction(operation, anchor_line(articles[i], place), details)


def test_lines_are_the_headline_fields_then_the_blocks(articles):
    lines = article_lines(articles[0])
    assert [place for place, _ in lines[:3]] == ["kicker", "title", 0]
    assert lines[1][1] == "共同营造风清气正的政治生态"


def test_split_makes_a_new_article_whose_first_lines_take_the_marked_roles(articles):
    fix = correct(articles, 0, 2, "split", roles=["title", "body"])
    result = apply_corrections(articles, [fix])
    assert result.applied == [True]
    first, new = result.articles[0], result.articles[1]
    assert len(result.articles) == len(articles) + 1
    assert new.title == articles[0].blocks[2].text
    assert new.blocks[0].text == articles[0].blocks[3].text
    assert first.blocks == articles[0].blocks[:2]
    assert result.corrected[1] == {"boundaries", "title"}
    assert "boundaries" in result.corrected[0]
    assert len(articles[0].blocks) == 6  # the parse itself is not changed


def test_merge_keeps_the_second_headline_as_a_subheading(articles):
    result = apply_corrections(
        articles, [correct(articles, 1, "title", "merge", direction="previous")]
    )
    merged = result.articles[0]
    assert len(result.articles) == len(articles) - 1
    assert merged.title == articles[0].title
    assert {"type": "subheading", "text": articles[1].title} in [
        {"type": b.type, "text": b.text} for b in merged.blocks
    ]
    assert merged.blocks[-1] == articles[1].blocks[-1]
    assert merged.authors == ["俞超", "印沁沁"]


def test_move_a_paragraph_to_the_next_article(articles):
    last = len(articles[0].blocks) - 1
    result = apply_corrections(articles, [correct(articles, 0, last, "move", direction="next")])
    assert result.articles[1].blocks[0] == articles[0].blocks[last]
    assert result.articles[0].blocks == articles[0].blocks[:last]


def test_a_kicker_taken_for_a_title_and_a_line_given_as_byline(articles):
    fixes = [
        correct(articles, 0, "kicker", "role", role="subtitle"),
        correct(articles, 1, 0, "role", role="byline"),
    ]
    result = apply_corrections(articles, fixes)
    assert result.applied == [True, True]
    assert result.articles[0].kicker is None
    assert result.articles[0].subtitle == articles[0].kicker
    assert articles[1].blocks[0].text in result.articles[1].markers
    assert result.articles[1].blocks[0] == articles[1].blocks[1]


def test_a_page_header_leaves_the_text_and_a_caption_becomes_a_photo(articles):
    fixes = [
        correct(articles, 2, "title", "role", role="page_header"),
        correct(articles, 4, 3, "role", role="caption"),
    ]
    result = apply_corrections(articles, fixes)
    assert result.articles[2].title is None
    assert articles[2].title in result.articles[2].markers
    photo = result.articles[5]
    assert photo.kind == "photo" and photo.blocks[0].text == articles[4].blocks[3].text


def test_edit_join_and_cut(articles):
    text = articles[5].blocks[0].text
    fixes = [
        correct(
            articles, 4, "title", "edit", fields={"authors": ["俞超", "李华成"], "kind": "brief"}
        ),
        correct(articles, 5, 0, "join"),
    ]
    result = apply_corrections(articles, fixes)
    assert result.articles[4].authors == ["俞超", "李华成"] and result.articles[4].kind == "brief"
    assert result.corrected[4] == {"authors", "kind"}
    joined = result.articles[5].blocks[0].text
    assert joined == text + articles[5].blocks[1].text
    cut = Correction("cut", anchor_line(result.articles[5], 0), cut_details(joined, len(text)))
    again = apply_corrections(result.articles, [cut])
    assert [b.text for b in again.articles[5].blocks[:2]] == [text, articles[5].blocks[1].text]


def test_a_correction_whose_line_is_gone_does_not_apply(articles):
    fix = correct(articles, 0, 2, "split")
    changed = apply_corrections(articles, [correct(articles, 0, 2, "role", role="page_header")])
    result = apply_corrections(changed.articles, [fix])
    assert result.applied == [False]
    assert len(result.articles) == len(articles)


def test_corrections_apply_again_to_a_parse_that_moved_the_text(articles):
    fix = correct(articles, 1, 3, "split", roles=["title"])
    reparsed = [*articles[:1], articles[1], *articles[2:]]
    reparsed = apply_corrections(reparsed, [correct(articles, 0, 0, "move", direction="next")])
    result = apply_corrections(reparsed.articles, [fix])
    assert result.applied == [True]
    assert result.articles[2].title == articles[1].blocks[3].text


def test_bad_details_say_what_is_wrong(articles):
    anchor = anchor_line(articles[0], 0)
    with pytest.raises(CorrectionError, match="role"):
        check(Correction("role", anchor, {"role": "headline"}))
    with pytest.raises(CorrectionError, match="kind"):
        check(Correction("edit", anchor, {"fields": {"kind": "poem"}}))
    with pytest.raises(CorrectionError, match="direction"):
        check(Correction("merge", anchor, {}))
    with pytest.raises(CorrectionError, match="no line"):
        anchor_line(articles[0], "subtitle")


def test_a_rule_takes_the_short_lines_that_start_so(articles):
    from desktop.domain.corrections import LineRule, rule_start

    assert rule_start("□记者  胡蝶飞") == "□记者"
    last = articles[1].blocks[-1].text  # 区领导姚卫华、魏晓栋出席会议。
    result = apply_corrections(articles, [], [LineRule("区领导", "page_header")])
    for before, after in zip(articles, result.articles, strict=True):
        kept = [
            b.text for b in before.blocks if not (b.text.startswith("区领导") and len(b.text) <= 40)
        ]
        assert [b.text for b in after.blocks] == kept
    assert last in result.articles[1].markers
    long_ones = [b.text for a in result.articles for b in a.blocks if b.text.startswith("区领导")]
    assert all(len(text) > 40 for text in long_ones)  # running text is never a rule's
