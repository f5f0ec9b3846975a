"""A plan's opening parts: its aims (指导思想和公开原则) and the leading group
it sets up (组织领导), before its tasks, name no unit and are no tasks; what
they say stays in the residue."""

from __future__ import annotations

import zwgk

PLAN = """\
某局2020年政务公开工作实施方案
为进一步提升服务效能，规范我局政务信息公开工作，结合工作实际，制定本方案。
一、指导思想和公开原则
（一）指导思想
立足本单位中心工作，依法主动公开行政活动相关信息。
（二）公开原则
坚持以公开为常态、不公开为例外。
二、组织领导
成立局政务公开工作领导小组，领导小组办公室设在局办公室。
三、主要任务及分工
（一）推进决策公开。主动向社会公布决策草案、决策依据。（责任单位：办公室）
（二）推进执行公开。主动公开重点改革任务的执行措施。（责任单位：各科室）
"""


def test_aims_and_the_leading_group_before_the_tasks_are_no_tasks() -> None:
    plan = zwgk.read_text(PLAN)
    assert [t.text for t in plan.tasks] == [
        "推进决策公开。主动向社会公布决策草案、决策依据。",
        "推进执行公开。主动公开重点改革任务的执行措施。",
    ]
    kept = " ".join(r.text for r in plan.residue)
    assert "立足本单位中心工作" in kept and "成立局政务公开工作领导小组" in kept


def test_aims_and_the_leading_group_in_a_page_opening_are_no_tasks() -> None:
    # (a page that opens on the plan itself: no notice before it)
    plan = zwgk.read_text(PLAN.split("\n", 2)[2])
    assert len(plan.tasks) == 2
    kept = " ".join(r.text for r in plan.residue)
    assert "立足本单位中心工作" in kept and "领导小组" in kept
