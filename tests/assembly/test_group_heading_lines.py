"""A run-together table whose 类别 cell opens the first row of its group and
stands on a line of its own before that row's serial is wrapped (``…股每季度``
then ``宗教事务管理信息公开`` then ``4公开…``): the row before reads whole and
the line is the next group's heading."""

from __future__ import annotations

import zwgk
from tests.assembly.rows import read_rows

GROUPS = """\
某县农业农村局2024年政务公开工作任务清单
类别序号工作任务责任股室完成时限
农业生产信息公开1公开春耕备耕农资供应和价格信息。种植业股每月
2公开农作物病虫害监测预警信息。植保站及时发布
3公开耕地地力保护补贴发放情况。计划财务股2024年8月底前
农村改革信息公开
4公开农村承包地确权登记颁证情况。经管站长期坚持
5公开农村集体产权制度改革进展。经管站牵头各乡镇配合每半年
某县农业农村局
2024年2月1日
"""


def test_a_group_heading_on_its_own_line_heads_the_rows_after_it() -> None:
    plan = zwgk.read(GROUPS.encode(), format="text")
    assert [t.section for t in plan.tasks] == [
        ("农业生产信息公开",),
        ("农业生产信息公开",),
        ("农业生产信息公开",),
        ("农村改革信息公开",),
        ("农村改革信息公开",),
    ]
    assert read_rows(plan)[2] == ("公开耕地地力保护补贴发放情况。", "计划财务股", "2024年8月底前")
