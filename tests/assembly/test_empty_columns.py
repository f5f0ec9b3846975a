"""One cell per line, in a table that numbers no row, whose unit and deadline
columns are left empty: each empty cell is a ``|`` line of its own, and the
rows are told apart by their cells' count, not by what they say."""

from __future__ import annotations

import zwgk

PLAN = """\
某区统计局2023年政务公开工作任务分工

工作类别 |
具体内容 |
责任单位 |
完成时限 |
一、统计数据发布 |
按月发布规模以上工业、固定资产投资等主要统计数据 |
|
|
做好统计公报和统计年鉴的编印发布 |
|
|
二、政策解读回应 |
围绕统计数据做好数据解读和热点回应 |
|
|
加强统计信息网上咨询的答复工作 |
办公室 |
长期坚持 |
"""


def test_rows_whose_columns_are_empty_end_with_their_cells() -> None:
    plan = zwgk.read_text(PLAN)
    assert [t.text for t in plan.tasks] == [
        "按月发布规模以上工业、固定资产投资等主要统计数据",
        "做好统计公报和统计年鉴的编印发布",
        "围绕统计数据做好数据解读和热点回应",
        "加强统计信息网上咨询的答复工作",
    ]
    assert [t.section for t in plan.tasks] == [
        ("统计数据发布",),
        ("统计数据发布",),
        ("政策解读回应",),
        ("政策解读回应",),
    ]
    assert plan.tasks[0].responsibility is None
    last = plan.tasks[3].responsibility
    assert last is not None and last.raw == "办公室"


# 序号, a heading column merged over its rows, two unit columns, a deadline and
# a 落实情况 column, one cell per line; the rows name no unit
LEDGER = """\
某县林业局2024年政务公开工作台账

序号 |
工作类别 |
具体任务 |
牵头科室 |
配合科室 |
完成时限 |
落实情况 |
1 |
一、重点领域信息公开 |
公开林木采伐许可证核发结果，按月更新。 |
|
|
|
已完成 |
2 |
公开森林防火期和禁火令，及时发布火险等级。 |
|
|
|
推进中 |
3 |
公开生态护林员选聘结果和补助发放情况。 |
|
|
|
已完成 |
"""


def test_rows_under_a_merged_heading_cell_show_their_text_in_its_column() -> None:
    plan = zwgk.read_text(LEDGER)
    assert [t.number for t in plan.tasks] == [1, 2, 3]
    assert {t.section for t in plan.tasks} == {("重点领域信息公开",)}
    assert [t.text for t in plan.tasks] == [
        "公开林木采伐许可证核发结果，按月更新。",
        "公开森林防火期和禁火令，及时发布火险等级。",
        "公开生态护林员选聘结果和补助发放情况。",
    ]
