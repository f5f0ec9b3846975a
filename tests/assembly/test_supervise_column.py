"""A column of the units that oversee each task (督办单位, 监督科室): its
units supervise, beside the units that do the task, in every layout."""

from __future__ import annotations

import io

import docx

import zwgk
from zwgk.lang.vocab import header_role

ROWS = [
    ["序号", "工作任务", "责任股室", "督办单位", "完成时限"],
    ["1", "公开水利工程建设项目审批结果。", "建设管理股", "局办公室", "2024年6月底前"],
    ["2", "公开河湖长名单和巡河情况。", "河长制工作股", "局纪检组", "每季度"],
    ["3", "公开部门预算、决算。", "计划财务股", "局纪检组", "批复后20日内"],
]
EXPECTED = [
    [("建设管理股", "owner"), ("局办公室", "supervise")],
    [("河长制工作股", "owner"), ("局纪检组", "supervise")],
    [("计划财务股", "owner"), ("局纪检组", "supervise")],
]


def _roles(plan: zwgk.Plan) -> list[list[tuple[str, str]]]:
    return [
        [(a.unit, a.role.value) for a in t.responsibility.assignments] if t.responsibility else []
        for t in plan.tasks
    ]


def test_a_supervising_columns_header_names_its_role() -> None:
    assert header_role("督办单位") == header_role("监督科室") == "supervise"
    assert header_role("责任单位") == "resp"


def test_run_together_rows_read_their_supervisors() -> None:
    # cells run together: the bureau's own office (局办公室, 局纪检组) is a
    # whole name after the section's
    lines = ["某县水利局2024年政务公开工作任务清单", "".join(ROWS[0])]
    lines += ["".join(row) for row in ROWS[1:]]
    plan = zwgk.read("\n".join(lines).encode(), format="text")
    assert _roles(plan) == EXPECTED
    assert [t.deadline.raw if t.deadline else None for t in plan.tasks] == [
        "2024年6月底前",
        "每季度",
        "批复后20日内",
    ]


def test_pipe_and_word_tables_read_their_supervisors() -> None:
    text = "\n".join(" | ".join(row) for row in ROWS) + "\n"
    document = docx.Document()
    table = document.add_table(rows=len(ROWS), cols=len(ROWS[0]))
    for i, row in enumerate(ROWS):
        for j, cell in enumerate(row):
            table.cell(i, j).text = cell
    data = io.BytesIO()
    document.save(data)
    for plan in (
        zwgk.read(text.encode(), format="text"),
        zwgk.read(data.getvalue(), format="docx"),
    ):
        assert _roles(plan) == EXPECTED
        assert plan.tasks[0].responsibility is not None
        assert plan.tasks[0].responsibility.raw == "建设管理股；局办公室"
