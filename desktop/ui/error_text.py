"""A library error in the interface's language. The store says what went wrong as a code with
parameters (LibraryError.code, .params) and in English for the command line; the window says it
from this table, whose Chinese is the source text and whose English comes from the catalogue
(the same sentences the store writes)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.store.errors import LibraryError

C = "LibraryErrors"
RESTORE = QT_TRANSLATE_NOOP(
    "LibraryErrors", "请恢复一份备份（每日备份在它旁边的 backups 文件夹中），或选择另一个文库。"
)
CHOOSE_BACKUP = QT_TRANSLATE_NOOP("LibraryErrors", "请从列出的备份中另选一份。")

# code → (what went wrong, what to do); {placeholders} are the error's params.
TEXTS: dict[str, tuple[str, str]] = {
    "locked": (
        QT_TRANSLATE_NOOP("LibraryErrors", "文库 {name} 正被另一个程序使用。"),
        QT_TRANSLATE_NOOP(
            "LibraryErrors", "请关闭另一个区报阅读窗口（或正在使用这个文件的程序）后重试。"
        ),
    ),
    "disk_full": (
        QT_TRANSLATE_NOOP("LibraryErrors", "存放 {name} 的磁盘已满，没有保存任何内容。"),
        QT_TRANSLATE_NOOP("LibraryErrors", "请腾出一些磁盘空间后重试。"),
    ),
    "read_only": (
        QT_TRANSLATE_NOOP("LibraryErrors", "文库 {name} 无法写入。"),
        QT_TRANSLATE_NOOP(
            "LibraryErrors", "请检查文件夹的权限，或打开一个可以写入的文件夹中的文库。"
        ),
    ),
    "folder_unwritable": (
        QT_TRANSLATE_NOOP(
            "LibraryErrors", "文库 {name} 无法写入：它所在的文件夹 {folder} 是只读的，或无法创建。"
        ),
        QT_TRANSLATE_NOOP(
            "LibraryErrors", "请选择一个可以写入的文件夹中的文库，或以只读方式打开这个文库。"
        ),
    ),
    "damaged": (
        QT_TRANSLATE_NOOP("LibraryErrors", "文库 {name} 已损坏。"),
        QT_TRANSLATE_NOOP(
            "LibraryErrors",
            "请恢复一份备份（每日备份在它旁边的 backups 文件夹中），或新建一个文库。",
        ),
    ),
    "too_new": (
        QT_TRANSLATE_NOOP(
            "LibraryErrors",
            "文库 {name} 由更新版本的区报阅读写入（结构版本 {version}，本版本最高支持 {latest}）。",
        ),
        QT_TRANSLATE_NOOP("LibraryErrors", "请用更新的版本打开它，或选择另一个文库。"),
    ),
    "other_version": (
        QT_TRANSLATE_NOOP(
            "LibraryErrors",
            "文库 {name} 属于另一个版本（结构版本 {version}，本版本读取 {latest}），只读时无法升级。",
        ),
        QT_TRANSLATE_NOOP("LibraryErrors", "请用相匹配的版本打开它，或选择另一个文库。"),
    ),
    "not_a_library": (
        QT_TRANSLATE_NOOP(
            "LibraryErrors", "文件 {name} 不是区报阅读的文库（根本不是数据库，或已损坏）。"
        ),
        RESTORE,
    ),
    "foreign_database": (
        QT_TRANSLATE_NOOP(
            "LibraryErrors", "文件 {name} 是另一个程序的数据库，不是区报阅读的文库；它没有被改动。"
        ),
        QT_TRANSLATE_NOOP(
            "LibraryErrors", "请选择一个区报阅读的文库，或给出一个新文件名来新建文库。"
        ),
    ),
    "empty_file": (
        QT_TRANSLATE_NOOP(
            "LibraryErrors", "文件 {name} 是空的：它不是区报阅读建立的文库，没有被改动。"
        ),
        QT_TRANSLATE_NOOP(
            "LibraryErrors",
            "若要在那里新建文库，请先删除这个空文件；或恢复一份备份，或选择另一个文库。",
        ),
    ),
    "empty_file_with_log": (
        QT_TRANSLATE_NOOP(
            "LibraryErrors",
            "文库文件 {name} 是空的，它的预写日志 {log} 中也不是完整的文库；两个文件都没有被改动。",
        ),
        RESTORE,
    ),
    "missing": (
        QT_TRANSLATE_NOOP("LibraryErrors", "{path} 处没有文库。"),
        QT_TRANSLATE_NOOP("LibraryErrors", "请选择另一个文库。"),
    ),
    "is_a_directory": (
        QT_TRANSLATE_NOOP("LibraryErrors", "{path} 是一个文件夹，不是文库文件。"),
        QT_TRANSLATE_NOOP(
            "LibraryErrors", "请指定其中的文库文件（例如 library.sqlite3），或给出一个新文件名。"
        ),
    ),
    "links_broken": (
        QT_TRANSLATE_NOOP("LibraryErrors", "升级文库 {name} 会破坏 {count} 处关联。"),
        QT_TRANSLATE_NOOP("LibraryErrors", "没有做任何改动；升级前的副本是 {backup}。"),
    ),
    "backup_missing": (
        QT_TRANSLATE_NOOP("LibraryErrors", "备份 {path} 不存在。"),
        CHOOSE_BACKUP,
    ),
    "backup_not_a_library": (
        QT_TRANSLATE_NOOP(
            "LibraryErrors", "文件 {name} 不是区报阅读的文库，不能用来恢复；没有做任何改动。"
        ),
        CHOOSE_BACKUP,
    ),
    "backup_damaged": (
        QT_TRANSLATE_NOOP("LibraryErrors", "备份 {name} 也已损坏。"),
        QT_TRANSLATE_NOOP("LibraryErrors", "请选择更早的一份备份。"),
    ),
}


def library_error_text(error: LibraryError) -> tuple[str, str]:
    """(what went wrong, what to do) in the interface's language."""
    texts = TEXTS.get(str(getattr(error, "code", "")))
    if texts is None:  # a code this table does not know yet: the store's own words
        return error.problem, error.advice
    params = {key: str(value) for key, value in getattr(error, "params", {}).items()}
    params.setdefault("name", error.path.name)
    params.setdefault("path", str(error.path))
    try:
        return tuple(QCoreApplication.translate(C, text).format(**params) for text in texts)  # type: ignore[return-value]
    except (KeyError, IndexError):  # a parameter the code did not bring
        return error.problem, error.advice


# ---- input the user can correct: a file to import, a tag's name, a date, a search ----

KINDS = {
    "pdf": QT_TRANSLATE_NOOP("InputErrors", "PDF 文档"),
    "image": QT_TRANSLATE_NOOP("InputErrors", "图片"),
    "zip": QT_TRANSLATE_NOOP("InputErrors", "压缩包（或 Word/Excel 文档）"),
    "office": QT_TRANSLATE_NOOP("InputErrors", "旧版 Office 文档"),
    "rtf": QT_TRANSLATE_NOOP("InputErrors", "RTF 文档"),
    "database": QT_TRANSLATE_NOOP("InputErrors", "数据库文件"),
    "archive": QT_TRANSLATE_NOOP("InputErrors", "压缩包"),
    "program": QT_TRANSLATE_NOOP("InputErrors", "程序"),
    "binary": QT_TRANSLATE_NOOP("InputErrors", "二进制文件"),
}

# code → the whole message; {placeholders} are the error's params (a file's as well: {name}).
INPUT_TEXTS: dict[str, str] = {
    # E-paper PDFs and their pages.
    "pdf_page_damaged": QT_TRANSLATE_NOOP(
        "InputErrors",
        "{name}：PDF 的第 {page} 页已损坏，无法读取。请重新下载或导出这份 PDF 后再导入。",
    ),
    "pdf_unreadable_text": QT_TRANSLATE_NOOP(
        "InputErrors",
        "{name}：第 {pages} 页的文字无法读取：所用字体没有说明画的是哪些字。"
        "请先对 PDF 做文字识别（OCR），或改为导入这期报纸的文字。",
    ),
    "pdf_scanned": QT_TRANSLATE_NOOP(
        "InputErrors",
        "{name}：第 {pages} 页是图片（扫描件），没有文字层。"
        "请先对 PDF 做文字识别（OCR），或改为导入这期报纸的文字。",
    ),
    "pdf_no_text": QT_TRANSLATE_NOOP(
        "InputErrors", "{name}：这份 PDF 没有一页有文字。请选择报纸版面的 PDF。"
    ),
    "pdf_password": QT_TRANSLATE_NOOP(
        "InputErrors", "{name}：这份 PDF 有密码保护。请用密码打开后另存一份不带密码的，再导入。"
    ),
    "pdf_damaged": QT_TRANSLATE_NOOP(
        "InputErrors", "{name}：这份 PDF 已损坏，无法读取。请重新下载或导出后再导入。"
    ),
    "pdf_no_pages": QT_TRANSLATE_NOOP(
        "InputErrors", "{name}：这份 PDF 没有页面。请重新下载或导出后再导入。"
    ),
    "changed_while_imported": QT_TRANSLATE_NOOP(
        "InputErrors", "{name}：导入期间文件被改动了。请再导入一次。"
    ),
    "page_in_library": QT_TRANSLATE_NOOP(
        "InputErrors",
        "{name}：文库中这一期已有第 {pages} 版（来自另一个文件）。"
        "要改用这份，请先删除这一期，再重新导入它的各版。",
    ),
    # Corrections by hand: the window offers only corrections that fit the text, so these come
    # when the library changed under it (another window, a command) or the text does not allow.
    "correction": QT_TRANSLATE_NOOP("InputErrors", "这项更正做不到：文章的文字已与所选不符。"),
    "no_article": QT_TRANSLATE_NOOP("InputErrors", "这篇文章已不在文库中。"),
    "no_issue": QT_TRANSLATE_NOOP("InputErrors", "这一期已不在文库中。"),
    "empty": QT_TRANSLATE_NOOP("InputErrors", "{name}：文件是空的。请选择存有期刊文字的文件。"),
    "blank": QT_TRANSLATE_NOOP("InputErrors", "{name}：文件里只有空白。请选择存有期刊文字的文件。"),
    "binary": QT_TRANSLATE_NOOP(
        "InputErrors", "{name}：这是{kind}，不是文本文件。请把这期报纸导出为纯文本（.txt）后导入。"
    ),
    "too_large": QT_TRANSLATE_NOOP(
        "InputErrors",
        "{name}：文件有 {mb} MB，一期报纸最多 {most} MB。请确认这是一期的文字，较大的导出请按期拆分。",
    ),
    "unknown_encoding": QT_TRANSLATE_NOOP(
        "InputErrors",
        "{name}：无法识别文字编码（不是 UTF-8、UTF-16 或 GB18030/GBK）。请把文件另存为 UTF-8 后再导入。",
    ),
    "bad_bytes": QT_TRANSLATE_NOOP(
        "InputErrors",
        "{name}：无法按 {encoding} 读取（第 {position} 字节有错）。请把文件另存为 UTF-8 后再导入。",
    ),
    "damaged_utf8": QT_TRANSLATE_NOOP(
        "InputErrors",
        "{name}：文字是 UTF-8，但有 {count} 处损坏（第一处在第 {line} 行，第 {byte} 字节）：文件已损坏，或部分内容以其他编码保存。请在文本编辑器中改正后另存为 UTF-8。",
    ),
    "tag_unnamed": QT_TRANSLATE_NOOP("InputErrors", "标签需要一个名称。"),
    "tag_too_long": QT_TRANSLATE_NOOP("InputErrors", "标签名称最多 {most} 个字。"),
    "not_a_colour": QT_TRANSLATE_NOOP("InputErrors", "“{value}”不是颜色：请写成 #1971c2 这样。"),
    "no_tag": QT_TRANSLATE_NOOP("InputErrors", "没有名为“{name}”的标签。"),
    "tag_exists": QT_TRANSLATE_NOOP("InputErrors", "标签“{name}”已经存在。"),
    "tag_exists_merge": QT_TRANSLATE_NOOP(
        "InputErrors", "标签“{name}”已经存在：请把两个标签合并。"
    ),
    "tag_merge_self": QT_TRANSLATE_NOOP("InputErrors", "标签不能合并到它自己（“{name}”）。"),
    "note_too_long": QT_TRANSLATE_NOOP("InputErrors", "批注最多 {most} 个字。"),
    "not_a_date": QT_TRANSLATE_NOOP(
        "InputErrors", "“{value}”不是日期：请写成 2023、2023-05 或 2023-05-16。"
    ),
    "not_a_real_date": QT_TRANSLATE_NOOP("InputErrors", "“{value}”不是一个实际存在的日期。"),
    "paper_too_long": QT_TRANSLATE_NOOP("InputErrors", "报纸名称最多 {most} 个字。"),
    "query_too_long": QT_TRANSLATE_NOOP(
        "InputErrors", "搜索最多 {limit} 个字，这次有 {count} 个。请搜索其中较短的一段。"
    ),
    "too_many_terms": QT_TRANSLATE_NOOP(
        "InputErrors",
        "搜索最多 {limit} 个词语，这次有 {count} 个。请去掉一些，或把一段话放在引号中整体查找。",
    ),
}


def input_error_text(error: Exception) -> str:
    """An InvalidInput or IngestError in the interface's language (its English words when its
    code is not in the table)."""
    code = str(getattr(error, "code", "") or "")
    text = INPUT_TEXTS.get(code)
    if text is None:
        return str(error)
    params = {key: str(value) for key, value in getattr(error, "params", {}).items()}
    if "name" in vars(error) and "name" not in params:
        params["name"] = str(error.name)  # type: ignore[attr-defined]
    if code == "binary":
        kind = KINDS.get(params.get("kind", "binary"), KINDS["binary"])
        params["kind"] = QCoreApplication.translate("InputErrors", kind)
    try:
        return QCoreApplication.translate("InputErrors", text).format(**params)
    except (KeyError, IndexError):
        return str(error)
