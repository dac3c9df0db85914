"""The table of known papers: a masthead names its paper, a text's places suggest one."""

from desktop.ingest.papers import bundled_papers


def test_the_bundled_table_knows_the_seed_papers_masthead():
    papers = bundled_papers()
    assert papers.names
    name = sorted(papers.names, key=len)[-1]
    assert papers.masthead([name]) is not None


def test_a_line_that_is_not_a_masthead_names_no_paper():
    assert bundled_papers().masthead(["本报讯 5月12日，会议举行。"]) is None
