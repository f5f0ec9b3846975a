"""Field lines whose names stand in square brackets (``【牵头单位】招生处
【协办单位】各学院【完成时限】…``) read as fields written with a colon do, and
a 监督 or 督办 field names the units that supervise the task."""

from __future__ import annotations

from pathlib import Path

import pytest

import zwgk
from tests.assembly.rows import assignments_read, deadlines_read
from tests.build.tables import paragraphs_docx, plan_text
from zwgk import Role

PLAN = """\
某学院2024年信息公开工作要点
一、重点领域信息公开
1.公开学院章程和内部管理机构设置情况。
【责任单位】院长办公室【完成时限】2024年4月底前
2.公开招生章程、招生计划和录取结果。
【牵头单位】招生办公室【协办单位】各系部【完成时限】录取结束后10个工作日内
3.公开学院年度预算、决算。
[牵头部门] 财务处 [监督部门] 审计处 [完成时间] 2024年8月底前
4.公开大宗物资采购和基建工程招投标信息。
【牵头单位】采购中心【配合单位】后勤处【督办单位】纪委办公室【完成时限】长期坚持
二、工作要求
各部门要按照分工抓好落实。
"""

UNITS = [
    [("院长办公室", Role.OWNER)],
    [("招生办公室", Role.LEAD), ("各系部", Role.ASSIST)],
    [("财务处", Role.LEAD), ("审计处", Role.SUPERVISE)],
    [("采购中心", Role.LEAD), ("后勤处", Role.ASSIST), ("纪委办公室", Role.SUPERVISE)],
]
DEADLINES = ["2024年4月底前", "录取结束后10个工作日内", "2024年8月底前", "长期坚持"]


@pytest.mark.parametrize("make", [plan_text, paragraphs_docx], ids=["text", "docx"])
def test_bracketed_field_names_give_units_roles_and_deadlines(make, tmp_path: Path) -> None:
    plan = zwgk.read(make(tmp_path, PLAN))
    assert [t.number for t in plan.tasks] == [1, 2, 3, 4]
    assert plan.tasks[0].text == "公开学院章程和内部管理机构设置情况。"
    got = assignments_read(plan)
    assert got == UNITS
    assert deadlines_read(plan) == DEADLINES


def test_a_supervising_field_after_a_colon_supervises() -> None:
    text = (
        "某局2024年政务公开工作要点\n一、重点工作\n1.公开权责清单。\n"
        "责任单位：法规科；督办：局办公室；完成时限：2024年6月底前\n"
    )
    plan = zwgk.read(text.encode(), format="text")
    resp = plan.tasks[0].responsibility
    assert resp is not None
    assert [(a.unit, a.role) for a in resp.assignments] == [
        ("法规科", Role.OWNER),
        ("局办公室", Role.SUPERVISE),
    ]


SLASHED = """\
某县供水有限公司2024年办事公开工作要点
一、供水服务信息公开
1.公开水价标准和收费依据。（牵头：营业部/配合：客户服务中心/时限：2024年6月底前）
2.公开停水检修信息。（负责：管网运行部/时限：检修前24小时）
3.公开水质检测结果。（牵头：水质检测中心/监督：安全技术部/时限：每月）
"""


@pytest.mark.parametrize("make", [plan_text, paragraphs_docx], ids=["text", "docx"])
def test_fields_parted_by_slashes_in_one_bracket(make, tmp_path: Path) -> None:
    plan = zwgk.read(make(tmp_path, SLASHED))
    assert [t.responsibility.raw if t.responsibility else None for t in plan.tasks] == [
        "营业部；客户服务中心",
        "管网运行部",
        "水质检测中心；安全技术部",
    ]
    assert assignments_read(plan)[2] == [
        ("水质检测中心", Role.LEAD),
        ("安全技术部", Role.SUPERVISE),
    ]
    assert deadlines_read(plan) == ["2024年6月底前", "检修前24小时", "每月"]


def test_a_field_name_a_cut_page_left_at_the_end_is_no_unit() -> None:
    text = (
        "某县2024年政务公开工作方案\n一、推动政府信息主动公开\n"
        "1.加强民营经济政策措施的信息公开。〔牵头单位:县工信局、县财政局;责任单位:各乡(镇)人民政府〕\n"
        "2.加强电子商务有关政策措施的信息公开。〔牵头单位:县商务局、县教体局;责任单"
    )
    plan = zwgk.read_text(text)
    last = plan.tasks[-1].responsibility
    assert last is not None
    assert [(a.unit, a.role) for a in last.assignments] == [
        ("县商务局", Role.LEAD),
        ("县教体局", Role.LEAD),
    ]
