"""A table as ``pdftotext -layout`` prints a PDF's: cells at fixed screen
columns, each broken at its width onto the lines below.  The lines a cell
wrapped onto belong to its row: no task of their own, no note; a unit cell's
lines that each name units whole stay apart, a name broken over two lines
is one."""

from __future__ import annotations

import unicodedata

import zwgk
from tests.assembly.rows import read_rows, units_read

STARTS = (2, 10, 44, 64)  # screen columns of 序号, 工作任务, 责任单位, 完成时限
ROWS = [
    ("序号", "工作任务", "责任单位", "完成时限"),
    ("1", "公开本区机构职能、内设机构和联", "区政府办公室", "2024年3月底前"),
    ("", "系方式，及时更新领导信息。", "", ""),
    ("2", "公开财政预算、决算及“三公”经", "区财政局、各", "批复后20日内"),
    ("", "费，细化到功能分类项级科目。", "街镇", ""),
    ("3", "公开惠农补贴发放情况，按季度更", "区农业农村局", "每季度"),
    ("", "新补贴对象和金额。", "各镇（街道）", ""),
    ("4", "做好政策解读，及时回应社会关切", "区发展改革局牵", "长期坚持"),
    ("", "。", "头，各部门配合", ""),
]


def _columns(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _laid_out(row: tuple[str, ...]) -> str:
    """One line of the table: each cell at its column's screen column."""
    line = ""
    for start, cell in zip(STARTS, row, strict=True):
        if cell:
            line += " " * max(2 if line else 0, start - _columns(line)) + cell
    return line


def _page() -> str:
    lines = ["                    某区2024年政务公开工作任务分工", "", *map(_laid_out, ROWS)]
    return "\n".join([*lines, "", "某区人民政府办公室", "2024年2月1日"])


def test_the_lines_a_cell_wrapped_onto_belong_to_its_row() -> None:
    plan = zwgk.read_text(_page())
    assert [t.number for t in plan.tasks] == [1, 2, 3, 4]
    assert [(text, deadline) for text, _, deadline in read_rows(plan)] == [
        ("公开本区机构职能、内设机构和联系方式，及时更新领导信息。", "2024年3月底前"),
        ("公开财政预算、决算及“三公”经费，细化到功能分类项级科目。", "批复后20日内"),
        ("公开惠农补贴发放情况，按季度更新补贴对象和金额。", "每季度"),
        ("做好政策解读，及时回应社会关切。", "长期坚持"),
    ]
    assert all(t.note is None for t in plan.tasks)


def test_a_unit_cells_lines_are_names_whole_or_one_name_broken() -> None:
    plan = zwgk.read_text(_page())
    assert units_read(plan) == [
        ("区政府办公室",),
        ("区财政局", "各街镇"),
        ("区农业农村局", "各镇（街道）"),
        ("区发展改革局", "各部门"),
    ]
    assert plan.tasks[3].responsibility is not None
    assert plan.tasks[3].responsibility.leads == ("区发展改革局",)


WIDE_UNITS = [
    ("序号", "工作任务", "责任单位", "完成时限"),
    ("1", "政府工作要做到公开透明", "省政府各部门、各直", ""),
    ("", "", "属机构，各设区市政", ""),
    ("", "", "府、平潭综合实验区", ""),
    ("", "", "管委会", ""),
    ("2", "推进政策执行阳光透明", "省政府各部门、各直", ""),
    ("", "", "属机构，各设区市政", ""),
    ("", "", "府、平潭综合实验区", ""),
    ("", "", "管委会", ""),
    ("3", "做好权责清单调整和公开工作", "省审改办；省政府各", ""),
    ("", "", "部门、各直属机构，", ""),
    ("", "", "各设区市政府、平潭", ""),
    ("", "", "综合实验区管委会", ""),
    ("4", "深入推进预决算公开", "省财政厅；省政府各", ""),
    ("", "", "部门、各直属机构，", ""),
    ("", "", "各设区市政府、平潭", ""),
    ("", "", "综合实验区管委会", ""),
]


def test_short_titles_over_unit_cells_of_many_lines_stay_rows() -> None:
    header, *rows = map(_laid_out, WIDE_UNITS)
    lines = [
        "某省2018年政务公开工作要点任务分工",
        "",
        header,
        "一、着力加强公开解读回应工作",
        *rows,
    ]
    plan = zwgk.read_text("\n".join(lines))
    assert [t.number for t in plan.tasks] == [1, 2, 3, 4]
    assert [t.section for t in plan.tasks] == [("着力加强公开解读回应工作",)] * 4
    assert units_read(plan)[2][0] == "省审改办"
