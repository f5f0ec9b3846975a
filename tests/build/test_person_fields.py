"""A field naming the person in charge on a prose item's field line
(``牵头领导：管委会副主任　牵头部门：…　完成时间：…``, ``责任人：…``): no part
of the text and no unit; its value is kept in the residue, beside the task,
by both prose readers."""

from __future__ import annotations

from pathlib import Path

import pytest

import zwgk
from tests.assembly.rows import assignments_read, deadlines_read
from tests.build.tables import paragraphs_docx, plan_text
from zwgk import Role
from zwgk.build.pieces import R_EXTRA_COLUMN

PLAN = """\
某高新区管理委员会2024年政务公开工作要点
一、深化重点领域信息公开
（一）公开重点产业项目招引和建设进展情况。
分管领导：管委会副主任　牵头部门：招商服务局　责任部门：经济发展局　完成时间：每季度
（二）公开惠企政策兑现结果。
牵头领导：管委会主任　牵头部门：财政金融局　完成时间：2024年6月底前
（三）公开园区安全生产执法检查结果。
责任人：应急管理局局长　责任部门：应急管理局　完成时间：检查结束后20个工作日内
二、工作要求
各部门要按照分工抓好落实。
"""


@pytest.mark.parametrize("make", [plan_text, paragraphs_docx], ids=["text", "docx"])
def test_the_person_in_charge_is_no_text_and_no_unit(make, tmp_path: Path) -> None:
    plan = zwgk.read(make(tmp_path, PLAN))
    assert [t.text for t in plan.tasks] == [
        "公开重点产业项目招引和建设进展情况。",
        "公开惠企政策兑现结果。",
        "公开园区安全生产执法检查结果。",
    ]
    assert assignments_read(plan) == [
        [("招商服务局", Role.LEAD), ("经济发展局", Role.OWNER)],
        [("财政金融局", Role.LEAD)],
        [("应急管理局", Role.OWNER)],
    ]
    assert deadlines_read(plan) == ["每季度", "2024年6月底前", "检查结束后20个工作日内"]
    kept = [r.text for r in plan.residue if r.reason == R_EXTRA_COLUMN]
    assert kept == ["管委会副主任", "管委会主任", "应急管理局局长"]
