"""The bundled files are found from a checkout, from an installed package and from a frozen
bundle."""

import sys

from desktop import resources


def test_the_seeds_and_resources_are_found_in_this_checkout():
    seeds = resources.seed_files()
    assert len(seeds) == 5 and all(p.suffix == ".txt" and p.is_file() for p in seeds)
    assert seeds == sorted(seeds)
    assert resources.seeds_dir() == resources.app_root() / "seeds"
    assert (
        resources.resource_path("a", "b.txt") == resources.app_root() / "resources" / "a" / "b.txt"
    )
    assert (resources.app_root() / "resources").is_dir()


def test_a_frozen_bundle_keeps_its_files_in_its_own_folder(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.app_root() == tmp_path
    assert resources.seed_files() == []
    assert resources.resource_path("icons") == tmp_path / "resources" / "icons"
