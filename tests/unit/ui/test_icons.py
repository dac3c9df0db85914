"""Icons take the theme's colour; a theme change gives new ones."""

import pytest

from desktop.ui import icons


@pytest.fixture
def restore_colour():
    yield
    icons.set_color("#1f2328")


def test_an_icon_is_made_once_per_colour(qtbot, restore_colour):
    first = icons.icon("fa5s.tag")
    assert not first.isNull()
    assert icons.icon("fa5s.tag").cacheKey() == first.cacheKey()
    assert icons.icon("fa5s.tag", "#ff0000").cacheKey() != first.cacheKey()


def test_a_theme_colour_change_gives_new_icons(qtbot, restore_colour):
    light = icons.icon("fa5s.tag")
    icons.set_color("#d8dadf")
    dark = icons.icon("fa5s.tag")
    assert dark.cacheKey() != light.cacheKey()
    image = dark.pixmap(32, 32).toImage()
    colours = {
        image.pixelColor(x, y).name()
        for x in range(32)
        for y in range(32)
        if image.pixelColor(x, y).alpha() == 255
    }
    assert colours == {"#d8dadf"}
