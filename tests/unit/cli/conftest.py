"""The CLI tests run against folders in tmp_path only: were an option ignored, the default
library would be a temporary one, never the user's."""

import pytest


@pytest.fixture(autouse=True)
def default_folders_in_tmp(tmp_path, monkeypatch):
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(name, str(tmp_path / "default" / name.lower()))
    return tmp_path / "default"
