"""A table whose parts have rows of their own, the part's numeral in the 序号
column (一, 二 or 一、) and its title in the next cell, the rows numbered with
figures: the same whether it comes as a Word table, a worksheet or a pipe
table copied from a web page; and a part row merged across the table whose
title was written out into every cell, as a span is when a table is copied."""

from __future__ import annotations

from pathlib import Path

import pytest

import zwgk
from tests.build.tables import plan_text, table_docx, table_xlsx

HEADER = ["序号", "工作任务", "责任单位", "完成时限"]
ROWS = [
    ["一", "重点领域信息公开", "", ""],
    ["1", "按规定公开部门预决算和“三公”经费。", "县财政局", "2023年6月底前"],
    ["2", "公开重大建设项目批准和实施信息。", "县发展改革局", "长期坚持"],
    ["二、", "政策解读回应", "", ""],
    ["3", "政策文件与解读材料同步发布。", "县政府办公室", "长期坚持"],
    ["4", "及时回应社会关切。", "县委网信办", "长期坚持"],
]
TITLE = "某县2023年政务公开重点任务分工表"


def _docx(path: Path) -> Path:
    return table_docx(path, TITLE, [HEADER, *ROWS])


def _xlsx(path: Path) -> Path:
    return table_xlsx(path, TITLE, [HEADER, *ROWS])


def _pipe(path: Path) -> Path:
    out = path / "plan.txt"
    lines = [TITLE, *(" | ".join(row) + " |" for row in [HEADER, *ROWS])]
    out.write_text("\n".join(lines), encoding="utf-8")
    return out


@pytest.mark.parametrize("make", [_docx, _xlsx, _pipe], ids=["docx", "xlsx", "pipe"])
def test_a_part_row_numbered_in_the_serial_column_is_a_heading(make, tmp_path: Path) -> None:
    plan = zwgk.read(make(tmp_path))
    assert [t.number for t in plan.tasks] == [1, 2, 3, 4]
    assert [t.section for t in plan.tasks] == [("重点领域信息公开",)] * 2 + [("政策解读回应",)] * 2
    assert [t.section_labels for t in plan.tasks] == [("一、",)] * 2 + [("二、",)] * 2
    assert not any("重点领域信息公开" in r.text for r in plan.residue)


COPIED = [
    ["一、重点领域信息公开"] * 4,
    ["1", "按规定公开部门预决算和“三公”经费。", "财务股", "2023年6月底前"],
    ["2", "公开重大建设项目批准和实施信息。", "规划股", "长期坚持"],
    ["二、政策解读回应"] * 4,
    ["1", "政策文件与解读材料同步发布。", "办公室", "长期坚持"],
    ["2", "及时回应社会关切。", "办公室", "长期坚持"],
]


@pytest.mark.parametrize("make", [table_docx, table_xlsx], ids=["docx", "xlsx"])
def test_a_part_row_written_into_every_cell_is_one_heading(make, tmp_path: Path) -> None:
    plan = zwgk.read(make(tmp_path, TITLE, [HEADER, *COPIED]))
    assert [t.label for t in plan.tasks] == ["1", "2", "1", "2"]
    assert [t.text[:5] for t in plan.tasks] == [
        "按规定公开",
        "公开重大建",
        "政策文件与",
        "及时回应社",
    ]
    assert [t.section for t in plan.tasks] == [("重点领域信息公开",)] * 2 + [("政策解读回应",)] * 2
    assert [t.responsibility.raw for t in plan.tasks] == ["财务股", "规划股", "办公室", "办公室"]
    assert not any("重点领域信息公开" in r.text for r in plan.residue)


def test_a_pipe_tables_part_row_written_into_every_cell_is_one_heading(tmp_path: Path) -> None:
    lines = [TITLE, *("| " + " | ".join(row) + " |" for row in [HEADER, *COPIED])]
    plan = zwgk.read(plan_text(tmp_path, "\n".join(lines)))
    assert [t.section for t in plan.tasks] == [("重点领域信息公开",)] * 2 + [("政策解读回应",)] * 2
    assert [t.deadline.raw for t in plan.tasks if t.deadline] == [
        "2023年6月底前",
        "长期坚持",
        "长期坚持",
        "长期坚持",
    ]
