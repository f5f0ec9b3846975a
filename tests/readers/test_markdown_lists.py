"""Plans kept as Markdown notes: parts under ``##`` headings, tasks as list
items (``- 1.公开…``), or as a task list whose boxes say what is done
(``- [x] 1.公开…``, ``* [ ] 2.公开…``).  The marks are how the note shows its
lines: each task reads with its own text, none with the next line's mark;
the boxes are kept in the residue."""

from __future__ import annotations

import pytest

import zwgk
from zwgk.build.pieces import R_CHECK_MARK

PARTS = {
    "一、机构信息公开": [
        ("公开本馆机构职能、内设部门和开放时间。", "办公室", "2024年3月底前"),
        ("公开本馆领导班子成员及分工。", "办公室", "及时更新"),
    ],
    "二、服务信息公开": [
        ("公开展览活动安排和预约方式。", "展览部", "活动开始前7日"),
        ("公开讲解服务时间和收费标准。", "社教部负责，财务科配合", "每季度"),
        ("公开文物藏品征集公告。", "藏品部", "征集开始前15日"),
    ],
}
TASKS = [row for rows in PARTS.values() for row in rows]


def _note(item: str, heading: str = "## ") -> str:
    lines = ["# 某市博物馆2024年政务公开工作要点", "", "根据市政务公开工作要点，制定本要点。", ""]
    k = 0
    for part, rows in PARTS.items():
        lines += [heading + part, ""]
        for text, units, due in rows:
            k += 1
            lines.append(
                item.format(box="[x]" if k % 2 else "[ ]") + f"{k}.{text}（{units}，{due}）"
            )
        lines.append("")
    return "\n".join([*lines, "某市博物馆", "2024年3月1日"])


@pytest.mark.parametrize("item", ["- {box} ", "* {box} ", "- ", "+ "])
@pytest.mark.parametrize("heading", ["## ", "### "])
def test_each_item_reads_without_the_next_lines_marks(item: str, heading: str) -> None:
    plan = zwgk.read_text(_note(item, heading))
    assert [t.text for t in plan.tasks] == [text for text, _, _ in TASKS]
    assert [t.deadline.raw if t.deadline else None for t in plan.tasks] == [d for *_, d in TASKS]
    sections = [(part[2:],) for part, rows in PARTS.items() for _ in rows]
    assert [t.section for t in plan.tasks] == sections
    assert plan.title == "某市博物馆2024年政务公开工作要点"


def test_a_task_lists_boxes_are_kept_in_the_residue() -> None:
    plan = zwgk.read_text(_note("- {box} "))
    boxes = [r.text for r in plan.residue if r.reason == R_CHECK_MARK]
    assert boxes == ["[x]", "[ ]", "[x]", "[ ]", "[x]"]
