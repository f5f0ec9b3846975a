"""A table with two deadline columns: when each piece of information is
published (公开时限, 更新时间) and when the task is to be done (完成时限).
The task's deadline is the completion column's; the other is kept in the
note.  The same in a Word table, a worksheet and a table copied from a page
with its cells run together."""

from __future__ import annotations

from pathlib import Path

import pytest

import zwgk
from tests.assembly.rows import deadlines_read, units_read
from tests.build.tables import table_docx, table_xlsx

HEADER = ["序号", "公开事项", "公开时限", "责任股室", "完成时限"]
ROWS = [
    ["1", "公开城乡规划许可审批结果。", "作出决定之日起7个工作日内", "规划股", "2024年6月底前"],
    ["2", "公开征地补偿安置方案。", "自方案批准之日起20个工作日内", "征收股", "长期坚持"],
    ["3", "公开不动产登记办事指南。", "信息变更后10个工作日内", "登记中心", "2024年3月底前"],
    ["4", "公开本局部门预算、决算。", "批复后20日内", "办公室", "2024年8月底前"],
]
TITLE = "某县自然资源局2024年政务公开工作任务清单"


def _docx(path: Path) -> Path:
    return table_docx(path, TITLE, [HEADER, *ROWS])


def _xlsx(path: Path) -> Path:
    return table_xlsx(path, TITLE, [HEADER, *ROWS])


def _run_together(path: Path) -> Path:
    out = path / "plan.txt"
    lines = [TITLE, *("".join(row) for row in [HEADER, *ROWS]), "某县自然资源局", "2024年2月20日"]
    out.write_text("\n".join(lines), encoding="utf-8")
    return out


@pytest.mark.parametrize(
    "make", [_docx, _xlsx, _run_together], ids=["docx", "xlsx", "run-together"]
)
def test_the_completion_column_is_the_deadline_and_the_other_a_note(make, tmp_path: Path) -> None:
    plan = zwgk.read(make(tmp_path))
    assert [t.number for t in plan.tasks] == [1, 2, 3, 4]
    assert deadlines_read(plan) == [r[4] for r in ROWS]
    assert [t.note for t in plan.tasks] == [r[2] for r in ROWS]
    assert units_read(plan) == [(r[3],) for r in ROWS]
    assert [t.text for t in plan.tasks] == [r[1] for r in ROWS]


def test_one_disclosure_limit_column_alone_is_the_deadline(tmp_path: Path) -> None:
    rows = [HEADER[:4], *(r[:4] for r in ROWS)]
    plan = zwgk.read(table_docx(tmp_path, None, rows))
    assert deadlines_read(plan) == [r[2] for r in ROWS]


def test_an_event_cell_and_a_span_cell_make_one_limit() -> None:
    # 公开节点 | 公开时限: the event and the span after it, one limit in two cells
    table = (
        "某中心2024年政务公开工作任务表\n"
        "| 序号 | 公开内容 | 责任部门 | 公开节点 | 公开时限 |\n"
        "| 1 | 公开本中心机构职能。 | 综合部 | | 2024年3月底前 |\n"
        "| 2 | 公开招标公告。 | 交易一部 | 项目受理后 | 3个工作日内 |\n"
        "| 3 | 公开开标时间。 | 交易一部 | 开标前 | 1日 |\n"
    )
    run_together = (
        "某中心2024年政务公开工作任务表\n序号公开内容责任部门公开节点公开时限\n"
        "1公开本中心机构职能。综合部2024年3月底前\n2公开招标公告。交易一部项目受理后3个工作日内\n"
        "3公开开标时间。交易一部开标前1日\n"
    )
    for text in (table, run_together):
        plan = zwgk.read_text(text)
        assert [t.text for t in plan.tasks] == [
            "公开本中心机构职能。",
            "公开招标公告。",
            "公开开标时间。",
        ]
        assert [t.deadline.raw for t in plan.tasks if t.deadline] == [
            "2024年3月底前",
            "项目受理后3个工作日内",
            "开标前1日",
        ]
        assert all(t.section == () for t in plan.tasks)
