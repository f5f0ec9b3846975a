"""One cell per line, each closed by `` |``, a requirement cell written over
several lines: a sentence, then its own numbered points on lines that do not
close (a web table copied as text)."""

from __future__ import annotations

import zwgk

PLAN = """\
某县2022年政务公开工作任务分解表
序号 |
工作任务 |
责任单位 |
完成时限 |
一、深化重点领域信息公开 |
1 |
做好财政预决算公开，按规定公开部门预决算。 |
县财政局 |
2022年6月底前 |
2 |
公开重大项目信息。
1.项目批准信息；
2.项目实施进度；
3.项目竣工信息。 |
县发展和改革局 |
长期坚持 |
3 |
做好规划信息公开。 |
县自然资源局 |
长期坚持 |
二、加强政策解读回应 |
1 |
政策文件与解读材料同步起草、同步审签、同步发布。 |
县政府办公室 |
长期坚持 |
"""


def test_a_cell_over_several_lines_is_one_cell() -> None:
    plan = zwgk.read_text(PLAN)
    assert [t.number for t in plan.tasks] == [1, 2, 3, 1]
    second = plan.tasks[1]
    assert second.text == "公开重大项目信息。1.项目批准信息；2.项目实施进度；3.项目竣工信息。"
    assert second.responsibility is not None
    assert second.responsibility.raw == "县发展和改革局"
    assert second.deadline is not None and second.deadline.raw == "长期坚持"
    assert [t.section for t in plan.tasks] == [("深化重点领域信息公开",)] * 3 + [
        ("加强政策解读回应",)
    ]


BAR_ROWS = """\
某市2022年11—12月政务公开重点工作任务清单
工作任务 |
具 体 要 求 |
责任单位 |
完成情况 |
备注 |
||
一、年底前专项工作任务 |
|
|||||
1.行政规范性文件集中公开 |
1.开展行政规范性文件清理，形成现行有效的文件目录。2.发布文件标准电子文本。 |
市政府各部门，各县市区政府 |
推进中 |
11月底前完成 |
||
2.基层政务公开提升 |
1.全面公开各领域政府信息。2.公开涉农补贴发放结果。 |
各县市区政府 |
推进中 |
年底前完成 |
||
3.政务公开专区建设 |
1.规范政务服务中心政务公开专区。2.提供查阅服务。 |
市数据资源局
各县市区政府 |
已完成 |
|
||
"""


TITLES = ["行政规范性文件集中公开", "基层政务公开提升", "政务公开专区建设"]


def test_rows_parted_by_lines_of_bars_read_as_the_bars_say() -> None:
    plan = zwgk.read_text(BAR_ROWS)
    assert [t.number for t in plan.tasks] == [1, 2, 3]
    # the numbered 工作任务 cell is the task; the requirement numbering its own
    # points from 1 is its note
    assert [t.text for t in plan.tasks] == [
        "行政规范性文件集中公开",
        "基层政务公开提升",
        "政务公开专区建设",
    ]
    assert (
        plan.tasks[0].note
        == "1.开展行政规范性文件清理，形成现行有效的文件目录。2.发布文件标准电子文本。"
    )
    assert [t.section for t in plan.tasks] == [("年底前专项工作任务",)] * 3
    assert plan.tasks[2].responsibility is not None
    assert plan.tasks[2].responsibility.units() == ("市数据资源局", "各县市区政府")
    # with no deadline column, a 备注 cell that is a deadline is the task's deadline
    assert [t.deadline.raw if t.deadline else None for t in plan.tasks] == [
        "11月底前完成",
        "年底前完成",
        None,
    ]


def test_a_page_cut_inside_the_last_row_keeps_what_it_shows() -> None:
    cut = BAR_ROWS[: BAR_ROWS.index("各县市区政府 |\n推进中 |\n年底前完成")].rstrip("\n")
    plan = zwgk.read_text(cut)
    assert [t.text for t in plan.tasks] == ["行政规范性文件集中公开", "基层政务公开提升"]
    second = plan.tasks[1]
    assert second.note == "1.全面公开各领域政府信息。2.公开涉农补贴发放结果。"
    assert second.responsibility is None
