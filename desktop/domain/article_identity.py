"""Which article of a new parse continues which article of the old one, and which new articles
took over an old article's text: what re-parsing hands user data (tags, read state, highlights)
along by.

An article is known by its headline and the start of its text. Matching is near-linear in the
number of articles: identical ones pair through a hash; each of the others is compared with the
new article where the issue's order puts it and, unless that one surely continues it, with the
few that share most of its rarest character pairs (found through an inverted index), never with
all of them. Which new articles hold an old article's paragraphs is found through their first
and last characters, indexed the same way.

Articles that read alike (near copies) are told apart by their place in the order only: a new
parse that both reorders an issue and holds near copies may pair some of them crosswise.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import chain

IDENTITY_CHARS = 600  # of an article's text, with its headline, that say which article it is
SAME_ARTICLE = 0.3  # bigram similarity from which a new article continues an old one
HEIR_SIMILARITY = 0.1  # … from which, failing shared paragraphs, it may inherit its user data
HEIR_SHARE = 0.2  # share of an old article's paragraphs a new one must hold to inherit them
SURELY_SAME = 0.8  # … from which the next old article is looked for after it in the new order
QUERY_PAIRS = 24  # the rarest character pairs of an article that look up its candidates
COMMON_PAIR = 64  # a pair in more new articles than this says too little to look them up by
CANDIDATES = 4  # candidates scored per article, besides the two where the order puts it
PARAGRAPH_KEY = 12  # characters at each end of a paragraph that identify it
COMMON_KEY = 16  # a paragraph end shared by more articles than this is boilerplate, not identity


def article_key(sha256: str, ordinal: int, generation: str = "") -> str:
    """The key user data names an article by: its issue's content hash and its place at import."""
    return f"{sha256[:16]}:{generation}{ordinal:03d}"


def fresh_article_key(sha256: str, ordinal: int, taken: set[str]) -> str:
    """A key for an article a re-parse found that continues none before it."""
    generation = 1
    while (key := article_key(sha256, ordinal, f"r{generation}-")) in taken:
        generation += 1
    return key


@dataclass(frozen=True)
class ArticleText:
    title: str | None
    text: str

    @property
    def identity(self) -> str:
        return f"{self.title or ''}\n{self.text[:IDENTITY_CHARS]}"


@dataclass
class Matching:
    continues: dict[int, int] = field(default_factory=dict)  # new index → old index
    # Old index → the new articles (other than its continuation) that hold paragraphs of it,
    # the most first: where its highlights may have gone.
    holders: dict[int, list[int]] = field(default_factory=dict)
    # Old articles no new one continues → the new article their user data goes to.
    heirs: dict[int, int] = field(default_factory=dict)
    evaluations: int = 0  # similarities computed: bounded by CANDIDATES per article


def bigrams(text: str) -> set[int]:
    """The text's pairs of adjacent characters, each as one number (its two code points)."""
    # Read as UTF-32, every 8 bytes are two characters: from byte 0 the pairs that start at an
    # even index, from byte 4 those that start at an odd one. Python makes no string per pair.
    data = text.encode("utf-32-le", "surrogatepass")
    even = memoryview(data[: len(data) // 8 * 8]).cast("Q")
    odd = memoryview(data[4 : 4 + (len(data) - 4) // 8 * 8]).cast("Q")
    return {*even, *odd}


def similarity(a: set[int], b: set[int]) -> float:
    if not a or not b:
        return 1.0 if a == b else 0.0
    shared = len(a & b)
    return shared / (len(a) + len(b) - shared)


def match_articles(old: Sequence[ArticleText], new: Sequence[ArticleText]) -> Matching:
    matching = Matching()
    unmatched_old = _pair_identical(old, new, matching)
    unmatched_new = [i for i in range(len(new)) if i not in matching.continues]
    scored = _pair_similar(old, new, unmatched_old, unmatched_new, matching)
    continuation = {o: n for n, o in matching.continues.items()}
    for o, holders in _holders(old, new).items():
        if o not in continuation:
            best, share = holders[0]
            if share >= HEIR_SHARE:
                matching.heirs[o] = best
        mine = [n for n, _ in holders if n != continuation.get(o)]
        if mine:
            matching.holders[o] = mine
    for o, candidates in scored.items():
        if o not in continuation and o not in matching.heirs:
            score, n = max(candidates)
            if score > HEIR_SIMILARITY:
                matching.heirs[o] = n
    return matching


def _pair_identical(
    old: Sequence[ArticleText], new: Sequence[ArticleText], matching: Matching
) -> list[int]:
    """Pair articles whose headline and text are the same, in order; return the old rest."""
    by_text: dict[tuple[str | None, str], list[int]] = defaultdict(list)
    for o in reversed(range(len(old))):
        by_text[(old[o].title, old[o].text)].append(o)
    for n, article in enumerate(new):
        same = by_text.get((article.title, article.text))
        if same:
            matching.continues[n] = same.pop()
    taken = set(matching.continues.values())
    return [o for o in range(len(old)) if o not in taken]


def _pair_similar(
    old: Sequence[ArticleText],
    new: Sequence[ArticleText],
    old_left: list[int],
    new_left: list[int],
    matching: Matching,
) -> dict[int, list[tuple[float, int]]]:
    """Pair the rest by similarity, best pairs first, one to one; return each old article's
    scored candidates. An old article is compared with the new articles where the issue's
    order puts it (beside where the one before it went) and, unless one of those surely
    continues it, with the few that share most of its rarest character pairs."""
    lookup = _PairIndex(new, new_left)
    pairs: list[tuple[float, bool, int, int]] = []  # score, off the order?, old, new
    scored: dict[int, list[tuple[float, int]]] = {}
    identical = {o: n for n, o in matching.continues.items()}
    left = set(old_left)
    last, step = -1, 1  # where the old article before went, and which way the order runs
    for o in range(len(old)):
        if o not in left:
            last = identical.get(o, last + step)
            continue
        mine = bigrams(old[o].identity)
        in_order = [n for n in (last + step, last - step) if lookup.has(n)]
        scores = {n: similarity(mine, lookup.grams(n)) for n in in_order}
        if max(scores.values(), default=0.0) < SURELY_SAME:
            for n in lookup.sharing_rarest(mine):
                if n not in scores:
                    scores[n] = similarity(mine, lookup.grams(n))
        matching.evaluations += len(scores)
        if scores:
            scored[o] = [(score, n) for n, score in scores.items()]
        # Between articles that read alike, the one where the order puts it is the one.
        pairs.extend((score, n not in in_order, o, n) for n, score in scores.items())
        best_score, best = max(((score, n) for n, score in scores.items()), default=(0.0, -1))
        if best_score >= SURELY_SAME:
            step = best - last if abs(best - last) == 1 else step
            last = best
        else:
            last += step  # an article the new parse changed beyond recognition, most likely
    pairs.sort(key=lambda p: (-p[0], p[1], p[3], p[2]))
    used_old: set[int] = set()
    for score, _, o, n in pairs:
        if score < SAME_ARTICLE:
            break
        if n not in matching.continues and o not in used_old:
            matching.continues[n] = o
            used_old.add(o)
    return scored


class _PairIndex:
    """The new articles' character pairs, and which articles hold each pair (made when first
    needed: a parse that kept the order rarely needs it)."""

    def __init__(self, new: Sequence[ArticleText], left: list[int]) -> None:
        self._new = new
        self._left = set(left)
        self._grams: dict[int, set[int]] = {}
        self._holders: dict[int, list[int]] | None = None

    def has(self, n: int) -> bool:
        return n in self._left

    def grams(self, n: int) -> set[int]:
        if n not in self._grams:
            self._grams[n] = bigrams(self._new[n].identity)
        return self._grams[n]

    def sharing_rarest(self, mine: set[int]) -> list[int]:
        if self._holders is None:
            left = sorted(self._left)
            counts = Counter(chain.from_iterable(self.grams(n) for n in left))
            telling = {g for g, count in counts.items() if count <= COMMON_PAIR}
            self._holders = defaultdict(list)
            for n in left:
                for gram in self.grams(n) & telling:
                    self._holders[gram].append(n)
        holders = self._holders
        rare = sorted(mine & holders.keys(), key=lambda g: len(holders[g]))
        votes = Counter(n for g in rare[:QUERY_PAIRS] for n in holders[g])
        return [n for n, _ in votes.most_common(CANDIDATES)]


def _paragraph_keys(text: str) -> Iterable[tuple[str, int]]:
    """Each long enough paragraph's two ends, with its length."""
    for line in text.split("\n"):
        line = line.strip()
        if len(line) >= PARAGRAPH_KEY:
            yield "<" + line[:PARAGRAPH_KEY], len(line)
            yield ">" + line[-PARAGRAPH_KEY:], len(line)


def _holders(old: Sequence[ArticleText], new: Sequence[ArticleText]) -> dict[int, list]:
    """Old index → the new articles holding its paragraphs, with the share of its paragraphs'
    text each holds, the most first."""
    index: dict[str, set[int]] = defaultdict(set)
    for n, article in enumerate(new):
        for key, _ in _paragraph_keys(article.text):
            index[key].add(n)
    found: dict[int, list[tuple[int, float]]] = {}
    for o, article in enumerate(old):
        weights: Counter[int] = Counter()
        total = 0
        for key, length in _paragraph_keys(article.text):
            total += length
            holders = index.get(key, ())
            if len(holders) <= COMMON_KEY:
                for n in holders:
                    weights[n] += length
        if weights:
            found[o] = [(n, weight / total) for n, weight in weights.most_common()]
    return found
