"""Where the app keeps its files: per user, or all under one folder (--data-dir)."""

from pathlib import Path

from desktop.paths import APP_NAME, LIBRARY_FILE, AppPaths


def test_one_folder_holds_the_data_settings_logs_and_cache_apart(tmp_path):
    paths = AppPaths.in_folder(str(tmp_path))
    assert (paths.data_dir, paths.config_dir, paths.log_dir, paths.cache_dir) == (
        tmp_path / "data",
        tmp_path / "config",
        tmp_path / "logs",
        tmp_path / "cache",
    )
    assert paths.library_file == tmp_path / "data" / LIBRARY_FILE


def test_a_users_folders_are_named_for_the_app():
    paths = AppPaths.for_user()
    folders = (paths.data_dir, paths.config_dir, paths.log_dir, paths.cache_dir)
    assert all(isinstance(p, Path) and APP_NAME in p.parts for p in folders)
    assert paths.library_file.name == "library.sqlite3"
