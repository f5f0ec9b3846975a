"""Deadline cells run together with their rows in the forms offices write
them: a day said to count itself (``（含）``), the next period's day
(``次月10日前``), a rule for holidays in brackets after the day
(``（遇节假日顺延）``), a school term's count back (``每学期开学前5日``).
Each is its row's deadline, and the rows around it keep their own cells."""

from __future__ import annotations

import pytest

import zwgk
from tests.assembly.rows import read_rows

HEAD = "某县就业服务中心2024年政务公开工作任务清单\n序号工作任务责任科室完成时限\n"
FIRST = ("公开本中心机构职能和联系方式。", "办公室", "2024年3月底前")
LAST = ("公开2023年度政府信息公开工作年度报告。", "办公室", "2024年1月31日前")


def _plan(cell: str) -> zwgk.Plan:
    rows = [FIRST, ("公开服务事项办理情况。", "业务科", cell), LAST]
    body = "\n".join(f"{k}{''.join(r)}" for k, r in enumerate(rows, start=1))
    return zwgk.read_text(HEAD + body + "\n某县就业服务中心\n2024年2月1日")


@pytest.mark.parametrize(
    ("cell", "kind", "due"),
    [
        ("2024年3月31日（含）前", "date", "2024-03-31"),
        ("活动前5日（含）", "relative", None),
        ("执法决定作出之日起7个工作日（含）内", "relative", None),
        ("次月10日前", "recurring", None),
        ("次季度首月15日前", "recurring", None),
        ("次年2月底前", "date", "2025-02-28"),
        ("每学期开学前5日（遇节假日顺延）", "recurring", None),
        ("每月5日前（遇节假日顺延）", "recurring", None),
        ("2024年5月20日前（遇周末顺延）", "date", "2024-05-20"),
    ],
)
def test_a_deadline_cell_of_each_form_closes_its_row(cell: str, kind: str, due: str | None) -> None:
    plan = _plan(cell)
    assert read_rows(plan) == [FIRST, ("公开服务事项办理情况。", "业务科", cell), LAST]
    deadline = plan.tasks[1].deadline
    assert deadline is not None
    assert deadline.kind.value == kind
    assert (str(deadline.due) if deadline.due else None) == due


def test_a_unit_named_for_the_young_is_a_unit() -> None:
    rows = [
        FIRST,
        ("公开科普活动安排。", "科普部牵头，区青少年科技教育中心配合", "2024年11月20日前"),
        LAST,
    ]
    body = "\n".join(f"{k}{''.join(r)}" for k, r in enumerate(rows, start=1))
    plan = zwgk.read_text(HEAD + body)
    assert read_rows(plan)[1] == rows[1]
    assert plan.tasks[1].responsibility is not None
    assert [a.unit for a in plan.tasks[1].responsibility.assignments] == [
        "科普部",
        "区青少年科技教育中心",
    ]
