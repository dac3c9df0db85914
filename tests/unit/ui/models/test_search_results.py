from desktop.services.search import SearchHit
from desktop.ui.models.search_results import HitRole, SearchResultsModel, marked_html


def test_a_snippet_is_escaped_and_its_hits_marked():
    html = marked_html("<b>网格</b>化管理", ((3, 5),), "#ffa94d")
    assert html == '&lt;b&gt;<span style="background:#ffa94d">网格</span>&lt;/b&gt;化管理'


def test_overlapping_marks_do_not_repeat_text():
    html = marked_html("甲乙丙丁", ((0, 2), (1, 3)), "red")
    assert html == '<span style="background:red">甲乙</span>丙丁'


def test_a_hit_shows_headline_snippet_and_where_it_is(qtmodeltester):
    model = SearchResultsModel()
    hit = SearchHit(
        article_id=5, key="k", issue_id=1, paper="嘉定报", date="2024-05-10", kind="news",
        title="网格员的一天", score=1.0, headline="网格员的一天", text="社区网格员走访",
        terms=("网格",),
    )  # fmt: skip
    model.set_rows([hit])
    index = model.index(0)
    assert index.data() == f"网格员的一天\n{hit.snippet}" and "网格员走访" in hit.snippet
    assert index.data(HitRole.ARTICLE_ID) == 5
    assert "嘉定报 · 2024-05-10" in index.data(0x03)
    rich = index.data(HitRole.RICH)
    assert rich.count('<span style="background:#ffa94d">网格</span>') == 2  # headline, snippet
    qtmodeltester.check(model)
