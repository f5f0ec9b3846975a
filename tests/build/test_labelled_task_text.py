"""Prose items whose every part is a labelled field, the task's text too
(``1.工作任务：公开…；责任科室：办公室；完成时限：…。``): the text is the value
of its field, without the name and the separator before the next field; on
lines, crawled onto one line and in a Word file alike, nothing left unplaced."""

from __future__ import annotations

from pathlib import Path

import pytest

import zwgk
from tests.assembly.rows import assignments_read
from tests.build.tables import paragraphs_docx, plan_text
from zwgk import Role
from zwgk._conserve import REASON_UNPLACED

ITEMS = [
    "1.工作任务：公开本局机构职能和联系方式；责任科室：办公室；完成时限：2024年3月底前。",
    "2.工作任务：公开政务服务事项清单，动态调整更新；牵头科室：政务服务科；配合科室：审批服务科；"
    "完成时限：动态更新。",
    "3.任务内容：公开公共数据资源目录；责任科室：数据资源科；完成时限：每季度。",
]
LINES = [
    "某区政务服务和大数据管理局2024年政务公开工作任务清单",
    "根据《某区2024年政务公开工作要点》，制定本任务清单。",
    "一、政务服务信息公开",
    *ITEMS,
    "某区政务服务和大数据管理局",
    "2024年3月27日",
]
TEXTS = ["公开本局机构职能和联系方式", "公开政务服务事项清单，动态调整更新", "公开公共数据资源目录"]


def _one_line(path: Path, text: str) -> Path:
    return plan_text(path, text.replace("\n", " "))


@pytest.mark.parametrize(
    "make", [plan_text, _one_line, paragraphs_docx], ids=["lines", "one-line", "docx"]
)
def test_a_task_text_given_as_a_field_is_its_value(make, tmp_path: Path) -> None:
    plan = zwgk.read(make(tmp_path, "\n".join(LINES)))
    assert [t.text for t in plan.tasks] == TEXTS
    assert assignments_read(plan) == [
        [("办公室", Role.OWNER)],
        [("政务服务科", Role.LEAD), ("审批服务科", Role.ASSIST)],
        [("数据资源科", Role.OWNER)],
    ]
    assert [t.deadline.raw if t.deadline else None for t in plan.tasks] == [
        "2024年3月底前",
        "动态更新",
        "每季度",
    ]
    assert not [r for r in plan.residue if r.reason == REASON_UNPLACED]


def test_a_field_name_inside_a_sentence_stays() -> None:
    text = "\n".join([*LINES[:3], "1.按照工作任务：逐项公开预算信息。", *LINES[-2:]])
    plan = zwgk.read(text.encode(), format="text")
    assert plan.tasks[0].text == "按照工作任务：逐项公开预算信息。"
