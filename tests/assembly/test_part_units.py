"""A table's part heading whose row names a unit cell of its own: the part's
unit, for the rows under it that name none."""

from __future__ import annotations

import zwgk

PLAN = """某县水利局2024年政务公开工作任务清单
序号工作任务责任股室完成时限
一、水利政策和规划信息公开规划计划股
1公开水利发展规划中期评估情况。2024年3月底前
2公开水利建设补助资金分配结果。规划计划股牵头，各乡镇水利站配合2024年6月底前
3公开本局部门预算、决算。批复后20日内
二、水旱灾害防御信息公开水旱灾害防御股
4公开汛期雨情水情信息。汛期每日
5公开取水许可审批结果。水资源管理股审批后7个工作日内
"""


def test_a_part_headings_own_unit_goes_to_its_rows_that_name_none() -> None:
    plan = zwgk.read_text(PLAN)
    assert [t.section for t in plan.tasks] == [("水利政策和规划信息公开",)] * 3 + [
        ("水旱灾害防御信息公开",)
    ] * 2
    assert [t.responsibility.raw for t in plan.tasks if t.responsibility] == [
        "规划计划股",
        "规划计划股牵头，各乡镇水利站配合",
        # the part's unit, not the unit cell of the row above
        "规划计划股",
        "水旱灾害防御股",
        "水资源管理股",
    ]


def test_a_part_heading_without_a_unit_keeps_its_whole_title() -> None:
    plan = zwgk.read_text(PLAN.replace("公开规划计划股\n", "公开\n"))
    assert plan.tasks[0].section == ("水利政策和规划信息公开",)
