"""The XLSX reader's extraction: header found, spans, dates, sheets."""

from __future__ import annotations

import datetime as dt
import io

import openpyxl
import pytest

import zwgk
from tests.office.office_files import replace_part, seed_002_xlsx
from zwgk.document import Grid
from zwgk_plugins.xlsx_format import read_xlsx_document


def _save(wb: openpyxl.Workbook) -> bytes:
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def test_title_rows_above_header_become_blocks_and_merges_become_spans() -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "方案"
    ws["B2"] = "某局2021年政务公开工作要点分工方案"
    ws.merge_cells("B2:E2")
    ws.append([])
    ws["B4"], ws["C4"], ws["D4"], ws["E4"] = "序号", "工作任务", "具体要求", "责任单位"
    for i in range(3):
        ws.cell(row=5 + i, column=2, value=i + 1)
        ws.cell(row=5 + i, column=4, value=f"任务{i + 1}")
    ws["C5"] = "一、做好规划公开"
    ws.merge_cells("C5:C7")
    ws["E5"] = "办公室牵头"
    ws.merge_cells("E5:E6")
    ws["E7"] = "法规科"
    document = read_xlsx_document(_save(wb))
    assert [b.text for b in document.blocks] == ["某局2021年政务公开工作要点分工方案"]
    (grid,) = document.grids
    assert (grid.n_rows, grid.n_cols) == (4, 4)
    section = grid.at(3, 1)
    assert section is not None
    assert section.text == "一、做好规划公开"
    assert (section.row, section.rowspan) == (1, 3)
    resp = grid.at(2, 3)
    assert resp is not None
    assert (resp.text, resp.rowspan) == ("办公室牵头", 2)
    number = grid.at(2, 0)
    assert number is not None
    assert number.text == "2"
    assert number.location is not None
    assert (number.location.row, number.location.column) == (6, 2)


def test_dates_become_text_the_deadline_parser_reads() -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["序号", "具体要求", "完成时限"])
    ws.append([1, "甲", dt.datetime(2021, 11, 20)])
    ws.append([2, "乙", dt.date(2021, 12, 3)])
    ws["C3"].number_format = 'yyyy"年"m"月"d"日前"'
    ws.append([3, "丙", 1.5])
    (grid,) = read_xlsx_document(_save(wb)).grids
    assert [c.text for c in grid.cells if c.col == 2] == [
        "完成时限",
        "2021年11月20日",
        "2021年12月3日前",
        "1.5",
    ]


def test_formulas_read_as_their_cached_values() -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["序号", "具体要求"])
    ws.append(["=ROW()-1", "做好公开"])
    data = _save(wb)
    import zipfile

    sheet = zipfile.ZipFile(io.BytesIO(data)).read("xl/worksheets/sheet1.xml")
    # give the formula the cached value Excel would have stored
    sheet = sheet.replace(b"<f>ROW()-1</f><v></v>", b"<f>ROW()-1</f><v>1</v>")
    assert b"<v>1</v>" in sheet
    (grid,) = read_xlsx_document(replace_part(data, "xl/worksheets/sheet1.xml", sheet)).grids
    assert grid.at(1, 0).text == "1"  # type: ignore[union-attr]


def test_sheets_without_a_plan_go_to_residue_and_each_plan_sheet_is_a_grid() -> None:
    document = read_xlsx_document(seed_002_xlsx())
    assert len(document.grids) == 1
    assert document.grids[0].name == "分工方案"
    kept = [r for r in document.residue if r.location and r.location.sheet == "联系人"]
    assert [r.text for r in kept] == ["姓名\t电话", "张三\t0750-1234567"]
    assert all("no plan table" in r.reason for r in kept)
    # the title and the 文号 row above the header are blocks
    assert document.blocks[0].text.startswith("江门市市场监督管理局2021年")
    assert "江市监办〔2021〕233号" in document.blocks[1].text


def test_two_plan_sheets_give_two_grids() -> None:
    wb = openpyxl.Workbook()
    a = wb.active
    a.title = "市直"
    a.append(["序号", "具体要求", "责任单位"])
    a.append([1, "甲", "办公室"])
    b = wb.create_sheet("县区")
    b.append(["序号", "具体要求", "责任单位"])
    b.append([2, "乙", "各县区"])
    grids = read_xlsx_document(_save(wb)).grids
    assert [g.name for g in grids] == ["市直", "县区"]
    assert all(isinstance(g, Grid) and g.n_rows == 2 for g in grids)


def test_text_hidden_under_a_merge_is_kept() -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["序号", "具体要求", "责任单位"])
    ws.append([1, "甲", "办公室"])
    ws.append([2, "乙", "被合并遮住"])
    data = _save(wb)
    import zipfile

    sheet = zipfile.ZipFile(io.BytesIO(data)).read("xl/worksheets/sheet1.xml")
    sheet = sheet.replace(
        b"</sheetData>", b'</sheetData><mergeCells count="1"><mergeCell ref="C2:C3"/></mergeCells>'
    )
    document = read_xlsx_document(replace_part(data, "xl/worksheets/sheet1.xml", sheet))
    resp = document.grids[0].at(2, 2)
    assert resp is not None
    assert (resp.text, resp.rowspan) == ("办公室", 2)
    assert [r.text for r in document.residue] == ["被合并遮住"]


def test_a_sheet_whose_xml_is_malformed_is_a_located_parse_error() -> None:
    """Found by the fuzzer: a namespace that is not a URI broke the formula scan."""
    import zipfile

    wb = openpyxl.Workbook()
    wb.active.append(["序号", "具体要求", "责任单位"])
    wb.active.append([1, "推进预算公开。", "财务科"])
    good = io.BytesIO()
    wb.save(good)
    bad = io.BytesIO()
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bad, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b'xmlns="http://', 'xmlns="序号http://'.encode(), 1)
            dst.writestr(item, data)
    with pytest.raises(zwgk.errors.ParseError) as info:
        zwgk.read(bad.getvalue(), format="xlsx")
    assert "xl/worksheets/sheet1.xml" in str(info.value)
