"""A Markdown table that writes a line break inside a cell as ``<br>``:
in a unit cell the break parts two names, in a task's cell it is a line
of the text; the tag itself is in no field."""

from __future__ import annotations

import zwgk
from tests.assembly.rows import assignments_read
from zwgk import Role
from zwgk.lang.responsibility import parse_responsibility

TABLE = """\
某县人民医院2024年院务公开任务分工表
| 序号 | 工作任务 | 牵头科室 | 配合科室 | 完成时限 |
| --- | --- | --- | --- | --- |
| 1 | 公开医院基本情况和科室设置。 | 院办公室 | 医务科<br>门诊部 | 2024年3月底前 |
| 2 | 公开医疗服务价格。<br>在门诊大厅电子屏同步公示。 | 物价办 | 财务科<br/>药剂科 | 及时更新 |
| 3 | 公开患者投诉渠道。 | 医务科<BR>护理部 | 患者服务中心 | 2024年5月底前 |
"""


def test_a_break_in_a_markdown_cell_parts_names_and_lines() -> None:
    plan = zwgk.read(TABLE.encode(), format="text")
    assert assignments_read(plan) == [
        [("院办公室", Role.LEAD), ("医务科", Role.ASSIST), ("门诊部", Role.ASSIST)],
        [("物价办", Role.LEAD), ("财务科", Role.ASSIST), ("药剂科", Role.ASSIST)],
        [("医务科", Role.LEAD), ("护理部", Role.LEAD), ("患者服务中心", Role.ASSIST)],
    ]
    assert plan.tasks[1].text.replace("\n", "") == "公开医疗服务价格。在门诊大厅电子屏同步公示。"
    assert not any("<br" in t.text.lower() for t in plan.tasks)


def test_names_one_a_line_are_two_units_a_name_wrapped_inside_is_one() -> None:
    assert parse_responsibility("医务科\n门诊部").units() == ("医务科", "门诊部")
    assert parse_responsibility("市人力资源和社会保障\n局").units() == ("市人力资源和社会保障局",)
