"""A plan that groups its items by when they are due (``一、1月底前完成``,
``四、每季度更新``, ``五、长期坚持``): the heading's time is the deadline of each
item under it that states none of its own."""

from __future__ import annotations

import datetime as dt

import zwgk
from zwgk import DeadlineKind

PLAN = """某街道办事处2024年政务公开工作要点
各部分所列事项均在该部分标题所示时间内完成，事项后括号内为责任科室。
一、1月底前完成
1.公开街道2023年度政府信息公开工作年度报告。（党政办公室）
二、6月底前完成
2.公开老旧小区改造项目计划。（城市管理办公室牵头，各社区配合）
3.公开防汛应急预案，5月31日前完成。（平安建设办公室）
三、每季度更新
4.公开最低生活保障对象名单。（社会事务办公室）
四、长期坚持
5.公开重大决策事项征求意见情况。（党政办公室）
五、加强政策解读
6.公开政策解读材料。（党政办公室）
"""


def test_a_heading_that_is_a_time_gives_its_items_their_deadline() -> None:
    plan = zwgk.read_text(PLAN)
    deadlines = [t.deadline for t in plan.tasks]
    assert [d.raw if d else None for d in deadlines] == [
        "1月底前", "6月底前", "5月31日前", "每季度", "长期坚持", None,
    ]  # fmt: skip
    assert [d.kind if d else None for d in deadlines][:5] == [
        DeadlineKind.DATE, DeadlineKind.DATE, DeadlineKind.DATE,
        DeadlineKind.RECURRING, DeadlineKind.ONGOING,
    ]  # fmt: skip
    assert deadlines[0] is not None and deadlines[0].due == dt.date(2024, 1, 31)
    assert plan.tasks[0].section == ("1月底前完成",)
