"""A table copied one cell per line whose heading columns give a part's
heading once over the headings inside it (``一、`` above ``（一）`` and
``（二）``), and whose unit column holds what the units do too
(责任单位和工作要求): every level is in the tasks' sections, every unit cell
in its row."""

from __future__ import annotations

import pytest

import zwgk
from tests.assembly.rows import assignments_read
from zwgk import Role

LINES = [
    "某镇2022年政务公开工作要点分工方案",
    "",
    "工作要求",
    "一级要点",
    "二级要点",
    "责任单位和工作要求",
    "一、优化政务公开工作基础",
    "（一）深化规范性文件集中公开。",
    "1.依托政府信息公开平台，发布现行有效规范性文件正式版本。",
    "司法所",
    "2.规范行政法规使用，确保使用的行政法规文本为最新版本。",
    "司法所牵头办理，在工作中加强与上级单位沟通对接。",
    "（二）持续推进基层政务公开标准化规范化。",
    "3.更新完善基层政务公开事项目录。",
    "各村（社区）做好发布工作，党政综合办做好指导。",
    "二、加强政策解读回应",
    "（三）做好政策解读。",
    "4.政策文件与解读材料同步组织、同步审签、同步部署。",
    "党政综合办",
    "",
    "中山市某镇党政综合办公室",
    "2022年7月28日",
]


def test_a_heading_given_once_above_inner_headings_opens_their_sections() -> None:
    plan = zwgk.read("\n".join(LINES).encode(), format="text")
    assert [t.number for t in plan.tasks] == [1, 2, 3, 4]
    assert [t.section for t in plan.tasks] == [
        ("优化政务公开工作基础", "深化规范性文件集中公开"),
        ("优化政务公开工作基础", "深化规范性文件集中公开"),
        ("优化政务公开工作基础", "持续推进基层政务公开标准化规范化"),
        ("加强政策解读回应", "做好政策解读"),
    ]


@pytest.mark.parametrize("layout", [None, "cells"])
def test_a_unit_cell_that_says_what_its_units_do_is_the_rows(layout: str | None) -> None:
    plan = zwgk.read("\n".join(LINES).encode(), format="text", layout=layout)
    assert assignments_read(plan) == [
        [("司法所", Role.OWNER)],
        [("司法所", Role.LEAD)],
        [("各村（社区）", Role.OWNER), ("党政综合办", Role.OWNER)],
        [("党政综合办", Role.OWNER)],
    ]
