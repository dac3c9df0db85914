"""Matching a new parse's articles to the old ones: right, and with work that grows with the
number of articles, not with its square."""

import random

import pytest

from desktop.domain.article_identity import CANDIDATES, ArticleText, match_articles

CHARS = [chr(c) for c in range(0x4E00, 0x4E00 + 2500)]


def _text(rnd, n):
    lines = []
    while n > 0:
        size = min(n, rnd.randint(30, 120))
        lines.append("".join(rnd.choices(CHARS, k=size)))
        n -= size
    return "\n".join(lines)


def _articles(count, seed=7):
    rnd = random.Random(seed)
    return [ArticleText(_text(rnd, 8), _text(rnd, rnd.randint(20, 700))) for _ in range(count)]


def _revised(article):
    """As a new parser version prints it: a lead sentence added, a character changed."""
    text = "【更新】" + article.text
    middle = len(text) // 2
    return ArticleText(article.title, text[:middle] + "改" + text[middle + 1 :])


@pytest.mark.slow
def test_every_revised_article_continues_its_own_in_any_order_with_bounded_work():
    old = _articles(3000)
    new = [_revised(a) for a in old][::-1]
    matching = match_articles(old, new)
    assert matching.continues == {n: len(old) - 1 - n for n in range(len(new))}
    assert matching.evaluations <= (CANDIDATES + 2) * len(old)
    assert not matching.heirs and not matching.holders


def test_a_few_revised_articles_continue_their_own_in_any_order_with_bounded_work():
    old = _articles(60)
    new = [_revised(a) for a in old][::-1]
    matching = match_articles(old, new)
    assert matching.continues == {n: len(old) - 1 - n for n in range(len(new))}
    assert matching.evaluations <= (CANDIDATES + 2) * len(old)
    assert not matching.heirs and not matching.holders


def test_unchanged_articles_pair_without_any_similarity():
    old = _articles(500)
    twins = [ArticleText(None, ""), ArticleText(None, "")]
    matching = match_articles(old + twins, twins + old)
    assert matching.continues == {n: (n + 500) % 502 for n in range(502)}
    assert matching.evaluations == 0


def test_a_split_article_is_continued_by_its_first_part_and_held_by_its_second():
    old = _articles(40)
    lines = old[10].text.split("\n")
    assert len(lines) >= 4
    first = ArticleText(old[10].title, "\n".join(lines[:2]))
    second = ArticleText("续", "\n".join(lines[2:]))
    new = [*old[:10], first, second, *old[11:]]
    matching = match_articles(old, new)
    assert matching.continues[10] == 10 and 11 not in matching.continues
    assert matching.holders == {10: [11]}


def test_merged_articles_leave_their_user_data_to_the_merged_one():
    old = _articles(40)
    merged = ArticleText(old[5].title, old[5].text + "\n" + old[6].text)
    new = [*old[:5], merged, *old[7:]]
    matching = match_articles(old, new)
    assert matching.continues[5] == 5 and matching.heirs == {6: 5}
    assert matching.holders == {6: [5]}


def test_an_article_that_is_gone_has_no_heir():
    old = _articles(40)
    matching = match_articles(old, old[:20] + old[21:])
    assert 20 not in matching.continues.values() and matching.heirs == {}
