"""A second set of office-made DOCX and XLSX files, in layouts the first set does
not have: the reader mechanisms those files called for, each tested on its own.

The files are made by ``tests/data/office_fresh/make_fresh_office_files.py``;
every file is scored against its gold by ``tests/readers/test_corpus.py``.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

import docx
import openpyxl
import pytest
import xlsxwriter
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

import zwgk
from zwgk.document import Cell, Grid
from zwgk_plugins._office import merge_header_rows, render_date
from zwgk_plugins.docx_format import read_docx_document
from zwgk_plugins.xlsx_format import read_xlsx_document

DATA = Path(__file__).resolve().parent.parent / "data" / "office_fresh"
FILES = sorted(p for p in DATA.iterdir() if p.suffix in (".docx", ".xlsx"))


# ------------------------------------------------------------------ Word numbering


def _save_doc(doc: Any) -> bytes:
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _numbered_doc(levels: str, nums: str, paragraphs: list[tuple[str, str | None, int]]) -> bytes:
    """A document whose numbering part holds ``levels`` (one abstract list, id 7)
    and ``nums``; each paragraph is (text, numId or None, ilvl)."""
    doc = docx.Document()
    numbering = doc.part.numbering_part.element
    numbering.append(
        parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="7">{levels}</w:abstractNum>')
    )
    for num in nums.split("|"):
        numbering.append(parse_xml(num.replace("<w:num ", f"<w:num {nsdecls('w')} ", 1)))
    for text, num_id, ilvl in paragraphs:
        p = doc.add_paragraph(text)
        if num_id is not None:
            p._p.get_or_add_pPr().append(
                parse_xml(
                    f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/>'
                    f'<w:numId w:val="{num_id}"/></w:numPr>'
                )
            )
    return _save_doc(doc)


def _lvl(ilvl: int, fmt: str, text: str, extra: str = "") -> str:
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'{extra}<w:lvlText w:val="{text}"/></w:lvl>'
    )


def _texts(data: bytes) -> list[str]:
    return [b.text for b in read_docx_document(data).blocks if b.text]


def test_a_level_with_lvlrestart_0_numbers_on_through_its_headings() -> None:
    levels = _lvl(0, "chineseCounting", "%1、") + _lvl(
        1, "chineseCounting", "（%2）", '<w:lvlRestart w:val="0"/>'
    )
    data = _numbered_doc(
        levels,
        '<w:num w:numId="5"><w:abstractNumId w:val="7"/></w:num>',
        [("甲", "5", 0), ("a", "5", 1), ("b", "5", 1), ("乙", "5", 0), ("c", "5", 1)],
    )
    assert _texts(data) == ["一、甲", "（一）a", "（二）b", "二、乙", "（三）c"]


def test_a_level_restarts_after_a_higher_level_by_default() -> None:
    levels = _lvl(0, "chineseCounting", "%1、") + _lvl(1, "decimal", "%2.")
    data = _numbered_doc(
        levels,
        '<w:num w:numId="5"><w:abstractNumId w:val="7"/></w:num>',
        [("甲", "5", 0), ("a", "5", 1), ("乙", "5", 0), ("b", "5", 1)],
    )
    assert _texts(data) == ["一、甲", "1.a", "二、乙", "1.b"]


def test_list_instances_of_one_abstract_list_continue_unless_started_over() -> None:
    levels = _lvl(0, "decimal", "%1.")
    nums = (
        '<w:num w:numId="5"><w:abstractNumId w:val="7"/></w:num>|'
        '<w:num w:numId="6"><w:abstractNumId w:val="7"/></w:num>|'
        '<w:num w:numId="8"><w:abstractNumId w:val="7"/>'
        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
    )
    data = _numbered_doc(
        levels, nums, [("a", "5", 0), ("b", "5", 0), ("c", "6", 0), ("d", "8", 0), ("e", "8", 0)]
    )
    assert _texts(data) == ["1.a", "2.b", "3.c", "1.d", "2.e"]


def test_legal_numbering_shows_every_level_as_a_decimal() -> None:
    levels = _lvl(0, "chineseCounting", "%1、") + _lvl(
        1, "decimal", "%1.%2", '<w:isLgl w:val="1"/>'
    )
    data = _numbered_doc(
        levels,
        '<w:num w:numId="5"><w:abstractNumId w:val="7"/></w:num>',
        [("甲", "5", 0), ("a", "5", 1), ("b", "5", 1)],
    )
    assert _texts(data) == ["一、甲", "1.1a", "1.2b"]


def test_numbering_comes_through_the_style_a_style_is_based_on() -> None:
    doc = docx.Document()
    numbering = doc.part.numbering_part.element
    numbering.append(
        parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="7">'
            + _lvl(0, "chineseCounting", "%1、")
            + "</w:abstractNum>"
        )
    )
    numbering.append(
        parse_xml(f'<w:num {nsdecls("w")} w:numId="5"><w:abstractNumId w:val="7"/></w:num>')
    )
    styles = doc.styles.element
    styles.append(
        parse_xml(
            f'<w:style {nsdecls("w")} w:type="paragraph" w:styleId="base"><w:name w:val="base"/>'
            '<w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style>'
        )
    )
    styles.append(
        parse_xml(
            f'<w:style {nsdecls("w")} w:type="paragraph" w:styleId="head"><w:name w:val="head"/>'
            '<w:basedOn w:val="base"/></w:style>'
        )
    )
    for text in ("做好规划公开", "做好预算公开"):
        doc.add_paragraph(text).style = doc.styles["head"]
    doc.add_paragraph("正文")
    assert _texts(_save_doc(doc)) == ["一、做好规划公开", "二、做好预算公开", "正文"]


# ------------------------------------------------------------------ Word annotations


def test_comments_and_footnotes_are_kept_in_the_residue() -> None:
    data = (DATA / "f08_tracked_changes_comments_footnotes.docx").read_bytes()
    document = read_docx_document(data)
    notes = [(r.text, r.reason) for r in document.residue if r.reason.startswith("a ")]
    assert ("本方案由局办公室负责解释。", "a footnote") in notes
    assert ("已与该科室确认。", "a comment by 办公室") in notes
    plan = zwgk.read(data, format="docx")
    # neither becomes plan text, nor does the row deleted with tracked changes
    assert not any("已与该科室确认" in t.text or "年报信息公示" in t.text for t in plan.tasks)


# ------------------------------------------------------------------ XLSX


def _xlsxwriter_book(build: Any) -> bytes:
    buf = io.BytesIO()
    wb = xlsxwriter.Workbook(buf, {"in_memory": True})
    build(wb, wb.add_worksheet("Sheet1"))
    wb.close()
    return buf.getvalue()


def test_formulas_all_saved_as_0_are_not_taken_as_values() -> None:
    def build(wb: Any, ws: Any) -> None:
        ws.write_row(0, 0, ["序号", "具体要求", "责任单位", "完成情况"])
        for r, text in enumerate(["公开规划。", "公开预算。"], start=1):
            ws.write_formula(r, 0, "=ROW()-1")
            ws.write(r, 1, text)
            ws.write(r, 2, "办公室")
            ws.write_formula(r, 3, f'=IF(E{r + 1}="","未完成","已完成")')

    document = read_xlsx_document(_xlsxwriter_book(build))
    (grid,) = document.grids
    assert [grid.at(r, 0).text for r in (1, 2)] == ["1", "2"]  # type: ignore[union-attr]
    assert [grid.at(r, 3).text for r in (1, 2)] == ["", ""]  # type: ignore[union-attr]
    assert [r.text for r in document.residue if r.text.startswith("=")] == [
        '=IF(E2="","未完成","已完成")',
        '=IF(E3="","未完成","已完成")',
    ]
    codes = {d.code for d in document.diagnostics}
    assert {"xlsx.placeholder-values", "xlsx.formula-values"} <= codes


def test_real_saved_values_are_kept_and_a_wrong_number_is_worked_out() -> None:
    def build(wb: Any, ws: Any) -> None:
        ws.write_row(0, 0, ["序号", "具体要求", "备注"])
        ws.write_formula(1, 0, "=ROW()-1", None, 1)
        ws.write_formula(2, 0, "=ROW()-1", None, 7)  # a stale value
        ws.write(1, 1, "公开规划。")
        ws.write(2, 1, "公开预算。")
        ws.write_formula(1, 2, '="按"&"季度"', None, "按季度")
        ws.write_formula(2, 2, '="按"&"月"', None, "按月")

    document = read_xlsx_document(_xlsxwriter_book(build))
    (grid,) = document.grids
    assert [grid.at(r, 0).text for r in (1, 2)] == ["1", "2"]  # type: ignore[union-attr]
    assert [grid.at(r, 2).text for r in (1, 2)] == ["按季度", "按月"]  # type: ignore[union-attr]
    assert not [r for r in document.residue if r.text.startswith("=")]


@pytest.mark.parametrize(
    ("num_format", "shown"),
    [(57, "2021年11月"), (58, "2021年11月30日"), (31, "2021年11月30日"), (14, "2021年11月30日")],
)
def test_built_in_chinese_date_formats(num_format: int, shown: str) -> None:
    def build(wb: Any, ws: Any) -> None:
        ws.write_row(0, 0, ["序号", "具体要求", "完成时限"])
        ws.write(1, 0, 1)
        ws.write(1, 1, "公开规划。")
        fmt = wb.add_format({"num_format": num_format})
        ws.write_datetime(1, 2, dt.datetime(2021, 11, 30), fmt)

    (grid,) = read_xlsx_document(_xlsxwriter_book(build)).grids
    assert grid.at(1, 2).text == shown  # type: ignore[union-attr]


def test_a_number_in_a_built_in_date_format_before_march_1900() -> None:
    def build(wb: Any, ws: Any) -> None:
        ws.write_row(0, 0, ["序号", "具体要求", "完成时限"])
        ws.write(1, 0, 1)
        ws.write(1, 1, "公开规划。")
        ws.write_number(1, 2, 1, wb.add_format({"num_format": 31}))

    (grid,) = read_xlsx_document(_xlsxwriter_book(build)).grids
    assert grid.at(1, 2).text == "1900年1月1日"  # type: ignore[union-attr]


def test_a_date_format_without_the_year_still_shows_it() -> None:
    assert render_date(dt.date(2021, 12, 3), 'm"月"d"日前"') == "2021年12月3日前"
    assert render_date(dt.date(2021, 12, 3), 'yyyy"年"m"月"d"日"') == "2021年12月3日"


def test_an_empty_template_sheet_is_not_the_plan() -> None:
    wb = openpyxl.Workbook()
    tpl = wb.active
    tpl.title = "模板"
    tpl["A1"] = "XX单位政务公开工作要点分工方案（模板）"
    tpl.append(["序号", "具体要求", "责任单位"])
    tpl.sheet_state = "hidden"
    ws = wb.create_sheet("方案")
    ws["A1"] = "某局2021年政务公开工作要点分工方案"
    ws.append(["序号", "具体要求", "责任单位"])
    ws.append([1, "公开规划。", "办公室"])
    buf = io.BytesIO()
    wb.save(buf)
    document = read_xlsx_document(buf.getvalue())
    assert [g.name for g in document.grids] == ["方案"]
    assert any(d.code == "xlsx.empty-table" for d in document.diagnostics)
    assert any("（模板）" in r.text for r in document.residue)
    plan = zwgk.read(buf.getvalue(), format="xlsx")
    assert plan.title == "某局2021年政务公开工作要点分工方案"


# ------------------------------------------------------------------ header rows


def test_a_two_row_header_typed_again_lower_down_is_folded_too() -> None:
    def header(r: int) -> list[Cell]:
        return [
            Cell("序号", r, 0, rowspan=2),
            Cell("具体要求", r, 1, rowspan=2),
            Cell("责任分工", r, 2, colspan=2),
            Cell("责任单位", r + 1, 2),
            Cell("完成时限", r + 1, 3),
        ]

    def task(r: int, n: int) -> list[Cell]:
        return [Cell(str(n), r, 0), Cell(f"任务{n}。", r, 1), Cell("办公室", r, 2), Cell("", r, 3)]

    grid = Grid(tuple(header(0) + task(2, 1) + header(3) + task(5, 2)))
    rows: dict[int, list[str]] = {}
    for c in merge_header_rows(grid).cells:
        rows.setdefault(c.row, []).append(c.text)
    assert rows == {
        0: ["序号", "具体要求", "责任单位", "完成时限"],
        1: ["1", "任务1。", "办公室", ""],
        2: ["序号", "具体要求", "责任单位", "完成时限"],
        3: ["2", "任务2。", "办公室", ""],
    }
