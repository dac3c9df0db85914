"""The window comes back as the user left it: size, docks, columns and the open article."""

from desktop.ui.window_state import FIRST_SIZE


def test_a_first_start_has_the_first_size_and_opens_the_first_article(window):
    assert (window.width(), window.height()) != (0, 0)
    assert window.reading.current is not None
    assert FIRST_SIZE[0] > FIRST_SIZE[1]


def test_size_columns_and_open_article_survive_a_restart(open_window, data_dir):
    window = open_window(data_dir)
    total = sum(window.splitter.sizes())
    window.splitter.setSizes([180, total - 351, 171])
    columns = window.splitter.sizes()
    window.reading.step_article(1)
    article = window.reading.current.article.id
    window.close()
    window.db.close()

    again = open_window(data_dir)
    assert again.reading.current.article.id == article
    assert again.splitter.sizes() == columns
