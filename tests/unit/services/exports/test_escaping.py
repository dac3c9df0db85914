"""Text from the library as data: CSV cells a spreadsheet shows as text, Markdown in which
nothing becomes structure."""

from desktop.services.exports.escaping import CSV_BOM, md_escape, safe_cell


def test_csv_cells_that_would_run_as_formulas_are_neutralised():
    for cell in (";cmd", "=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", "  =1+1", " ;x"):
        assert safe_cell(cell) == "'" + cell
    for cell in ("以铜为镜", "1-2", "a=b", ""):
        assert safe_cell(cell) == cell


def test_markdown_text_keeps_its_words_and_loses_its_structure():
    assert md_escape("以铜为镜") == "以铜为镜"
    assert md_escape("# 标题\n- 列表\n2023. 年份") == "\\# 标题\n\\- 列表\n2023\\. 年份"
    assert md_escape("  缩进") == "&#32;&#32;缩进"


def test_csv_files_start_with_the_byte_order_mark_excel_reads_as_utf8():
    assert CSV_BOM.encode("utf-8") == b"\xef\xbb\xbf"
