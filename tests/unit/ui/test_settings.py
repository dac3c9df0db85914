"""Settings round-trip through the INI file, and a broken or unknown value falls back to its
default instead of breaking the start."""

from pathlib import Path

from PySide6.QtCore import QByteArray

from desktop.ui.settings import DEFAULT_FONT_SIZE, ReadingStyle, Settings


def ini(tmp_path: Path) -> Path:
    return tmp_path / "config" / "settings.ini"


def test_a_new_settings_file_gives_the_defaults(tmp_path):
    settings = Settings(ini(tmp_path))  # the folder is made
    assert settings.theme == "system"
    assert settings.language == "system"
    assert settings.font_size == DEFAULT_FONT_SIZE
    assert settings.reading_style == ReadingStyle()
    assert settings.last_article is None
    assert settings.library_file is None
    assert settings.state("mainWindow") is None


def test_values_round_trip_through_the_file(tmp_path):
    settings = Settings(ini(tmp_path))
    settings.theme = "sepia"
    settings.language = "en"
    settings.last_article = 42
    settings.library_file = tmp_path / "other.sqlite3"
    style = ReadingStyle(typeface="sans", font_size=21, line_spacing=2.0, margin=40, justify=False)
    settings.reading_style = style
    settings.set_state("mainWindow", QByteArray(b"\x00\x01geometry"))
    settings.sync()

    again = Settings(ini(tmp_path))
    assert again.theme == "sepia"
    assert again.language == "en"
    assert again.last_article == 42
    assert again.library_file == tmp_path / "other.sqlite3"
    assert again.reading_style == style
    assert again.font_size == 21
    assert again.state("mainWindow") == QByteArray(b"\x00\x01geometry")


def test_clearing_the_last_article_and_the_library_choice(tmp_path):
    settings = Settings(ini(tmp_path))
    settings.last_article = 9
    settings.library_file = tmp_path / "x.sqlite3"
    settings.last_article = None
    settings.library_file = None
    settings.sync()
    again = Settings(ini(tmp_path))
    assert again.last_article is None
    assert again.library_file is None


def test_garbage_in_the_file_falls_back_to_the_defaults(tmp_path):
    path = ini(tmp_path)
    path.parent.mkdir(parents=True)
    path.write_text(
        "[reader]\ntheme=neon\nfont_size=huge\nline_spacing=wide\nmargin=-5\njustify=maybe\n"
        "line_length=500\n[ui]\nlanguage=klingon\n[session]\nlast_article=first\n"
        "[state]\nmainWindow=not-bytes\n",
        "utf-8",
    )
    settings = Settings(path)
    assert settings.theme == "system"
    assert settings.language == "system"
    assert settings.font_size == DEFAULT_FONT_SIZE
    assert settings.last_article is None
    assert settings.state("mainWindow") is None
    style = settings.reading_style
    assert style.line_spacing == ReadingStyle().line_spacing
    assert style.margin == 0  # a number out of range is brought into it
    assert style.line_length == 80
    assert style.justify is False  # only "true" is true


def test_numbers_out_of_range_are_clamped_when_written(tmp_path):
    settings = Settings(ini(tmp_path))
    settings.font_size = 99
    assert settings.font_size == 40
    settings.reading_style = ReadingStyle(font_size=3, line_spacing=9.0, paragraph_spacing=-1.0)
    style = settings.reading_style
    assert (style.font_size, style.line_spacing, style.paragraph_spacing) == (10, 3.0, 0.0)


def test_clamped_keeps_a_style_in_range_as_it_is():
    style = ReadingStyle(font_size=20, line_spacing=1.5, margin=10, line_length=40)
    assert style.clamped() == style
