"""The dialog of an article's headline fields hands back only what the user changed."""

from desktop.services.articles import list_articles
from desktop.store.models import Article
from desktop.ui.views.article_fields_dialog import ArticleFieldsDialog, authors_of


def test_authors_are_split_at_any_comma():
    assert authors_of("俞超，李华成、 王五, 赵六；") == ["俞超", "李华成", "王五", "赵六"]
    assert authors_of("  ") == []


def test_only_the_changed_fields_come_back(qtbot, seeded):
    first = list_articles(seeded, 1)[0]
    with seeded.session() as session:
        article = session.get(Article, first.id)
    dialog = ArticleFieldsDialog(article)
    qtbot.addWidget(dialog)
    assert dialog.fields["title"].text() == article.title
    assert dialog.kind.currentData() == article.kind
    assert dialog.changed() == {}
    dialog.fields["kicker"].setText("")
    dialog.fields["section"].setText("要闻")
    assert dialog.changed() == {"kicker": None, "section": "要闻"}
