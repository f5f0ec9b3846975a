"""A short notice, then the plan as a table one cell per line (``|`` alone
between cells) with a 公开方式 column after its deadline, the notice signed
after the table: the table is the plan, and each row keeps its 公开方式 cell."""

from __future__ import annotations

import zwgk
from zwgk.lang import header_role

PLAN = """\
某县统计局2020年政务公开工作任务清单
为贯彻落实《某县2020年政务公开工作要点》，结合统计工作实际，现将我局2020年政务公开工作任务明确如下。
类别
|
工作任务
|
责任股室
|
完成时限
|
公开方式
|
数据发布
|
按月发布主要统计数据，做好数据解读。
|
综合统计股
|
长期坚持
|
政府网站
|

|
公开统计公报和统计年鉴。
|
综合统计股
|
2020年6月底前
|
政府网站、公开栏
|
依申请公开
|
规范办理政府信息公开申请。
|
办公室
|
按法定时限
|
书面答复

某县统计局
2020年3月2日
"""


def test_the_table_after_a_notice_signed_at_the_end_is_the_plan() -> None:
    plan = zwgk.read_text(PLAN)
    assert [t.text for t in plan.tasks] == [
        "按月发布主要统计数据，做好数据解读。",
        "公开统计公报和统计年鉴。",
        "规范办理政府信息公开申请。",
    ]
    assert [t.section for t in plan.tasks] == [("数据发布",)] * 2 + [("依申请公开",)]
    assert [t.note for t in plan.tasks] == ["政府网站", "政府网站、公开栏", "书面答复"]
    assert [t.responsibility.raw for t in plan.tasks if t.responsibility] == [
        "综合统计股",
        "综合统计股",
        "办公室",
    ]


def test_how_a_task_is_published_is_a_note_column() -> None:
    assert header_role("公开方式") == header_role("发布渠道") == "note"
    assert header_role("备注") == "note"
