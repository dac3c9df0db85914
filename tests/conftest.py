"""Test-wide setup: Qt runs offscreen, hypothesis has a fast default and a thorough profile."""

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from desktop.nlp import Segmenter
from desktop.resources import seed_files
from desktop.services.library import open_library
from desktop.store.database import open_database

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

settings.register_profile(
    "default", max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
# `HYPOTHESIS_PROFILE=thorough python -m pytest tests/unit/ingest/test_properties.py`
settings.register_profile(
    "thorough", max_examples=20_000, deadline=None, suppress_health_check=list(HealthCheck)
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


# ---- the library -----------------------------------------------------------------------------


@pytest.fixture(scope="session")
def segmenter(tmp_path_factory) -> Segmenter:
    """jieba loads once per test run (half a second), with its cache in a temp folder."""
    seg = Segmenter(tmp_path_factory.mktemp("jieba-cache"))
    seg.load()
    return seg


@pytest.fixture(scope="session")
def seeded_library_file(tmp_path_factory, segmenter: Segmenter) -> Path:
    """A library as a new user's first run makes it: the five seeds imported."""
    path = tmp_path_factory.mktemp("seeded") / "library.sqlite3"
    open_library(path, segmenter, seeds=seed_files()).close()
    return path


@pytest.fixture(scope="module")
def seeded(tmp_path_factory, seeded_library_file: Path):
    """One seeded library shared by a module's read-only tests (hypothesis reuses it)."""
    path = tmp_path_factory.mktemp("seeded-module") / "library.sqlite3"
    shutil.copyfile(seeded_library_file, path)
    db = open_database(path)
    yield db
    db.close()


@pytest.fixture
def db(tmp_path: Path, seeded_library_file: Path):
    """A fresh copy of the seeded library for each test, in the test's own temp dir."""
    path = tmp_path / "library.sqlite3"
    shutil.copyfile(seeded_library_file, path)
    db = open_database(path)
    yield db
    db.close()


@pytest.fixture
def empty_db(tmp_path: Path):
    db = open_database(tmp_path / "empty.sqlite3")
    yield db
    db.close()
