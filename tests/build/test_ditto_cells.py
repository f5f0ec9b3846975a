"""Cells printed as a ditto of the cell above (``同上``): a unit cell has the
row above's units and roles, a deadline cell its kind and date, each kept as
written; in a Word table, a worksheet and a table whose cells run together."""

from __future__ import annotations

from pathlib import Path

import pytest

import zwgk
from tests.assembly.rows import assignments_read
from tests.build.tables import table_docx, table_xlsx
from zwgk import Role

TITLE = "某市气象局2024年政务公开工作任务分解表"
HEADER = ["序号", "工作任务", "责任科室", "完成时限"]
ROWS = [
    ["1", "公开本局机构设置和办事指南。", "办公室牵头，法规科配合", "2024年3月底前"],
    ["2", "公开气象行政许可审批结果。", "同上", "办结后7个工作日内"],
    ["3", "公开防雷安全检查结果。", "防灾减灾科", "每季度"],
    ["4", "公开防雷隐患整改情况。", "同上", "同上"],
]


def _check(plan: zwgk.Plan) -> None:
    assert [t.number for t in plan.tasks] == [1, 2, 3, 4]
    got = assignments_read(plan)
    assert got[1] == got[0] == [("办公室", Role.LEAD), ("法规科", Role.ASSIST)]
    assert got[3] == got[2] == [("防灾减灾科", Role.OWNER)]
    assert [t.responsibility.raw for t in plan.tasks if t.responsibility] == [
        "办公室牵头，法规科配合",
        "同上",
        "防灾减灾科",
        "同上",
    ]
    last = plan.tasks[3].deadline
    assert last is not None
    assert (last.raw, last.kind.value, last.period) == ("同上", "recurring", "quarter")


@pytest.mark.parametrize("make", [table_docx, table_xlsx], ids=["docx", "xlsx"])
def test_ditto_cells_in_an_office_table(make, tmp_path: Path) -> None:
    _check(zwgk.read(make(tmp_path, TITLE, [HEADER, *ROWS])))


@pytest.mark.parametrize(
    "header", [HEADER, ["序号", "工作任务", "公开依据", "责任科室", "完成时限"]]
)
def test_ditto_cells_in_a_table_run_together(header: list[str]) -> None:
    rows = ROWS if len(header) == 4 else [[r[0], r[1], "《条例》", *r[2:]] for r in ROWS]
    lines = [TITLE, "根据《某市2024年政务公开工作要点》，制定本分解表。", "".join(header)]
    lines += ["".join(r) for r in rows] + ["某市气象局", "2024年3月12日"]
    _check(zwgk.read("\n".join(lines).encode(), format="text"))
