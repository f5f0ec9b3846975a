"""A Markdown table whose rows were run onto one line, the title before it
and the signature after: each row set on a line of its own by the cells
the alignment row counts, an empty cell kept in its place."""

from __future__ import annotations

import zwgk
from tests.assembly.rows import read_rows
from zwgk_plugins._text_layouts import Line, pipe_rows_apart

ROWS = [
    ("1", "公开本局机构职能和联系方式。", "办公室", "2024年3月底前"),
    ("2", "公开城乡低保对象名单。", "社会救助股", "每季度"),
    ("3", "公开养老机构名录。", "", "及时更新"),
    ("4", "公开本局部门预算、决算。", "财务股", "批复后20日内"),
]
LINE = (
    "某县民政局2024年政务公开工作任务表 | 序号 | 工作任务 | 责任股室 | 完成时限 | "
    "| --- | :--- | --- | ---: | "
    + " ".join("| " + " | ".join(r) + " |" for r in ROWS)
    + " 某县民政局 2024年3月1日"
)


def test_a_markdown_table_run_onto_one_line_reads_row_by_row() -> None:
    plan = zwgk.read(LINE.encode(), format="text")
    assert [(t.number, t.text) for t in plan.tasks] == [(int(r[0]), r[1]) for r in ROWS]
    assert [(resp, deadline) for _, resp, deadline in read_rows(plan)] == [
        (r[2] or None, r[3]) for r in ROWS
    ]
    assert all(t.section == () for t in plan.tasks)
    assert plan.issuer == "某县民政局"


def test_the_rows_are_set_out_by_the_alignment_rows_cells() -> None:
    out = [ln.text for ln in pipe_rows_apart([Line(1, LINE)])]
    assert out[0] == "某县民政局2024年政务公开工作任务表"
    assert out[3] == "| 1 | 公开本局机构职能和联系方式。 | 办公室 | 2024年3月底前 |"
    assert out[5] == "| 3 | 公开养老机构名录。 |  | 及时更新 |"
    assert out[-1] == "某县民政局 2024年3月1日"


def test_a_line_with_no_alignment_row_is_left_as_it_is() -> None:
    lines = [Line(1, "| 序号 | 工作任务 | | 1 | 公开信息 |")]
    assert pipe_rows_apart(lines) == lines
