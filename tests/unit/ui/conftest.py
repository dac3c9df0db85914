import shutil

import pytest

from desktop.paths import AppPaths
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
