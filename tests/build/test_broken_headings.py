"""A category column whose merged cells a copy broke into pieces, one a row
(``基`` / ``础`` / ``信`` / ``息``): each category is put together again and
goes on over the rows it spans, in every form the table comes in."""

from __future__ import annotations

from pathlib import Path

import pytest

import zwgk
from tests.build.tables import table_docx, table_xlsx
from zwgk.build.broken import HEADING_PIECES_CODE

TITLE = "某县林业局2024年政务公开工作任务清单"
HEADER = ["序号", "公开类别", "工作任务", "责任股室", "完成时限"]
TASKS = [
    ("公开本局机构职能和联系方式。", "办公室", "2024年3月底前"),
    ("公开部门预算和决算。", "财务股", "预算批复后20日内"),
    ("公开政府信息公开工作年度报告。", "办公室", "2024年1月31日前"),
    ("公开林木采伐许可审批结果。", "资源股", "审批后5个工作日内"),
    ("公开林草行政处罚结果。", "执法大队", "作出决定后7个工作日内"),
    ("公开森林防火期和禁火令。", "防火办", "防火期开始前10日"),
    ("公开古树名木保护名录。", "保护股", "2024年6月底前"),
]
SECTIONS = ["基础信息"] * 4 + ["资源管理"] * 3


def _rows(pieces: list[str]) -> list[list[str]]:
    return [HEADER] + [
        [str(k), piece, *task] for k, (piece, task) in enumerate(zip(pieces, TASKS, strict=True), 1)
    ]


def _pipe(rows: list[list[str]]) -> str:
    lines = ["|" + "|".join(r) + "|" for r in rows]
    return "\n".join([TITLE, lines[0], "|---" * len(HEADER) + "|", *lines[1:]])


@pytest.mark.parametrize("form", ["pipe", "docx", "xlsx"])
def test_a_category_broken_a_piece_a_row_is_put_together(form: str, tmp_path: Path) -> None:
    rows = _rows(["基", "础", "信", "息", "资源", "管理", ""])
    if form == "pipe":
        plan = zwgk.read_text(_pipe(rows))
    else:
        make = table_docx if form == "docx" else table_xlsx
        plan = zwgk.read(make(tmp_path, TITLE, rows))
    assert [t.text for t in plan.tasks] == [t[0] for t in TASKS]
    assert [t.section for t in plan.tasks] == [(s,) for s in SECTIONS]
    assert HEADING_PIECES_CODE in {d.code for d in plan.diagnostics}


def test_pieces_and_empty_cells_under_them() -> None:
    plan = zwgk.read_text(_pipe(_rows(["基础", "信息", "", "", "资", "源管", "理"])))
    assert [t.section for t in plan.tasks] == [(s,) for s in SECTIONS]


@pytest.mark.parametrize(
    "cells",
    [
        # short categories of their own: one piece closes no heading
        ["财务", "", "人事", "", "规划", "", "其他"],
        # a column with a whole category in it is no broken one
        ["基础信息", "", "", "", "资源", "管理", ""],
    ],
)
def test_short_categories_are_read_as_written(cells: list[str]) -> None:
    plan = zwgk.read_text(_pipe(_rows(cells)))
    assert HEADING_PIECES_CODE not in {d.code for d in plan.diagnostics}
