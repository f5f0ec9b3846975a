"""DOCX and XLSX files made the way offices make them (not by zwgk's writers):
the reader mechanisms they call for, each tested on its own.

The files and their gold are made by
``tests/data/office_realistic/make_office_files.py``; every file is scored
against its gold by ``tests/readers/test_corpus.py``.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import openpyxl

import zwgk
from zwgk.document import Cell, Grid
from zwgk_plugins._office import header_score, merge_header_rows
from zwgk_plugins._xlsx_read import evaluate
from zwgk_plugins.xlsx_format import read_xlsx_document

DATA = Path(__file__).resolve().parent.parent / "data" / "office_realistic"
FILES = sorted(p for p in DATA.iterdir() if p.suffix in (".docx", ".xlsx"))


def _save(wb: Any) -> bytes:
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def test_numbering_formulas_without_saved_values_are_worked_out() -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["序号", "具体要求", "责任单位"])
    ws.append(["=ROW()-1", "公开规划。", "办公室"])
    ws.append(["=A2+1", "公开预算。", "财务科"])
    ws.append(["=SUM(B1:B2)", "公开决算。", "财务科"])
    document = read_xlsx_document(_save(wb))
    (grid,) = document.grids
    assert [grid.at(r, 0).text for r in (1, 2, 3)] == ["1", "2", ""]  # type: ignore[union-attr]
    (kept,) = [r for r in document.residue if r.text.startswith("=")]
    assert kept.text == "=SUM(B1:B2)" and kept.location is not None and kept.location.row == 4
    assert any(d.code == "xlsx.formula-values" for d in document.diagnostics)


def test_evaluate_handles_only_numbering_arithmetic() -> None:
    def cells(r: int, c: int) -> int | None:
        return {(4, 1): 7}.get((r, c))

    assert evaluate("ROW()-3", 10, 1, cells) == 7
    assert evaluate("$A$4 + 2", 5, 1, cells) == 9
    assert evaluate("ROW(A3)", 9, 1, cells) == 3
    assert evaluate("COLUMN()", 2, 5, cells) == 5
    assert evaluate("A9+1", 10, 1, cells) is None  # the cell holds no number
    assert evaluate("ROW()*2", 3, 1, cells) is None
    assert evaluate("", 3, 1, cells) is None


def test_shared_formulas_are_expanded() -> None:
    from tests.office.office_files import replace_part

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["序号", "具体要求", "责任单位"])
    for text in ("公开规划。", "公开预算。", "公开决算。"):
        ws.append([None, text, "办公室"])
    data = _save(wb)
    rows = "".join(
        f'<row r="{r}"><c r="A{r}">'
        + (
            '<f t="shared" ref="A2:A4" si="0">A1+1</f>'
            if r == 2
            else '<f t="shared" si="0"/>'
            if r > 2
            else ""
        )
        + f'</c><c r="B{r}" t="inlineStr"><is><t>x{r}</t></is></c>'
        f'<c r="C{r}" t="inlineStr"><is><t>办公室</t></is></c></row>'
        for r in (2, 3, 4)
    )
    sheet = (
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>序号</t></is></c>'
        '<c r="B1" t="inlineStr"><is><t>具体要求</t></is></c>'
        '<c r="C1" t="inlineStr"><is><t>责任单位</t></is></c></row>'
        f"{rows}</sheetData></worksheet>"
    ).encode()
    document = read_xlsx_document(replace_part(data, "xl/worksheets/sheet1.xml", sheet))
    (grid,) = document.grids
    # A1 is the header word, not a number: A2 cannot be worked out, nor those after it
    assert [grid.at(r, 0).text for r in (1, 2, 3)] == ["", "", ""]  # type: ignore[union-attr]
    assert [r.text for r in document.residue if r.text.startswith("=")] == [
        "=A1+1",
        "=A2+1",
        "=A3+1",
    ]


def test_form_fields_under_a_sheet_are_not_tasks() -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["序号", "具体要求", "责任单位"])
    ws.append([1, "公开规划。", "办公室"])
    ws.append([2, "公开预算。", "财务科"])
    ws.append([])
    ws.append(["填表人：", None, "联系电话："])
    plan = zwgk.read(_save(wb), format="xlsx")
    assert [t.text for t in plan.tasks] == ["公开规划。", "公开预算。"]
    document = read_xlsx_document(_save(wb))
    assert [b.text for b in document.blocks if b.style == "sheet-footer"] == [
        "填表人：",
        "联系电话：",
    ]


def test_header_words_in_traditional_script_and_spread_out() -> None:
    assert header_score(["序  號", "具體措施", "責任單位", "完成時限"]) == 4
    assert header_score(["承办单位", "时间节点"]) == 2
    # task rows are not header rows
    assert header_score(["1", "市直各部门", "各科室", "及时更新"]) == 0


def _cells(grid: Grid) -> list[tuple[str, int, int, int, int]]:
    return sorted((c.text, c.row, c.col, c.rowspan, c.colspan) for c in grid.cells)


def test_two_row_header_becomes_one_row() -> None:
    grid = Grid(
        (
            Cell("序号", 0, 0, rowspan=2),
            Cell("具体要求", 0, 1, rowspan=2),
            Cell("责任单位", 0, 2, colspan=2),
            Cell("牵头", 1, 2),
            Cell("配合单位", 1, 3),
            Cell("1", 2, 0),
            Cell("公开规划。", 2, 1),
            Cell("办公室", 2, 2),
            Cell("各科室", 2, 3),
        )
    )
    assert _cells(merge_header_rows(grid)) == sorted(
        [
            ("序号", 0, 0, 1, 1),
            ("具体要求", 0, 1, 1, 1),
            ("牵头单位", 0, 2, 1, 1),
            ("配合单位", 0, 3, 1, 1),
            ("1", 1, 0, 1, 1),
            ("公开规划。", 1, 1, 1, 1),
            ("办公室", 1, 2, 1, 1),
            ("各科室", 1, 3, 1, 1),
        ]
    )


def test_a_grouped_cell_over_task_rows_is_not_a_header() -> None:
    # a heading row spanning columns under a one-row header stays as it is
    grid = Grid(
        (
            Cell("序号", 0, 0),
            Cell("具体要求", 0, 1),
            Cell("责任单位", 0, 2),
            Cell("一、做好规划公开", 1, 0, colspan=3),
            Cell("1", 2, 0),
            Cell("公开规划。", 2, 1),
            Cell("办公室", 2, 2),
        )
    )
    assert merge_header_rows(grid) == grid
