"""A table copied one cell per line with ``|`` alone between the cells of a
row and nothing between rows, an empty cell a blank line: a row's last cell
and the next row's first share the lines between two separators.  A 类别
cell given in the first row of its group and empty below, and an always
empty 备注 column, then read as the columns they are: the 类别 cell is the
next row's heading, not the 备注 of the row before."""

from __future__ import annotations

import pytest

import zwgk
from zwgk_plugins._text_layouts import Line, blank_cells

HEADER = ("类别", "工作任务", "责任科室", "配合科室", "完成时限", "备注")
ROWS = (
    (
        "水资源信息公开",
        "公开全县水资源公报和用水总量控制指标。",
        "水资源股",
        "",
        "2022年6月底前",
        "",
    ),
    ("", "公开取水许可审批结果。", "水资源股", "政务服务股", "审批后7个工作日内", ""),
    (
        "水利工程信息公开",
        "公开重点水利工程建设进度和资金使用情况。",
        "建设股",
        "财务股",
        "每季度",
        "",
    ),
    ("", "公开水库安全度汛责任人名单。", "防汛办", "", "2022年5月底前", ""),
    ("政务公开基础工作", "更新政府信息公开专栏。", "办公室", "", "长期坚持", ""),
)


def _page() -> str:
    lines = ["某县水利局2022年政务公开工作任务清单", *"\n|\n".join(HEADER).split("\n")]
    for row in ROWS:
        lines += "\n|\n".join(row).split("\n")
    return "\n".join([*lines, "某县水利局", "2022年3月1日"])


@pytest.fixture(scope="module")
def plan() -> zwgk.Plan:
    return zwgk.read(_page().encode(), format="text")


def test_the_rows_read_whole(plan: zwgk.Plan) -> None:
    assert [t.text for t in plan.tasks] == [row[1] for row in ROWS]
    assert [t.deadline.raw if t.deadline else None for t in plan.tasks] == [r[4] for r in ROWS]


def test_a_heading_cell_given_once_heads_its_group(plan: zwgk.Plan) -> None:
    assert [t.section for t in plan.tasks] == [
        ("水资源信息公开",),
        ("水资源信息公开",),
        ("水利工程信息公开",),
        ("水利工程信息公开",),
        ("政务公开基础工作",),
    ]
    assert all(t.note is None for t in plan.tasks)


def test_empty_assist_cells_stay_empty(plan: zwgk.Plan) -> None:
    units = [[a.unit for a in t.responsibility.assignments] for t in plan.tasks]
    assert units[0] == ["水资源股"]
    assert units[1] == ["水资源股", "政务服务股"]


def _lines(text: str) -> list[Line]:
    return [Line(k, t) for k, t in enumerate(text.split("\n"), start=1)]


def test_each_line_of_a_slot_holding_a_blank_line_is_a_cell() -> None:
    lines = _lines("a\n|\nb\n|\n\n\n|\nc\n|\n\nd\n|\ne")
    assert [ln.text for ln in blank_cells(lines)] == [
        "a", "|", "b", "|", "|", "|", "c", "|", "|", "d", "|", "e",
    ]  # fmt: skip


def test_a_text_that_pads_its_cells_with_blank_lines_is_left_as_it_is() -> None:
    lines = _lines("a\n|\n\nb\n\n|\n\nc\n\n|\n\nd\n\n|\ne")
    assert blank_cells(lines) == lines
