"""A limit column of bare counts whose unit only the header names
(公开时限（工作日）: 5, 20): each count is the row's deadline, relative to an
event the header or the preamble names, in a table as in a row whose cells
ran together; the digits are no part of the unit's name."""

from __future__ import annotations

import zwgk
from tests.assembly.rows import read_rows
from zwgk import DeadlineKind

ROWS = [
    ("公开本中心机构职能和办事地址。", "综合科", "5"),
    ("公开不动产登记收费标准和依据。", "登记一科", "10"),
    ("公开不动产登记办事指南和申请材料。", "登记二科牵头，档案科配合", "15"),
    ("公开不动产登记网上申请办理流程。", "信息科", "20"),
]
HEAD = "某县不动产登记中心2024年政务公开任务清单\n公开时限以工作日计，自信息形成之日起算。\n"


def _pipe() -> str:
    rows = [f"| {k} | {a} | {b} | {c} |" for k, (a, b, c) in enumerate(ROWS, 1)]
    return HEAD + "| 序号 | 公开事项 | 责任科室 | 公开时限（工作日） |\n" + "\n".join(rows)


def _glued() -> str:
    rows = [f"{k}{a}{b}{c}" for k, (a, b, c) in enumerate(ROWS, 1)]
    tail = "\n某县不动产登记中心\n2024年3月1日"
    return HEAD + "序号公开事项责任科室公开时限（工作日）\n" + "\n".join(rows) + tail


def test_a_bare_count_in_a_limit_column_is_a_relative_deadline() -> None:
    plan = zwgk.read(_pipe().encode(), format="text")
    assert read_rows(plan) == ROWS
    assert {t.deadline.kind for t in plan.tasks if t.deadline} == {DeadlineKind.RELATIVE}
    assert all(t.deadline is not None and t.deadline.due is None for t in plan.tasks)


def test_a_bare_count_run_into_the_unit_cell_is_the_deadline() -> None:
    plan = zwgk.read(_glued().encode(), format="text")
    assert read_rows(plan) == ROWS
