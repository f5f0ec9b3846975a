"""Rows that count the rows above them (小计 | 3项, 合计 | 10项) are no tasks:
they go to the residue, in a worksheet, a Word table or a pipe table."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

import zwgk
from tests.build.tables import table_docx, table_xlsx

ROWS = [
    ["序号", "工作任务", "责任科室", "完成时限"],
    ["1", "公开文旅产业扶持政策。", "产业发展科", "2024年4月底前"],
    ["2", "做好消费券发放政策解读。", "市场管理科", "发放前3日"],
    ["小计", "2项", "", ""],
    ["3", "公开A级旅游景区名录。", "资源开发科", "每季度"],
    ["小计", "1项", "", ""],
    ["合计", "3项", "", ""],
]
TITLE = "某区文化广电和旅游局2024年政务公开重点工作推进表"


def _pipe(path: Path, title: str | None, rows: Sequence[Sequence[str]]) -> Path:
    lines = [title or "", *("| " + " | ".join(r) + " |" for r in rows)]
    out = path / "plan.txt"
    out.write_text("\n".join(lines), encoding="utf-8")
    return out


@pytest.mark.parametrize("make", [table_xlsx, table_docx, _pipe])
def test_total_rows_go_to_the_residue(
    tmp_path: Path, make: Callable[[Path, str | None, Sequence[Sequence[str]]], Path]
) -> None:
    plan = zwgk.read(make(tmp_path, TITLE, ROWS))
    assert [t.text for t in plan.tasks] == [
        "公开文旅产业扶持政策。",
        "做好消费券发放政策解读。",
        "公开A级旅游景区名录。",
    ]
    totals = [r.text for r in plan.residue if r.reason.startswith("a row that counts")]
    assert totals == ["小计 2项", "小计 1项", "合计 3项"]
