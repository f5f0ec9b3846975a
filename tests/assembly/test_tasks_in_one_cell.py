"""A table cell that holds several of the plan's numbered tasks (``3.…`` ``4.…``
in one 具体要求 cell): the unit and deadline cells after the cell count for
each task in it, whether the table is a pipe table, one cell per line closed by
`` |``, or one cell per line with ``|`` alone between cells.  A row that lost
its merged unit cell still shares the cell above."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import zwgk

HEADER = ("工作任务", "具体要求", "责任单位", "完成时限")
ROWS = (
    (
        "一、推进社会救助信息公开",
        (
            "3.公开城乡低保申请条件、审批程序和保障标准。",
            "4.公开临时救助对象、救助金额和资金使用情况。",
        ),
        "县民政局",
        "每月",
    ),
    (
        "二、推进生态环境信息公开",
        ("5.公开空气质量监测信息和重点排污单位名录。",),
        "县生态环境分局",
        "按月",
    ),
    (
        "三、加强政策解读",
        ("6.县政府出台的政策性文件，起草部门同步做好解读。", "7.设立政策解读专栏。"),
        "县政府办公室牵头，县政府各部门配合",
        "2018年9月底前",
    ),
)
TITLE = "2018年某县政务公开工作要点任务分解"


def _pipe() -> str:
    lines = [TITLE, " | ".join(HEADER) + " |"]
    lines += [f"{h} | {''.join(tasks)} | {u} | {d} |" for h, tasks, u, d in ROWS]
    return "\n".join(lines)


def _closed() -> str:
    lines = [TITLE, *(f"{c} |" for c in HEADER)]
    for h, tasks, u, d in ROWS:
        lines += [f"{h} |", *tasks[:-1], f"{tasks[-1]} |", f"{u} |", f"{d} |"]
    return "\n".join(lines)


def _bars() -> str:
    lines = [TITLE, *"\n|\n".join(HEADER).split("\n")]
    for h, tasks, u, d in ROWS:
        lines += ["|", h, "|", *tasks, "|", u, "|", d]
    return "\n".join(lines)


@pytest.mark.parametrize("page", [_pipe, _closed, _bars], ids=["pipe", "closed", "bars"])
def test_tasks_numbered_in_one_cell_share_the_cells_after_it(page: Callable[[], str]) -> None:
    plan = zwgk.read_text(page())
    assert [t.number for t in plan.tasks] == [3, 4, 5, 6, 7]
    assert plan.tasks[0].text == "公开城乡低保申请条件、审批程序和保障标准。"
    resp = [t.responsibility.raw if t.responsibility else None for t in plan.tasks]
    assert resp == [
        "县民政局",
        "县民政局",
        "县生态环境分局",
        *["县政府办公室牵头，县政府各部门配合"] * 2,
    ]
    deadlines = [t.deadline.raw if t.deadline else None for t in plan.tasks]
    assert deadlines == ["每月", "每月", "按月", "2018年9月底前", "2018年9月底前"]
    six = plan.tasks[3].responsibility
    assert six is not None
    assert [(a.name, a.role.value) for a in six.assignments] == [
        ("县政府办公室", "lead"),
        ("县政府各部门", "assist"),
    ]
    assert plan.tasks[0].group is not None and plan.tasks[0].group == plan.tasks[1].group


MERGED = """\
2022年某局政务公开工作任务分解
工作任务 | 具体要求 | 责任单位 |
一、做好财政信息公开。 | 1.推进预算、决算公开。 | 财务科 |
2.及时公开债务信息。 | 财务科 |
二、做好网站信息公开。 | 3.及时更新概况信息。 | 办公室 |
4.及时更新公众号信息。 |
"""


def test_a_row_that_lost_its_merged_unit_cell_shares_the_cell_above() -> None:
    plan = zwgk.read_text(MERGED)
    resp = [t.responsibility.raw if t.responsibility else None for t in plan.tasks]
    assert resp == ["财务科", "财务科", "办公室", "办公室"]
