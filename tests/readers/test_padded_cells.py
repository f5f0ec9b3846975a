"""A table copied from a web page one cell per line, an empty cell shown as
blank lines: with a blank line after every cell, three blank lines between
two cells are an empty cell between them; with none, one blank line is.
Either way a row that shows only its lead unit keeps it as the lead."""

from __future__ import annotations

import zwgk
from tests.assembly.rows import assignments_read, deadlines_read
from zwgk import Role

HEADER = ["序号", "工作任务", "牵头股室", "配合股室", "完成时限"]
ROWS = [
    ["1", "公开本级预算执行审计结果。", "财政审计股", "法规股", "审议后30日内"],
    ["2", "公开审计整改情况。", "法规股", "", "2024年12月底前"],
    ["3", "公开经济责任审计结果。", "经责审计股", "办公室", "2024年9月底前"],
    ["4", "公开民生资金审计结果。", "社保审计股", "", "报告出具后20日内"],
    ["5", "公开投资项目审计情况。", "投资审计股", "法规股", "每半年"],
    ["6", "公开部门预算、决算。", "办公室", "", "2024年8月底前"],
]


def _padded() -> str:
    cells = [cell for row in [HEADER, *ROWS] for cell in row]
    lines = ["某县审计局2024年政务公开工作任务", "", "为做好审计信息公开，制定本任务表。", ""]
    for cell in cells:
        lines += [cell, ""]  # (an empty cell: its empty line and its padding)
    return "\n".join(lines)


def test_three_blank_lines_between_padded_cells_are_an_empty_cell() -> None:
    plan = zwgk.read(_padded().encode(), format="text")
    assert [t.number for t in plan.tasks] == [1, 2, 3, 4, 5, 6]
    got = assignments_read(plan)
    assert got[1] == [("法规股", Role.LEAD)]
    assert got[3] == [("社保审计股", Role.LEAD)]
    assert got[2] == [("经责审计股", Role.LEAD), ("办公室", Role.ASSIST)]
    assert deadlines_read(plan) == [r[4] for r in ROWS]


def _blank_for_empty() -> str:
    lines = ["某县审计局2024年政务公开工作任务", "为做好审计信息公开，制定本任务表。"]
    for row in [HEADER, *ROWS]:
        lines += row  # one cell a line, an empty cell an empty line
    return "\n".join(lines)


def test_an_empty_line_between_a_rows_cells_is_its_empty_cell() -> None:
    plan = zwgk.read(_blank_for_empty().encode(), format="text")
    assert [t.number for t in plan.tasks] == [1, 2, 3, 4, 5, 6]
    got = assignments_read(plan)
    assert got[1] == [("法规股", Role.LEAD)]
    assert got[5] == [("办公室", Role.LEAD)]
    assert got[4] == [("投资审计股", Role.LEAD), ("法规股", Role.ASSIST)]
