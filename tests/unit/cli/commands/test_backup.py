"""backup list / now / restore / export / import."""

import json

from desktop.cli import exit_codes


def test_backup_export_to_a_folder_says_so(run, tmp_path):
    code, _, err = run("backup", "export", "--out", str(tmp_path))
    assert code == exit_codes.BAD_INPUT and "is a folder" in err


def test_a_copy_taken_now_is_listed_and_restores(run, library_file):
    code, out, _ = run("backup", "now")
    assert code == 0 and out.startswith("written to ")
    code, listed, _ = run("backup", "list")
    assert code == 0 and len(listed.splitlines()) == 1
    copy = listed.split()[-1]
    assert run("tags", "create", "后来的")[0] == 0  # made after the copy
    code, out, _ = run("backup", "restore", copy)
    assert code == 0
    assert out.startswith(f"restored {copy} to {library_file}\nthe file it replaced was kept as ")
    assert run("tags", "list")[1] == ""  # the library is the copy again


def test_annotations_exported_merge_into_another_library(run, cli, tmp_path, library_file):
    assert run("annotations", "add", "3", "--quote", "嘉定", "--note", "记下")[0] == 0
    assert run("tags", "add", "要闻", "--article", "3")[0] == 0
    saved = tmp_path / "annotations.json"
    assert run("backup", "export", "--out", str(saved)) == (0, f"written to {saved}\n", "")
    other = tmp_path / "other.sqlite3"
    other.write_bytes(library_file.read_bytes())
    assert cli("annotations", "delete", "1", "--db", str(other))[0] == 0
    code, out, _ = cli("backup", "import", str(saved), "--json", "--db", str(other))
    assert code == 0
    report = json.loads(out)
    assert (report["highlights_added"], report["highlights_present"]) == (1, 0)
    code, text, _ = cli("backup", "import", str(saved), "--db", str(other))
    assert code == 0 and "highlights added: 0, highlights present: 1" in text
