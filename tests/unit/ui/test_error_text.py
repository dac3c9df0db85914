"""Library and input errors in the interface's language: every code the store or the services
raise has its Chinese sentence, English comes from the catalogue, and a parameter (a file's name,
a typed value) arrives as it was given, never read as a placeholder or as markup."""

from pathlib import Path

import pytest

from desktop.services.dates import check_date
from desktop.services.errors import InvalidInput
from desktop.store.errors import ErrorCode, LibraryError, library_error
from desktop.ui.error_text import INPUT_TEXTS, TEXTS, input_error_text, library_error_text

CJK = "\u4e00-\u9fff"
# Every parameter any code's sentence uses, with values that look like markup or placeholders.
PARAMS = {
    "folder": "/data/<b>报纸</b>",
    "version": 99,
    "latest": 12,
    "log": "library.sqlite3-wal",
    "count": 3,
    "backup": "/data/backups/{name}.sqlite3",
}
LIBRARY = Path("/data/{version}<b>区报.sqlite3")


def strip(text: str, data: tuple[str, ...]) -> str:
    for value in data:
        text = text.replace(value, "")
    return text


def has_chinese(text: str) -> bool:
    return any("\u4e00" <= c <= "\u9fff" for c in text)


def test_every_error_code_has_its_sentences():
    assert set(TEXTS) == {code.value for code in ErrorCode}


@pytest.mark.parametrize("code", list(ErrorCode))
def test_every_code_renders_in_chinese_with_its_parameters_as_given(qtbot, code):
    error = library_error(code, LIBRARY, **PARAMS)
    problem, advice = library_error_text(error)
    assert has_chinese(problem) and has_chinese(advice)
    assert "{" not in problem.replace(LIBRARY.name, "").replace(PARAMS["backup"], "")
    shown = problem + advice
    assert LIBRARY.name in shown or str(LIBRARY) in shown  # the file, character for character


def test_parameters_are_inserted_verbatim(qtbot):
    problem, _ = library_error_text(library_error(ErrorCode.TOO_NEW, LIBRARY, version=9, latest=7))
    assert problem == (
        f"文库 {LIBRARY.name} 由更新版本的区报阅读写入（结构版本 9，本版本最高支持 7）。"
    )
    problem, advice = library_error_text(
        library_error(ErrorCode.LINKS_BROKEN, LIBRARY, count=2, backup=PARAMS["backup"])
    )
    assert "2 处关联" in problem
    assert advice.endswith(f"{PARAMS['backup']}。")  # its braces are not a placeholder
    problem, _ = library_error_text(library_error(ErrorCode.FOLDER_UNWRITABLE, LIBRARY, **PARAMS))
    assert PARAMS["folder"] in problem  # markup stays text


@pytest.mark.parametrize("code", list(ErrorCode))
def test_every_code_renders_in_english(english, code):
    error = library_error(code, LIBRARY, **PARAMS)
    problem, advice = library_error_text(error)
    for text in (problem, advice):
        data = (str(LIBRARY), LIBRARY.name, PARAMS["folder"])
        assert not has_chinese(strip(text, data))
        assert text.strip()


# The command line points at `backup list`; the window at the copies it lists.
WINDOW_OWN_ADVICE = {ErrorCode.BACKUP_MISSING, ErrorCode.BACKUP_NOT_A_LIBRARY}


@pytest.mark.parametrize("code", list(ErrorCode))
def test_in_english_the_window_says_what_the_store_says(english, code):
    error = library_error(code, "/d/library.sqlite3", **PARAMS)
    problem, advice = library_error_text(error)
    assert problem == error.problem
    if code in WINDOW_OWN_ADVICE:
        assert advice == "Choose another of the copies listed."
    else:
        assert advice == error.advice


def test_an_unknown_code_or_a_missing_parameter_gives_the_stores_words(qtbot):
    unknown = LibraryError("/x/a.sqlite3", "Something new.", "Do this.", code="novel")  # type: ignore[arg-type]
    assert library_error_text(unknown) == ("Something new.", "Do this.")
    lacking = library_error(ErrorCode.LOCKED, "/x/a.sqlite3")
    lacking.code = ErrorCode.TOO_NEW  # its params have no version
    assert library_error_text(lacking) == (lacking.problem, lacking.advice)


def test_a_mistyped_date_is_said_in_chinese_with_the_value_as_typed(qtbot):
    with pytest.raises(InvalidInput) as raised:
        check_date("2023-13-{x}")
    assert input_error_text(raised.value) == (
        "“2023-13-{x}”不是日期：请写成 2023、2023-05 或 2023-05-16。"
    )


def test_a_binary_file_names_its_kind(qtbot):
    error = InvalidInput("binary", code="binary", name="scan.pdf", kind="pdf")
    assert input_error_text(error) == (
        "scan.pdf：这是PDF 文档，不是文本文件。请把这期报纸导出为纯文本（.txt）后导入。"
    )
    unknown_kind = InvalidInput("binary", code="binary", name="x.bin", kind="weird")
    assert "二进制文件" in input_error_text(unknown_kind)


def test_an_error_with_a_name_attribute_supplies_the_name(qtbot):
    class FileError(InvalidInput):
        def __init__(self) -> None:
            super().__init__("empty", code="empty")
            self.name = "<b>空.txt</b>"

    assert input_error_text(FileError()) == "<b>空.txt</b>：文件是空的。请选择存有期刊文字的文件。"


def test_an_input_error_without_a_known_code_or_parameter_keeps_its_english(qtbot):
    assert input_error_text(ValueError("plain words")) == "plain words"
    assert input_error_text(InvalidInput("Too long.", code="tag_too_long")) == "Too long."


def test_every_input_code_renders_in_english(english):
    params = {
        **{"name": "a.txt", "kind": "pdf", "mb": 9, "most": 8, "encoding": "GBK", "value": "x"},
        **{"position": 4, "count": 2, "line": 1, "byte": 7, "limit": 5, "page": 2, "pages": "1"},
    }
    for code in INPUT_TEXTS:
        text = input_error_text(InvalidInput("english", code=code, **params))
        assert not has_chinese(text), code
        assert text != "english", code
