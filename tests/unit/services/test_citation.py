"""Copy with citation: GB/T 7714, APA 7 and Chicago 17 for newspaper articles."""

from desktop.services.articles import get_article, list_articles
from desktop.services.citation import (
    CITATION_STYLES,
    Name,
    Reference,
    apa,
    chicago,
    cite,
    cite_in,
    gb_t_7714,
    split_name,
)


def _ref(**changes):
    fields = dict(key="k", title="共同营造风清气正的政治生态", subtitle=None, paper="嘉定报",
                  date="2023-05-16", page="1", authors=("俞超",))  # fmt: skip
    return Reference(**(fields | changes))


def test_gb_t_7714_newspaper():
    assert gb_t_7714(_ref()) == "俞超. 共同营造风清气正的政治生态[N]. 嘉定报, 2023-05-16(1)."
    assert gb_t_7714(_ref(authors=("甲", "乙", "丙", "丁"), page=None)) == (
        "甲, 乙, 丙, 等. 共同营造风清气正的政治生态[N]. 嘉定报, 2023-05-16."
    )


def test_apa_newspaper_article():
    assert apa(_ref()) == "俞超. (2023, May 16). 共同营造风清气正的政治生态. 嘉定报, 1."
    assert apa(_ref(authors=("俞超", "李华成"), date="2023-05", page=None)) == (
        "俞超, & 李华成. (2023, May). 共同营造风清气正的政治生态. 嘉定报."
    )
    assert apa(_ref(authors=("John Smith", "Mary Ann Lee"), title="A title?")) == (
        "Smith, J., & Lee, M. A. (2023, May 16). A title? 嘉定报, 1."
    )
    # Without an author the title leads, then the date.
    assert apa(_ref(authors=(), date=None, page=None)) == (
        "共同营造风清气正的政治生态. (n.d.). 嘉定报."
    )


def test_chicago_newspaper_article():
    assert chicago(_ref()) == "俞超. “共同营造风清气正的政治生态.” 嘉定报, May 16, 2023."
    assert chicago(_ref(authors=("John Smith", "俞超", "李华成"), date="2023")) == (
        "Smith, John, 俞超, and 李华成. “共同营造风清气正的政治生态.” 嘉定报, 2023."
    )
    assert chicago(_ref(authors=("俞超", "李华成"), subtitle="副题", date="2023-05")) == (
        "俞超 and 李华成. “共同营造风清气正的政治生态：副题.” 嘉定报, May 2023."
    )


def test_every_style_cites_a_seeded_article(db):
    view = get_article(db, list_articles(db)[0].id)
    assert list(CITATION_STYLES) == ["gb-t-7714", "apa", "chicago"]
    assert cite_in("gb-t-7714", view) == "俞超. 共同营造风清气正的政治生态[N]. 嘉定报, 2023-05."
    assert cite_in("apa", view) == "俞超. (2023, May). 共同营造风清气正的政治生态. 嘉定报."
    assert cite_in("chicago", view) == "俞超. “共同营造风清气正的政治生态.” 嘉定报, May 2023."


def test_citation_gb_t_7714_newspaper():
    assert cite(["俞超"], "共同营造风清气正的政治生态", "嘉定报", "2023-05-16", page="1") == (
        "俞超. 共同营造风清气正的政治生态[N]. 嘉定报, 2023-05-16(1)."
    )
    assert cite(["甲", "乙", "丙", "丁"], "题", "报", None) == "甲, 乙, 丙, 等. 题[N]. 报."
    assert cite([], None, None, None) == "（无题）[N]."


def test_apa_and_chicago_give_the_date_as_far_as_it_is_known():
    dated = {d: (apa(_ref(date=d)), chicago(_ref(date=d))) for d in ("2023", "2023-05", None)}
    assert dated["2023"] == (
        "俞超. (2023). 共同营造风清气正的政治生态. 嘉定报, 1.",
        "俞超. “共同营造风清气正的政治生态.” 嘉定报, 2023.",
    )
    assert dated["2023-05"] == (
        "俞超. (2023, May). 共同营造风清气正的政治生态. 嘉定报, 1.",
        "俞超. “共同营造风清气正的政治生态.” 嘉定报, May 2023.",
    )
    assert dated[None] == (
        "俞超. (n.d.). 共同营造风清气正的政治生态. 嘉定报, 1.",
        "俞超. “共同营造风清气正的政治生态.” 嘉定报.",
    )


def test_chinese_names_split_after_the_surname_and_compound_surnames_keep_two_characters():
    assert split_name("俞超") == Name(family="俞", given="超")
    assert split_name("李华成") == Name(family="李", given="华成")
    assert split_name("欧阳修") == Name(family="欧阳", given="修")
    assert split_name("司马相如") == Name(family="司马", given="相如")
    assert split_name("诸葛亮") == Name(family="诸葛", given="亮")
    assert split_name("上官婉儿") == Name(family="上官", given="婉儿")
    assert split_name("John Smith") == Name(family="Smith", given="John")
    assert split_name("穆罕默德·阿里") == Name(literal="穆罕默德·阿里")
    assert split_name("区投促中心融媒体工作室") == Name(literal="区投促中心融媒体工作室")
