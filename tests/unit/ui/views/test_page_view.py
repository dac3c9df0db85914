"""The page view alone: a drawn page with its regions, the current one outlined, a click on a
region naming its article (the inner one where a caption sits in its story), and a word in
place of the page when there is none."""

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage

from desktop.ui.views.page_view import PageView, ShownRegion

STORY = ShownRegion(1, ((40.0, 60.0, 400.0, 300.0),), "冬日田野备春耕")
CAPTION = ShownRegion(2, ((200.0, 200.0, 380.0, 280.0),), "图片说明")
OTHER = ShownRegion(3, ((420.0, 60.0, 800.0, 300.0),), "外贸规模稳中有增")


def _view(qtbot):
    view = PageView()
    qtbot.addWidget(view)
    view.resize(500, 700)
    view.show()
    image = QImage(421, 596, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    view.set_controls(1, [1, 2])
    view.show_page(image, 0.5, [STORY, CAPTION, OTHER], current=1)
    return view


def _centre(view, region):
    return view.canvas.rect_of(region.boxes[0]).center().toPoint()


def test_a_click_on_a_region_names_its_article_the_inner_one_first(qtbot):
    view = _view(qtbot)
    with qtbot.waitSignal(view.canvas.regionClicked) as clicked:
        qtbot.mouseClick(view.canvas, Qt.MouseButton.LeftButton, pos=_centre(view, OTHER))
    assert clicked.args == [3]
    with qtbot.waitSignal(view.canvas.regionClicked) as clicked:
        qtbot.mouseClick(view.canvas, Qt.MouseButton.LeftButton, pos=_centre(view, CAPTION))
    assert clicked.args == [2]
    with qtbot.assertNotEmitted(view.canvas.regionClicked):
        qtbot.mouseClick(view.canvas, Qt.MouseButton.LeftButton, pos=QPoint(5, 590))


def test_the_current_articles_region_is_where_the_page_is_scrolled_to(qtbot):
    view = _view(qtbot)
    rect = view.canvas.current_rect()
    assert rect is not None
    assert rect.left() < 40 * 0.5 and rect.bottom() > 300 * 0.5  # the story's box, in pixels
    assert view.page_label.text() == "第1版（共2版）"
    assert not view.previous.isEnabled() and view.next.isEnabled()


def test_without_a_page_only_the_word_is_shown(qtbot):
    view = _view(qtbot)
    view.clear("这一期没有版面可显示。")
    assert view.message.isVisible() and view.message.text() == "这一期没有版面可显示。"
    assert not view.scroll.isVisible() and not view.next.isVisible()
    assert view.canvas.image.isNull()
