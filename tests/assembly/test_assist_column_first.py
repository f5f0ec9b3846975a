"""A run-together table whose assisting column stands before the column of
the unit that does the task (配合部门 | 承办部门): the second cell leads, the
first assists, the cells are kept in the page's order, and a lone cell is
the one that does the task."""

from __future__ import annotations

import zwgk
from tests.assembly.rows import assignments_read
from zwgk import Role

COURT = """\
某区人民法院2024年司法公开工作任务分解表
为深化司法公开，结合本院实际，制定本分解表。
序号公开事项配合部门承办部门完成时限
1公开诉讼服务指南和诉讼费用标准。立案庭长期坚持
2公开执行案件办理流程和失信被执行人名单。各审判庭执行局每季度
3公开庭审直播安排和直播案件目录。信息技术科审判管理办公室每月
4公开司法拍卖公告和拍卖结果。司法警察大队执行局拍卖前15日
某区人民法院
2024年3月1日
"""


def test_the_assisting_cell_before_the_lead_cell() -> None:
    plan = zwgk.read(COURT.encode(), format="text")
    assert assignments_read(plan) == [
        [("立案庭", Role.OWNER)],
        [("各审判庭", Role.ASSIST), ("执行局", Role.LEAD)],
        [("信息技术科", Role.ASSIST), ("审判管理办公室", Role.LEAD)],
        [("司法警察大队", Role.ASSIST), ("执行局", Role.LEAD)],
    ]
    assert plan.tasks[1].responsibility is not None
    assert plan.tasks[1].responsibility.raw == "各审判庭；执行局"
