"""A plan copied out of a viewer that numbers its lines: every line opens with
its running line number, which is no part of the plan."""

from __future__ import annotations

import zwgk
from tests.assembly.rows import assignments_read
from zwgk import Role
from zwgk_plugins._text_layouts.linenos import (
    LINE_NUMBERS_CODE,
    LineNumbers,
    without_line_numbers,
)

CELLS = [
    "某县档案馆2024年政务公开工作任务清单",
    "序号",
    "工作任务",
    "责任科室",
    "完成时限",
    "1",
    "公开馆藏档案开放目录。",
    "利用服务科",
    "2024年6月底前",
    "2",
    "公开档案查阅利用办事指南。",
    "利用服务科负责，办公室配合",
    "长期坚持",
    "3",
    "公开年度部门预算、决算。",
    "办公室",
    "批复后20日内",
]

PROSE = [
    "某区司法局2024年政务公开工作要点",
    "",
    "一、加强法治政府建设信息公开",
    "",
    "（一）公开行政执法事项清单和执法结果。（执法监督科负责）",
    "",
    "（二）公开法律援助申请条件和办理流程。（法律援助中心负责）",
    "",
    "二、做好政策解读",
    "",
    "（三）对新出台的规范性文件同步开展解读。（办公室负责，各科室配合）",
]


def _numbered(lines: list[str], first: int = 1, fmt: str = "{:>3}  {}") -> str:
    return "\n".join(fmt.format(first + k, line) for k, line in enumerate(lines))


def test_a_cell_a_line_table_reads_without_its_line_numbers() -> None:
    plan = zwgk.read_text(_numbered(CELLS))
    assert [t.number for t in plan.tasks] == [1, 2, 3]
    assert [t.text for t in plan.tasks][1] == "公开档案查阅利用办事指南。"
    assert assignments_read(plan)[1] == [("利用服务科", Role.OWNER), ("办公室", Role.ASSIST)]
    assert [t.deadline.raw for t in plan.tasks if t.deadline] == [
        "2024年6月底前",
        "长期坚持",
        "批复后20日内",
    ]
    note = next(d for d in plan.diagnostics if d.code == LINE_NUMBERS_CODE)
    assert "1–17" in note.message
    numbers = [r for r in plan.residue if r.reason == "line number"]
    assert [r.text for r in numbers] == [str(k) for k in range(1, 18)]
    assert numbers[5].location is not None and numbers[5].location.line == 6


def test_numbers_copied_from_the_middle_of_a_file_with_a_tab() -> None:
    plan = zwgk.read_text(_numbered(CELLS, first=240, fmt="{}\t{}"))
    assert [t.number for t in plan.tasks] == [1, 2, 3]
    assert plan.title == "某县档案馆2024年政务公开工作任务清单"


def test_prose_numbered_on_its_lines_with_text_alone() -> None:
    lines, k = [], 0
    for line in PROSE:
        k += bool(line)
        lines.append(f"{k} {line}" if line else "")
    plan = zwgk.read_text("\n".join(lines))
    assert [t.label for t in plan.tasks] == ["（一）", "（二）", "（三）"]
    assert plan.tasks[2].section == ("做好政策解读",)
    assert assignments_read(plan)[2] == [("办公室", Role.OWNER), ("各科室", Role.ASSIST)]


def test_a_list_of_tasks_each_opened_by_its_serial_keeps_its_serials() -> None:
    text = "\n".join(
        f"{k} {task}"
        for k, task in enumerate(
            ["公开预算决算信息。", "公开政府采购信息。", "公开行政许可结果。"] * 3, start=1
        )
    )
    assert without_line_numbers(text) == LineNumbers(text)


def test_a_table_whose_serial_column_opens_every_row_keeps_it() -> None:
    rows = [f"{k}\t公开第{k}类信息。\t办公室\t长期坚持" for k in range(1, 31)]
    text = "\n".join(["某局2024年政务公开任务表", "序号\t工作任务\t责任科室\t完成时限", *rows])
    assert without_line_numbers(text) == LineNumbers(text)
    # (and where it has no title or header, an empty cell is no line left empty)
    text = "\n".join(rows)
    assert without_line_numbers(text) == LineNumbers(text)
