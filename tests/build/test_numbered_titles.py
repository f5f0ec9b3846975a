"""A table whose 工作任务 cells are the tasks' numbered titles (``1.行政规范性
文件集中公开``) beside 具体要求 cells that number their own points from 1
(``1.开展…2.按照…``): the title is the task and carries its number, the
requirement is its note; and, in a table with no deadline column, a 备注 cell
that is a deadline and nothing more is the task's deadline."""

from __future__ import annotations

from pathlib import Path

import pytest

import zwgk
from tests.build.tables import table_docx, table_xlsx

ROWS = [
    ["工作任务", "具体要求", "责任单位", "备注"],
    ["1.行政规范性文件集中公开", "1.开展文件清理。2.发布标准文本。", "市司法局", "11月底前完成"],
    [
        "2.基层政务公开提升",
        "1.公开各领域政府信息。2.公开补贴发放结果。",
        "各县市区政府",
        "年底前",
    ],
    ["3.政务公开专区建设", "1.规范专区建设。", "市数据资源局", "请各地报送照片"],
]


@pytest.mark.parametrize("make", [table_docx, table_xlsx], ids=["docx", "xlsx"])
def test_numbered_titles_beside_requirements_numbering_their_own_points(
    make, tmp_path: Path
) -> None:
    plan = zwgk.read(make(tmp_path, "某市政务公开重点工作任务清单", ROWS))
    assert [(t.number, t.text) for t in plan.tasks] == [
        (1, "行政规范性文件集中公开"),
        (2, "基层政务公开提升"),
        (3, "政务公开专区建设"),
    ]
    assert plan.tasks[1].note is not None
    assert plan.tasks[1].note.startswith("1.公开各领域政府信息。")
    assert [t.deadline.raw if t.deadline else None for t in plan.tasks] == [
        "11月底前完成",
        "年底前",
        None,
    ]
    # a 备注 cell that says more than a deadline stays a note
    assert plan.tasks[2].note is not None and "请各地报送照片" in plan.tasks[2].note


def test_titles_numbered_out_of_turn_are_no_title_column(tmp_path: Path) -> None:
    rows = [ROWS[0], ROWS[1], ["3.基层政务公开提升", *ROWS[2][1:]], ROWS[3]]
    plan = zwgk.read(table_docx(tmp_path, "某市政务公开重点工作任务清单", rows))
    assert "行政规范性文件集中公开" not in [t.text for t in plan.tasks]
