import shutil

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from desktop.paths import AppPaths
from desktop.resources import resource_path
from desktop.ui.app import build_window, make_application


@pytest.fixture
def data_dir(tmp_path, seeded_library_file):
    """A user's data folder holding a copy of the seeded library."""
    paths = AppPaths.in_folder(tmp_path / "home")
    paths.data_dir.mkdir(parents=True)
    shutil.copyfile(seeded_library_file, paths.library_file)
    return paths


@pytest.fixture
def open_window(qtbot, segmenter):
    """Open the real main window on a data folder; closed at the end of the test."""
    make_application()
    opened = []

    def _open(paths):
        window = build_window(paths, segmenter=segmenter)
        qtbot.addWidget(window)
        window.resize(1300, 820)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        opened.append(window)
        return window

    yield _open
    for window in opened:
        window.db.close()


@pytest.fixture
def window(open_window, data_dir):
    return open_window(data_dir)


@pytest.fixture
def english(qtbot):
    """The English interface: the catalogue installed for the test, removed after it."""
    translator = QTranslator()
    assert translator.load(str(resource_path("i18n", "district-reader_en.qm")))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)
