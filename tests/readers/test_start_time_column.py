"""A table copied one cell per line with a column the vocabulary does not
know between the units and the deadline (开始时间 | 完成时间), whose rows
lose their empty 配合 cell: the two times go to their columns, not the
first one to the assisting unit's."""

from __future__ import annotations

import zwgk
from tests.assembly.rows import assignments_read, deadlines_read
from zwgk import Role

HEADER = ["序号", "工作任务", "牵头部门", "配合部门", "开始时间", "完成时间"]
ROWS = [
    ["1", "公开镇政府机构职能和办事指南。", "党政办公室", "", "2022年3月", "2022年4月"],
    ["2", "公开惠农补贴政策和发放情况。", "农业综合服务中心", "财政所", "2022年4月", "2022年12月"],
    ["3", "公开镇级财政预算、决算。", "财政所", "", "2022年1月", "批复后20日内"],
    ["4", "公开低保对象名单和救助金额。", "社会事务办公室", "各村民委员会", "2022年1月", "每季度"],
]


def test_two_times_after_the_units_stand_in_their_columns() -> None:
    lines = ["某镇2022年政务公开工作任务分解表", "为做好政务公开工作，制定本分解表。"]
    lines += [cell for row in [HEADER, *ROWS] for cell in row]
    plan = zwgk.read("\n".join(lines).encode(), format="text")
    assert [t.number for t in plan.tasks] == [1, 2, 3, 4]
    assert assignments_read(plan) == [
        [("党政办公室", Role.LEAD)],
        [("农业综合服务中心", Role.LEAD), ("财政所", Role.ASSIST)],
        [("财政所", Role.LEAD)],
        [("社会事务办公室", Role.LEAD), ("各村民委员会", Role.ASSIST)],
    ]
    assert deadlines_read(plan) == [r[5] for r in ROWS]
