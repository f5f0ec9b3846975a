"""A deadline cell that gives a limit for each stage, each after its label
(``阶段：2024年6月底前；全年：2024年12月底前``), run together with the unit
cell before it: one deadline cell, its first date due."""

from __future__ import annotations

import datetime

import zwgk
from tests.assembly.rows import units_read
from zwgk.lang.deadline import deadline_cells

PLAN = """\
某县人力资源和社会保障局2024年政务公开任务清单
序号工作任务责任股室完成时限
1公开就业创业补贴政策和申领流程。就业促进股阶段：2024年6月底前；全年：2024年12月底前
2公开社会保险待遇调整信息。社会保险股2024年7月底前
3公开职业技能培训补贴发放结果。职业能力建设股牵头，就业服务中心配合近期：2024年3月底前；远期：2024年9月底前
4公开本局部门预算、决算。办公室2024年8月底前
"""


def test_a_cell_of_stages_is_one_deadline_cell() -> None:
    text = "就业促进股阶段：2024年6月底前；全年：2024年12月底前"
    assert [text[a:b] for a, b in deadline_cells(text)] == [
        "阶段：2024年6月底前；全年：2024年12月底前"
    ]


def test_staged_deadlines_run_into_the_unit_cell_are_read_whole() -> None:
    plan = zwgk.read(PLAN.encode(), format="text")
    assert plan.tasks[0].text == "公开就业创业补贴政策和申领流程。"
    units = units_read(plan)
    assert units[0] == ("就业促进股",)
    assert units[2] == ("职业能力建设股", "就业服务中心")
    first, third = plan.tasks[0].deadline, plan.tasks[2].deadline
    assert first is not None and third is not None
    assert first.raw == "阶段：2024年6月底前；全年：2024年12月底前"
    assert first.due == datetime.date(2024, 6, 30)
    assert third.raw == "近期：2024年3月底前；远期：2024年9月底前"
