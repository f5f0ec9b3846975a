"""Deadline cells in a table crawled onto one line, its cells run together:
a frequency within a season (``汛期每日``, ``防火期内及时``) is one cell with
its season, and a cell of going on closes before the next row's verb where
that verb has its object after it (``…及时|公开救灾资金…``), not where another
verb follows (``长期坚持|公开…``)."""

from __future__ import annotations

import pytest

import zwgk
from tests.assembly.rows import glued, read_rows
from zwgk.lang.deadline import deadline_cells

ROWS = (
    ("公开汛期雨情水情预警信息。", "防汛办牵头各乡镇配合", "汛期每日"),
    ("公开森林火险等级和防火通告。", "防火股", "防火期内及时"),
    ("公开救灾资金分配使用情况。", "救灾股", "资金下达后10个工作日内"),
    ("公开应急避难场所名录。", "应急管理股", "长期坚持"),
    ("公开安全生产执法检查计划。", "执法大队", "2023年3月底前"),
)
PLAN = "\n".join(
    [
        "宜君县应急管理局2023年政务公开工作任务清单",
        "工作内容责任股室时间节点一、应急管理信息公开"
        + glued(ROWS[:3])
        + "二、政务公开基础工作"
        + glued(ROWS[3:]),
        "宜君县应急管理局",
        "2023年3月1日",
    ]
)


@pytest.fixture(scope="module")
def plan() -> zwgk.Plan:
    return zwgk.read(PLAN.encode(), format="text")


def test_rows_end_after_their_deadline_cells(plan: zwgk.Plan) -> None:
    assert read_rows(plan) == list(ROWS)


@pytest.mark.parametrize(
    ("text", "cells"),
    [
        ("防汛办汛期每日公开", ["汛期每日"]),
        ("防火期内及时公开救灾资金", ["防火期内及时"]),
        ("宣传科每半年公开社会组织名录", ["每半年"]),
        ("办公室长期坚持公开政务", ["长期坚持"]),
        ("办公室及时更新", ["及时更新"]),
    ],
)
def test_cells_in_text_run_together(text: str, cells: list[str]) -> None:
    found = deadline_cells(text)
    assert [text[a:b][-len(c) :] for (a, b), c in zip(found, cells, strict=True)] == cells
