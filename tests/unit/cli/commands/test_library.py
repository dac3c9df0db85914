"""import, reparse, stats: the library as a whole."""

import json
import os
import sys

import pytest

from desktop.cli import exit_codes
from tests.helpers.epaper import page_one, page_two
from tests.helpers.pdfs import Page, render
from tests.unit.cli.commands.test_parse import STORY
from tests.unit.ingest.test_html import founder_page


def test_import_reports_in_plain_english(run, tmp_path):
    issue = tmp_path / "extra.txt"
    issue.write_text("嘉定报\n\n本报讯 区里开了一个会。\n", "utf-8")
    code, out, _ = run("import", str(issue))
    assert code == 0
    assert f"added     {issue}  1 article\n" in out
    code, out, _ = run("reparse")
    assert out.startswith("6 issues re-parsed;")


def test_import_reports_each_file(run, tmp_path):
    bad = tmp_path / "scan.txt"
    bad.write_bytes(b"%PDF-1.4")
    code, out, _ = run("import", str(bad))
    assert code == 3
    assert "failed    " in out and "scan.txt: this is a PDF document" in out


def test_a_folder_with_nothing_to_import_says_so(run, tmp_path):
    folder = tmp_path / "scans"
    folder.mkdir()
    (folder / "page1.jpg").write_bytes(b"\xff\xd8\xff scanned page")  # not an issue file
    code, out, _ = run("import", str(folder))
    assert code == exit_codes.BAD_INPUT
    assert f"{folder}  no issue files (.txt, .pdf, .html, .htm) were found in this folder." in out
    assert out.endswith("0 added, 0 already in the library, 1 failed\n")


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="a file name of any bytes")
def test_a_file_named_in_another_encoding_is_refused_by_name(tmp_path, run):
    folder = tmp_path / "papers"
    folder.mkdir()
    name = os.fsencode(folder) + b"/" + "嘉定报.txt".encode("gbk")
    with open(name, "wb") as fh:
        fh.write("嘉定报\n\n本报讯 区里开了一个会。\n".encode())
    code, out, _ = run("import", str(folder))
    assert code == exit_codes.BAD_INPUT
    assert "the file's name is not UTF-8 text" in out and "Rename the file" in out
    assert out.endswith("0 added, 0 already in the library, 1 failed\n")


def test_a_pdf_and_a_saved_page_import_alike(tmp_path, run):
    """An e-paper PDF and a saved web page are imported like text, from a folder holding both."""
    folder = tmp_path / "issues"
    folder.mkdir()
    (folder / "第01版.pdf").write_bytes(
        render([Page(header=["人民日报 2024年01月13日 第01版：要闻"], stories=[STORY])])
    )
    (folder / "content_1.htm").write_bytes(founder_page(STORY, "嘉定报", "2024-01-13", 2, "要闻"))
    code, out, _ = run("import", str(folder))
    assert code == 0
    assert "2 added" in out


def test_stats_json_counts_the_library(run):
    code, out, _ = run("stats", "--json")
    assert code == 0
    counts = json.loads(out)
    promised = ("papers", "issues", "articles", "tags", "highlights", "notes")
    assert [counts[k] for k in promised] == [3, 5, 36, 0, 0, 0]


def test_stats_for_a_person_name_the_library_file(run, library_file):
    code, out, _ = run("stats")
    assert code == 0
    assert "articles    36\n" in out
    assert out.endswith(f"library     {library_file}\n")


def test_reparse_outdated_leaves_current_issues_alone(run):
    code, out, _ = run("reparse", "--outdated")
    assert code == 0
    assert out == "0 issues re-parsed; highlights: 0 in place, 0 moved, 0 orphaned\n"


@pytest.mark.slow
def test_the_pages_of_one_issue_are_reported_as_one_issue(tmp_path, run):
    (tmp_path / "rmrb20240113_01.pdf").write_bytes(page_one())
    (tmp_path / "rmrb20240113_02.pdf").write_bytes(page_two())
    code, out, _ = run("import", str(tmp_path))
    assert code == 0
    assert "(page 1, one issue with rmrb20240113_02.pdf)" in out
    assert "(page 2, one issue with rmrb20240113_01.pdf)" in out
