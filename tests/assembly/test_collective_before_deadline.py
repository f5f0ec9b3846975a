"""A police bureau's table that numbers nothing, crawled onto one line: each
row closes with its unit cell — a list ending in a collective of any kind
(``各业务警种``) — and its deadline cell run on after it (``长期坚持``).  The
collective ends where the deadline cell opens, so every row closes there and
the table reads as its rows, not as no task."""

from __future__ import annotations

import zwgk
from tests.assembly.rows import glued, read_rows
from zwgk.lang.units import find_unit_runs

ROWS = (
    ("公开本级公安机关内设机构及其职能。", "政工部门", "长期坚持"),
    ("全面梳理和公开应予公开的规范性文件和执法依据。", "法制部门；各业务警种", "长期坚持"),
    ("公开行政许可事项的承办部门、审批程序和办理时限。", "法制部门；各业务警种", "2021年6月底前"),
    ("公开各种行政事业性收费的项目、依据和标准。", "后勤装备部门；各业务警种", "长期坚持"),
)
PLAN = "\n".join(
    [
        "余姚市公安局2021年政务公开工作任务分工",
        "工作任务责任单位完成时限",
        glued(ROWS),
    ]
)


def test_rows_close_after_a_collective_and_a_deadline_cell() -> None:
    assert read_rows(zwgk.read(PLAN.encode(), format="text")) == list(ROWS)


def test_a_collective_of_any_kind_ends_where_a_deadline_cell_opens() -> None:
    text = "执法依据。法制部门；各业务警种长期坚持"
    (run,) = find_unit_runs(text)
    assert text[run.start : run.end] == "法制部门；各业务警种"
