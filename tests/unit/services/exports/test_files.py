"""Writing an export: the whole file or nothing, and a place that cannot be written is named
with the reason."""

import pytest

from desktop.services.errors import InvalidInput
from desktop.services.exports.files import write_atomically
from tests.helpers.filesystems import read_only_folder, tiny_filesystem


def test_written_exports_are_whole_or_absent(tmp_path):
    target = tmp_path / "out" / "notes.md"
    write_atomically(target, "内容")
    assert target.read_text("utf-8") == "内容"
    assert [p.name for p in target.parent.iterdir()] == ["notes.md"]


def test_a_place_that_cannot_be_written_is_named_with_the_reason(tmp_path):
    a_file = tmp_path / "notes.md"
    a_file.write_text("旧", "utf-8")
    with pytest.raises(InvalidInput, match="a part of its path is a file, not a folder"):
        write_atomically(a_file / "x.md", "内容")
    with pytest.raises(InvalidInput, match="is a folder: name the file to write"):
        write_atomically(tmp_path, "内容")
    with (
        read_only_folder(tmp_path / "ro", {}) as folder,
        pytest.raises(InvalidInput, match="cannot be written"),
    ):
        write_atomically(folder / "x.md", "内容")
    with tiny_filesystem(tmp_path / "tiny", 64) as folder:
        with pytest.raises(InvalidInput, match="The disk is full"):
            write_atomically(folder / "x.md", "内容" * 100_000)
        assert list(folder.iterdir()) == []  # no half file, no temporary left behind
    assert a_file.read_text("utf-8") == "旧"
