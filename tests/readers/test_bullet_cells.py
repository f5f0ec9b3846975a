"""A table copied as a list of its cells, each cell an item opening with the
same mark (``• 序号``, ``- 1``), an empty cell the mark alone: read as a table
copied one cell per line.  A list of items with no header among them is prose
and keeps its lines."""

from __future__ import annotations

import pytest

import zwgk
from tests.assembly.rows import assignments_read, deadlines_read
from zwgk import Role
from zwgk_plugins._text_layouts import Line, bullet_cells

HEADER = ["序号", "工作任务", "承办部门", "配合部门", "完成时限"]
ROWS = [
    ["1", "公开本院机构设置和诉讼服务指南。", "办公室", "政治部", "2024年3月底前"],
    ["2", "公开立案条件和网上立案流程。", "立案庭", "", "长期坚持"],
    ["3", "公开失信被执行人名单。", "执行局", "", "作出决定后3个工作日内"],
    ["4", "公开人民陪审员名单和参审情况。", "政治部", "各审判庭", "2024年6月底前"],
]


def _listed(mark: str) -> str:
    lines = ["某区人民法院2024年司法公开工作任务分解表", "为深化司法公开，制定本分解表。"]
    lines += [f"{mark} {cell}".rstrip() for row in [HEADER, *ROWS] for cell in row]
    return "\n".join([*lines, "某区人民法院", "2024年3月1日"])


@pytest.mark.parametrize("mark", ["•", "-", "·"])
def test_a_table_copied_as_a_list_of_its_cells(mark: str) -> None:
    plan = zwgk.read(_listed(mark).encode(), format="text")
    assert [t.number for t in plan.tasks] == [1, 2, 3, 4]
    assert [t.text for t in plan.tasks] == [r[1] for r in ROWS]
    got = assignments_read(plan)
    assert got[0] == [("办公室", Role.LEAD), ("政治部", Role.ASSIST)]
    assert got[1] == [("立案庭", Role.LEAD)]
    assert got[3] == [("政治部", Role.LEAD), ("各审判庭", Role.ASSIST)]
    assert deadlines_read(plan) == [r[4] for r in ROWS]
    assert plan.issuer == "某区人民法院"


def test_an_empty_item_is_an_empty_cell_between_separators() -> None:
    lines = [Line(k, t) for k, t in enumerate(["• 序号", "• 工作任务", "• 责任单位", "• 1", "•"])]
    assert [ln.text for ln in bullet_cells(lines)] == [
        "序号",
        "|",
        "工作任务",
        "|",
        "责任单位",
        "|",
        "1",
        "|",
    ]


def test_a_list_with_no_header_keeps_its_marks() -> None:
    text = "一、加强政策解读\n• 做好政策文件解读。\n• 及时回应社会关切。\n二、深化基层公开"
    lines = [Line(k, t) for k, t in enumerate(text.split("\n"), start=1)]
    assert bullet_cells(lines) == lines
